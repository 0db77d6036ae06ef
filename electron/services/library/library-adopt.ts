/**
 * Adopting an article text found under articles/ that the index does not
 * list (check/unknown-files.ts): the file is validated like any article file,
 * listed with its first line as the title, and keeps its annotations file if
 * it has one (verified by the start-up check before its first read).
 */

import { stat } from 'node:fs/promises';
import type { ArticleMeta } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { metaFromFile } from './check/index-rebuild';
import { readChecked } from './check/library-check';
import { articleFileSchema } from './library-files';
import { assertId } from './library-paths';
import { lockOf, type LibraryContext } from './library-state';

/**
 * Lists the article file articles/<id>.json. Throws AppFailure('duplicate')
 * when the id or its text is already listed, ('not-found') when there is no
 * such file, ('file-damaged') when it is not a valid article file of that id.
 */
export function adoptArticle(ctx: LibraryContext, rawId: string): Promise<ArticleMeta> {
  assertId(rawId, 'articleId');
  const id = rawId.toLowerCase();
  return ctx.locks.run(lockOf(id), async () => {
    ctx.assertOpen();
    const { index } = ctx.state;
    const path = ctx.paths.article(id);
    const file = `articles/${id}.json`;
    const listed = index.get(id);
    if (listed)
      throw new AppFailure('duplicate', `Article ${id} is already in the library`, {
        file,
        title: listed.title,
      });
    const read = await readChecked(path, articleFileSchema);
    if (read.status === 'missing')
      throw new AppFailure('not-found', `There is no file ${file}`, { id, file });
    if (read.status === 'bad' || read.data.id !== id) {
      const why = read.status === 'bad' ? read.reason : 'it holds another article id';
      throw new AppFailure('file-damaged', `articles/${id}.json cannot be adopted: ${why}`, { file: path });
    }
    const meta = metaFromFile(read.data, (await stat(path)).mtime.toISOString());
    const same = index.findByHash(meta.textSha256);
    if (same)
      throw new AppFailure('duplicate', `Its text is already in the library as "${same.title}"`, {
        file,
        title: same.title,
      });
    await index.add(meta);
    await ctx.emit({ kind: 'added', meta: { ...meta }, text: read.data.text });
    return { ...meta };
  });
}
