/**
 * The library's articles: listing, reading, adding (typed text, an already
 * canonical import with duplicate detection, or an article from another
 * library with its annotations), metadata edits, the trash and deletion.
 * Every add goes through one primitive (write → index → roll back → notify).
 */

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Annotation, Article, ArticleMeta, ArticleMetaPatch, NewArticle } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { AppFailure } from '../../../shared/result';
import { countsByType, type CanonicalArticleInput } from './library-events';
import type { ArticleFile } from './library-files';
import type { WrittenCounts } from './annotations-elsewhere';
import { canonicalRecord } from './article-batch';
import { assertId } from './library-paths';
import { buildArticle, fileMetaOf } from './library-records';
import { lockOf, type LibraryContext } from './library-state';

/** Annotations of an imported article that another thread writes: how many, by tag type, and the write to `path`. */
export interface AnnotationsWrittenElsewhere extends WrittenCounts {
  write(path: string): Promise<void>;
}

/** Metadata of the sample article seeded into a new library. */
export const SAMPLE_ARTICLE = {
  title: 'ويتكوف مستعد للقاء خليل الحية لبحث تثبيت وقف إطلاق النار',
  source: 'عينة هامش',
  language: 'ar',
} as const;

/** Optional fields that disappear when set to "". */
const CLEARABLE = new Set(['author', 'url', 'status']);

export class LibraryArticles {
  constructor(private readonly ctx: LibraryContext) {}

  /** First run: seed the sample (once ever: `seeded` outlives its deletion), or just write the index. */
  async initialise(samplePath: string | undefined): Promise<void> {
    const sample = samplePath ? await readFile(samplePath, 'utf8').catch(() => null) : null;
    if (sample !== null && sample.trim().length > 0) {
      await this.add({ ...SAMPLE_ARTICLE, text: sample }, { seeded: true });
    } else {
      await this.ctx.state.index.create(false);
    }
  }

  /** Articles not in the trash, most recently added first. */
  list(): ArticleMeta[] {
    return this.ctx.state.index.list().filter((m) => !m.deletedAt);
  }

  /** Articles in the trash, most recently trashed first (copies). */
  trashed(): ArticleMeta[] {
    return this.ctx.state.index
      .all()
      .filter((m) => m.deletedAt)
      .map((m) => ({ ...m }))
      .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  }

  /** One article with its canonical text and blocks (copies). */
  async get(id: string): Promise<Article> {
    assertId(id);
    return this.ctx.locks.run(lockOf(id), async () => {
      const { index, files } = this.ctx.state;
      const meta = index.require(id);
      const { file } = await files.text(id);
      return { meta: { ...meta }, text: file.text, blocks: file.blocks.map((b) => ({ ...b })) };
    });
  }

  /** Adds typed text: canonicalized and written once, then listed in the index. */
  async add(input: NewArticle, options: { seeded?: boolean } = {}): Promise<ArticleMeta> {
    this.ctx.assertOpen();
    const { file, meta } = buildArticle(input, randomUUID(), this.ctx.now().toISOString());
    return this.insert(file, meta, options);
  }

  /**
   * Adds an already canonical article (import); AppFailure('duplicate') when its
   * text is already here, unless `input.allowSameText` says the user chose to keep both.
   */
  async addCanonical(input: CanonicalArticleInput): Promise<ArticleMeta> {
    this.ctx.assertOpen();
    const { file, meta } = canonicalRecord(input, this.ctx.now(), (hash) =>
      this.ctx.state.index.findByHash(hash),
    );
    return this.insert(file, meta);
  }

  /**
   * Adds an article from another library keeping its id, text, blocks,
   * annotations and claims: annotations given as a list (with `claims`), or
   * written by another thread (the import worker, claims included) once the
   * text is on disk, which says how many it writes.
   */
  async importArticle(
    meta: ArticleMeta,
    file: ArticleFile,
    annotations: Annotation[] | AnnotationsWrittenElsewhere,
    claims: Claim[] = [],
  ): Promise<void> {
    assertId(meta.id);
    await this.ctx.locks.run(lockOf(meta.id), async () => {
      this.ctx.assertOpen();
      if (this.ctx.state.index.list().some((m) => m.id === meta.id)) {
        throw new AppFailure('invalid-argument', `Article ${meta.id} already exists`, { field: 'id' });
      }
      const { count, byType } = Array.isArray(annotations)
        ? { count: annotations.length, byType: countsByType(annotations.map((a) => a.tag)) }
        : annotations;
      await this.insert(
        file,
        { ...meta, annotationCount: count, annotationCounts: byType },
        { annotations, claims },
      );
    });
  }

  /** Deletes an article, its text and its annotations. */
  async delete(id: string): Promise<void> {
    assertId(id);
    await this.ctx.locks.run(lockOf(id), async () => {
      this.ctx.assertOpen();
      const { index, files } = this.ctx.state;
      index.require(id);
      await index.remove(id);
      await files.remove(id);
      await this.ctx.emit({ kind: 'removed', id });
    });
  }

  /** Deletes every article in the trash for good; resolves to how many were deleted. */
  async emptyTrash(): Promise<number> {
    const trashed = this.trashed();
    for (const meta of trashed) await this.delete(meta.id);
    return trashed.length;
  }

  /** Changes an article's editable metadata (title, source, date, language, author, URL, status). */
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
      return Object.fromEntries(next) as unknown as ArticleMeta;
    });
    await this.ctx.emit({ kind: 'updated', meta: updated });
    return updated;
  }

  /** Moves an article to the trash (out of the list and search; files kept until the trash is emptied). */
  async trash(id: string): Promise<ArticleMeta> {
    const at = this.ctx.now().toISOString();
    const meta = await this.change(id, (m) => ({ ...m, deletedAt: at }));
    await this.ctx.emit({ kind: 'removed', id });
    return meta;
  }

  /** Brings an article back from the trash. */
  async restore(id: string): Promise<ArticleMeta> {
    const meta = await this.change(id, (m) => {
      const next = { ...m };
      delete next.deletedAt;
      return next;
    });
    const { file } = await this.ctx.state.files.text(id);
    await this.ctx.emit({ kind: 'added', meta, text: file.text });
    return meta;
  }

  /**
   * The one way an article enters the library: its text (and annotations,
   * when given) written durably, then its index entry; a failure removes
   * what was written. Observers hear of it last. Resolves to a copy of `meta`.
   */
  private async insert(
    file: ArticleFile,
    meta: ArticleMeta,
    options: {
      seeded?: boolean;
      annotations?: Annotation[] | AnnotationsWrittenElsewhere;
      claims?: Claim[];
    } = {},
  ): Promise<ArticleMeta> {
    const { files, index } = this.ctx.state;
    const { annotations, claims, ...indexOptions } = options;
    await files.writeText({ ...file, meta: fileMetaOf(meta) });
    try {
      if (Array.isArray(annotations))
        await files.writeAnnotations(await files.annotations(meta.id), annotations, undefined, claims);
      else if (annotations)
        await files.writeElsewhere(meta.id, () => annotations.write(this.ctx.paths.annotations(meta.id)));
      await index.add(meta, indexOptions);
    } catch (error) {
      if (annotations) await files.remove(meta.id);
      else await files.discardText(meta.id);
      throw error;
    }
    if (annotations) {
      // Written by another thread: its list comes from there, not by reading the file here.
      const saved = Array.isArray(annotations)
        ? (await files.annotations(meta.id)).data.annotations
        : await annotations.list();
      await this.ctx.emit({ kind: 'annotations', articleId: meta.id, annotations: saved });
    }
    await this.ctx.emit({ kind: 'added', meta: { ...meta }, text: file.text });
    return { ...meta };
  }

  /** Durably replaces one article's metadata, under its lock. */
  private change(id: string, next: (meta: ArticleMeta) => ArticleMeta): Promise<ArticleMeta> {
    assertId(id);
    return this.ctx.locks.run(lockOf(id), () => {
      this.ctx.assertOpen();
      const { index } = this.ctx.state;
      const updated = next({ ...index.require(id) });
      return index.update(id, () => updated);
    });
  }
}
