/**
 * The library's catalogue operations beyond plain add/delete: adding an
 * already canonical (imported) article with duplicate detection, editing
 * metadata and status, and the trash (move, restore, list). Runs inside the
 * Library with its index, files, per-article locks and observers.
 */

import { randomUUID } from 'node:crypto';
import { codePointLength } from '../../../shared/code-points';
import type { ArticleMeta, ArticleMetaPatch } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { KeyedQueue } from '../storage/keyed-queue';
import type { ArticleFiles } from './article-files';
import type { CanonicalArticleInput, LibraryEvent } from './library-events';
import type { LibraryIndex } from './library-index';
import { assertId } from './library-paths';
import { sha256Hex } from './library-records';

export interface CatalogContext {
  index: () => LibraryIndex;
  files: () => ArticleFiles;
  locks: KeyedQueue;
  now: () => Date;
  emit: (event: LibraryEvent) => Promise<void>;
  assertOpen: () => void;
}

const lockOf = (articleId: string): string => `article:${articleId}`;
/** Optional fields that disappear when set to "". */
const CLEARABLE = new Set(['author', 'url', 'status']);

export class LibraryCatalog {
  constructor(private readonly ctx: CatalogContext) {}

  async addCanonical(input: CanonicalArticleInput): Promise<ArticleMeta> {
    const { now, emit } = this.ctx;
    const index = this.ctx.index();
    const files = this.ctx.files();
    this.ctx.assertOpen();
    const { text, blocks } = input.canonical;
    if (text.length === 0) throw new AppFailure('empty-text', 'The article has no text');
    const hash = sha256Hex(text);
    const existing = index.findByHash(hash);
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
      addedAt: now().toISOString(),
      textSha256: hash,
      length: codePointLength(text),
      annotationCount: 0,
      ...(input.author ? { author: input.author } : {}),
      ...(input.url ? { url: input.url } : {}),
      ...(input.importedFrom ? { importedFrom: input.importedFrom } : {}),
    };
    await files.writeText({ version: 1, id, text, blocks });
    try {
      await index.add(meta);
    } catch (error) {
      await files.discardText(id);
      throw error;
    }
    await emit({ kind: 'added', meta: { ...meta }, text });
    return { ...meta };
  }

  async updateMeta(id: string, patch: ArticleMetaPatch): Promise<ArticleMeta> {
    if (patch.title !== undefined && patch.title.trim().length === 0) {
      throw new AppFailure('invalid-argument', 'The title is empty', { field: 'title' });
    }
    const updated = await this.change(id, (meta) => {
      const next = new Map(Object.entries(meta));
      for (const [key, value] of Object.entries(patch)) {
        if (typeof value !== 'string') continue;
        const trimmed = value.trim();
        if (CLEARABLE.has(key) && trimmed === '') next.delete(key);
        else next.set(key, trimmed);
      }
      return Promise.resolve(Object.fromEntries(next) as unknown as ArticleMeta);
    });
    await this.ctx.emit({ kind: 'updated', meta: updated });
    return updated;
  }

  async trash(id: string): Promise<ArticleMeta> {
    const at = this.ctx.now().toISOString();
    const meta = await this.change(id, (m) => Promise.resolve({ ...m, deletedAt: at }));
    await this.ctx.emit({ kind: 'removed', id });
    return meta;
  }

  async restore(id: string): Promise<ArticleMeta> {
    const meta = await this.change(id, (m) => {
      const next = { ...m };
      delete next.deletedAt;
      return Promise.resolve(next);
    });
    const { file } = await this.ctx.files().text(id);
    await this.ctx.emit({ kind: 'added', meta, text: file.text });
    return meta;
  }

  /** Articles in the trash, most recently trashed first (copies). */
  trashed(): ArticleMeta[] {
    return this.ctx
      .index()
      .all()
      .filter((m) => m.deletedAt)
      .map((m) => ({ ...m }))
      .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  }

  /** Durably replaces one article's metadata, under its lock. */
  private change(id: string, next: (meta: ArticleMeta) => Promise<ArticleMeta>): Promise<ArticleMeta> {
    assertId(id);
    return this.ctx.locks.run(lockOf(id), async () => {
      this.ctx.assertOpen();
      const updated = await next({ ...this.ctx.index().require(id) });
      return this.ctx.index().update(id, () => updated);
    });
  }
}
