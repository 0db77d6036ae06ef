/**
 * An article's annotations written by another thread (the import worker
 * merges a large file there, off main's event loop), under the article's
 * lock as every annotation write: the index count and the observers follow
 * what the other thread reports it wrote.
 */

import type { Annotation } from '../../../shared/model';
import { assertId } from './library-paths';
import { lockOf, type LibraryContext } from './library-state';

/** What another thread left in an article's files: how many annotations, by tag type, and the list itself (fetched on request). */
export interface WrittenCounts {
  count: number;
  byType: Record<string, number>;
  /** The list as written, in text order (for the observers' 'annotations' event). */
  list(): Promise<Annotation[]>;
}

/**
 * Lets another thread rewrite the article's annotations files (the import
 * worker merges a large file there, off main's event loop) under the
 * article's lock: `write` gets the annotations file's path and resolves
 * to what it left there (null: it wrote nothing); the index count follows,
 * the observers are told the new list, and the next read takes the files
 * anew (ArticleFiles.writeElsewhere).
 */
export async function writeAnnotationsElsewhere(
  ctx: LibraryContext,
  articleId: string,
  write: (path: string) => Promise<WrittenCounts | null>,
): Promise<void> {
  assertId(articleId, 'articleId');
  await ctx.locks.run(lockOf(articleId), async () => {
    ctx.assertOpen();
    const meta = ctx.state.index.require(articleId);
    const path = ctx.paths.annotations(articleId);
    const written = await ctx.state.files.writeElsewhere(articleId, () => write(path));
    if (!written) return;
    ctx.state.index.setCount(meta, written.count, written.byType);
    await ctx.emit({ kind: 'annotations', articleId, annotations: await written.list() });
  });
}
