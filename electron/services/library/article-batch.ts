/**
 * Adding many articles as batches (a folder import, issue 17): each text is
 * written and fsynced as it comes, but the articles are listed together, one
 * index.json write (and one fsync of the articles folder) per batch instead
 * of one per article, and observers (the search index) hear of a batch in
 * one event. An article is in the library, and counts as imported, only once
 * the index holding it is on disk (commit resolved): a crash before that
 * leaves its text file unlisted, which the start-up check reports and offers
 * for adoption (check/unknown-files.ts), never a listed article without its text.
 * Also the metadata of an already canonical article, shared with the
 * one-at-a-time add (library-articles.ts).
 */

import { randomUUID } from 'node:crypto';
import { codePointLength } from '../../../shared/code-points';
import type { ArticleMeta } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { fsyncDirectory } from '../storage/atomic-write';
import type { CanonicalArticleInput } from './library-events';
import type { ArticleFile } from './library-files';
import { persist } from './library-files';
import { fileMetaOf, sha256Hex } from './library-records';
import type { LibraryContext } from './library-state';

/**
 * The text file and metadata of a new canonical article (a fresh id, added
 * now). Throws AppFailure('empty-text'), or ('duplicate', with the id and
 * title of the article) when `taken` finds its text's hash and the input does
 * not allow the same text.
 */
export function canonicalRecord(
  input: CanonicalArticleInput,
  now: Date,
  taken: (hash: string) => Pick<ArticleMeta, 'id' | 'title'> | undefined,
): { file: ArticleFile; meta: ArticleMeta } {
  const { text, blocks } = input.canonical;
  if (text.length === 0) throw new AppFailure('empty-text', 'The article has no text');
  const hash = sha256Hex(text);
  const existing = input.allowSameText ? undefined : taken(hash);
  if (existing) {
    throw new AppFailure('duplicate', `Already in the library as "${existing.title}"`, {
      id: existing.id,
      title: existing.title,
    });
  }
  const id = randomUUID();
  const meta: ArticleMeta = {
    id,
    title: input.title.trim() || text.slice(0, 80),
    source: input.source?.trim() ?? '',
    date: input.date ?? '',
    language: input.language,
    addedAt: now.toISOString(),
    textSha256: hash,
    length: codePointLength(text),
    annotationCount: 0,
    ...(input.author ? { author: input.author } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.importedFrom ? { importedFrom: input.importedFrom } : {}),
  };
  return { file: { version: 1, id, text, blocks }, meta };
}

/** One batch of new articles at a time; `commit` lists what was added since the last commit. */
export class ArticleBatch {
  private pending: { meta: ArticleMeta; text: string }[] = [];
  private readonly hashes = new Map<string, ArticleMeta>();

  constructor(private readonly ctx: LibraryContext) {}

  /** Articles added and not yet committed. */
  get size(): number {
    return this.pending.length;
  }

  /**
   * Writes an already canonical article's text (content fsynced) and keeps
   * it for the next commit; resolves to its metadata. It is not listed yet.
   * AppFailure('duplicate') when its text is in the library or in this batch
   * (unless `input.allowSameText`), ('empty-text') when it has none.
   */
  async add(input: CanonicalArticleInput): Promise<ArticleMeta> {
    this.ctx.assertOpen();
    const { index, files } = this.ctx.state;
    const { file, meta } = canonicalRecord(
      input,
      this.ctx.now(),
      (hash) => index.findByHash(hash) ?? this.hashes.get(hash),
    );
    await files.writeText({ ...file, meta: fileMetaOf(meta) }, { syncDir: false });
    this.pending.push({ meta, text: file.text });
    this.hashes.set(meta.textSha256, meta);
    return { ...meta };
  }

  /**
   * Lists every article added since the last commit: fsyncs the articles
   * folder (their renames become durable), then writes index.json once, then
   * tells the observers in one event. Resolves to their metadata (copies)
   * once the index is on disk. On failure their text files are removed and
   * the library's AppFailure('storage-failed') is thrown: none of them was added.
   */
  async commit(): Promise<ArticleMeta[]> {
    const batch = this.pending;
    this.pending = [];
    this.hashes.clear();
    if (batch.length === 0) return [];
    const { index, files } = this.ctx.state;
    try {
      this.ctx.assertOpen();
      await persist(this.ctx.paths.articlesDir, () => fsyncDirectory(this.ctx.paths.articlesDir));
      await index.addMany(batch.map((b) => b.meta));
    } catch (error) {
      for (const { meta } of batch) await files.discardText(meta.id);
      throw error;
    }
    await this.ctx.emit({
      kind: 'added-many',
      articles: batch.map((b) => ({ meta: { ...b.meta }, text: b.text })),
    });
    return batch.map((b) => ({ ...b.meta }));
  }
}
