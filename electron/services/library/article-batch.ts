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
import { assertId } from './library-paths';
import { fileMetaOf, sha256Hex } from './library-records';
import type { LibraryContext } from './library-state';

/**
 * The text file and metadata of a new canonical article (`input.id` or a
 * fresh id, added now). Throws AppFailure('empty-text'), or ('duplicate', with the id and
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
  if (input.id !== undefined) assertId(input.id);
  const id = input.id ?? randomUUID();
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

/** Text writes of a batch in flight at once (their fsyncs overlap instead of queueing). */
const WRITES_IN_FLIGHT = 16;

/** What a commit did: the articles listed, and those whose text could not be written (not listed). */
export interface BatchCommit {
  added: ArticleMeta[];
  failed: { id: string; error: AppFailure }[];
}

/**
 * One batch of new articles at a time; `commit` lists what was added since
 * the last commit. A commit may still run while the next articles are added:
 * their texts' hashes are checked against the articles not yet listed too.
 */
export class ArticleBatch {
  private pending: { meta: ArticleMeta; text: string; written: Promise<AppFailure | null> }[] = [];
  /** Hashes of the articles added and not listed yet (pending, or in a commit still running). */
  private readonly hashes = new Map<string, ArticleMeta>();

  constructor(private readonly ctx: LibraryContext) {}

  /** Articles added and not yet committed. */
  get size(): number {
    return this.pending.length;
  }

  /**
   * Starts writing an already canonical article's text (content fsynced;
   * up to WRITES_IN_FLIGHT at once, so their fsyncs overlap) and keeps it
   * for the next commit; resolves to its metadata. It is not listed yet, and
   * a failed write is told by the commit. AppFailure('duplicate') when its
   * text is in the library or in this batch (unless `input.allowSameText`),
   * ('empty-text') when it has none.
   */
  async add(input: CanonicalArticleInput): Promise<ArticleMeta> {
    this.ctx.assertOpen();
    const { index, files } = this.ctx.state;
    const { file, meta } = canonicalRecord(
      input,
      this.ctx.now(),
      (hash) => index.findByHash(hash) ?? this.hashes.get(hash),
    );
    if (input.id !== undefined && index.get(input.id)) {
      throw new AppFailure('invalid-argument', `Article ${input.id} already exists`, { field: 'id' });
    }
    const waitFor = this.pending[this.pending.length - WRITES_IN_FLIGHT];
    if (waitFor) await waitFor.written;
    const written = files.writeText({ ...file, meta: fileMetaOf(meta) }, { syncDir: false }).then(
      () => null,
      (error: unknown) =>
        error instanceof AppFailure
          ? error
          : new AppFailure('storage-failed', String(error), { file: meta.id }),
    );
    this.pending.push({ meta, text: file.text, written });
    this.hashes.set(meta.textSha256, meta);
    return { ...meta };
  }

  /**
   * Lists every article added since the last commit whose text was written:
   * waits for their writes, fsyncs the articles folder (their renames become
   * durable), then lists them with one index write (a line appended to
   * index.journal), then tells the observers in one event. Resolves once the index is on disk, with the articles listed and
   * those whose text write failed (their files removed, not listed). When
   * the index cannot be written every text of the batch is removed and the
   * library's AppFailure('storage-failed') is thrown: none of them was added.
   */
  async commit(): Promise<BatchCommit> {
    const batch = this.pending;
    this.pending = [];
    try {
      return await this.list(batch);
    } finally {
      for (const { meta } of batch)
        if (this.hashes.get(meta.textSha256) === meta) this.hashes.delete(meta.textSha256);
    }
  }

  /** commit's work for the articles `batch`. */
  private async list(batch: ArticleBatch['pending']): Promise<BatchCommit> {
    const outcomes = await Promise.all(batch.map((b) => b.written));
    const { index, files } = this.ctx.state;
    const ok = batch.filter((_, i) => outcomes[i] === null);
    const failed = batch.flatMap((b, i) => {
      const error = outcomes[i];
      return error ? [{ id: b.meta.id, error }] : [];
    });
    for (const { id } of failed) await files.discardText(id);
    if (ok.length === 0) return { added: [], failed };
    try {
      this.ctx.assertOpen();
      await persist(this.ctx.paths.articlesDir, () => fsyncDirectory(this.ctx.paths.articlesDir));
      await index.addMany(ok.map((b) => b.meta));
    } catch (error) {
      for (const { meta } of ok) await files.discardText(meta.id);
      throw error;
    }
    await this.ctx.emit({
      kind: 'added-many',
      articles: ok.map((b) => ({ meta: { ...b.meta }, text: b.text })),
    });
    return { added: ok.map((b) => ({ ...b.meta })), failed };
  }
}
