/**
 * Imports a Hamish JSON file into a library. Everything is checked first
 * (import-check.ts); only a fully valid file is written. Articles the library
 * lacks are added (with their ids) when the file carries their text, else
 * reported; for articles it has (same text SHA-256) annotations are merged by
 * id under a conflict policy, never creating a twin (same span and tag); an article whose id exists with another text is
 * reported, never forced.
 */

import { stat } from 'node:fs/promises';
import { quoteSelector } from '../../../shared/anchoring';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import {
  emptyImportReport,
  type AnnotationImportProgress,
  type ConflictPolicy,
  type ImportProblem,
  type ImportReport,
} from '../../../shared/export/export-request';
import type { ExportedAnnotation, ExportedArticle, HamishExport } from '../../../shared/export-format';
import type { Annotation, ArticleMeta, Block } from '../../../shared/model';
import type { Taxonomy } from '../../../shared/taxonomy';
import { AppFailure } from '../../../shared/result';
import { withoutTwins } from '../../../shared/twins';
import type { Library } from '../library/library';
import type { ArticleFile } from '../library/library-files';
import { MAX_HAMISH_JSON_BYTES } from '../../../shared/schema/limits';
import { mergeAnnotations } from './annotation-merge';
import { refuse } from './import-check';
import { checkInWorker } from './import-in-worker';
import type { ImportSource } from './import-worker-protocol';

export type { ImportProblem, ImportReport };

/** How an annotation import reports progress and can be stopped. */
export interface ImportAnnotationsOptions {
  /** Called at each phase and every few thousand annotations. */
  onProgress?: (progress: AnnotationImportProgress) => void;
  /** Aborting before the writing phase refuses the import ('cancelled') with nothing written. */
  signal?: AbortSignal;
  /** The clock for addedAt of new articles (tests). */
  now?: () => Date;
}

/** Options of an import of data converted from another format (importExportData). */
export interface DataImportOptions extends ImportAnnotationsOptions {
  /**
   * The scheme the data's tags come from when it is not the library's own
   * (the library's plus tags an import adds): checked against, and saved
   * first in the writing phase.
   */
  taxonomy?: Taxonomy;
}

/** Annotations handled between two yields to the event loop. */
const CHUNK = 1_000;

/** Lets timers and IPC run, then throws 'cancelled' if `signal` was aborted. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw new AppFailure('cancelled', 'The import was cancelled; nothing was written');
}

/** The stored annotation of an exported one: type and subtype dropped (the tag holds them), quote and context taken again from the text. */
function toAnnotation(a: ExportedAnnotation, articleId: string, index: CodePointIndex): Annotation {
  // Object.assign keeps the stored key order: id, articleId, then the exported fields.
  const stored = Object.assign({ id: a.id, articleId }, a, quoteSelector(index, a.start, a.end));
  delete stored.type;
  delete stored.subtype;
  return stored;
}

/** Blocks for an imported text: the file's, else one per line classified as on import. */
function blocksOf(article: ExportedArticle, text: string): Block[] {
  if (article.blocks && article.blocks.length > 0) return article.blocks;
  const derived = canonicalize(text);
  // The canonical text round-trips unless a line began with a quote or heading marker.
  if (derived.text === text) return derived.blocks;
  let offset = 0;
  return text.split('\n').map((line) => {
    const length = [...line].length;
    const block: Block = { kind: 'paragraph', start: offset, end: offset + length };
    offset += length + 1;
    return block;
  });
}

/**
 * An annotation import into `library` from `source` (the file's content for
 * importAnnotations, its path for importAnnotationsFile), merging under `policy`.
 */
type AnnotationImport = (
  library: Library,
  source: string,
  policy: ConflictPolicy,
  options?: ImportAnnotationsOptions,
) => Promise<ImportReport>;

/**
 * Imports the file in `source` (its content, or its path: see
 * importAnnotations and importAnnotationsFile). Reading, parsing and
 * checking run in a worker thread (import-in-worker.ts), so main's event
 * loop keeps turning; refuses (AppFailure 'invalid-import') before writing
 * anything; yields every CHUNK annotations while preparing, reporting
 * progress, and stops with 'cancelled' (nothing written) if
 * `options.signal` is aborted before the writing phase. Merging is linear in
 * the annotations of file and article.
 */
async function importFrom(
  library: Library,
  source: ImportSource,
  policy: ConflictPolicy,
  options: DataImportOptions,
): Promise<ImportReport> {
  const { onProgress, signal } = options;
  const now = options.now ?? (() => new Date());
  let total = 0;
  const progress = (phase: AnnotationImportProgress['phase'], done: number) =>
    onProgress?.({ phase, done, total });
  const metas = await library.listArticles();
  const texts = new Map<string, string>();
  const data = await checkInWorker(
    source,
    {
      taxonomy: () => (options.taxonomy ? Promise.resolve(options.taxonomy) : library.getTaxonomy()),
      texts: async (shas) => {
        const wanted = new Set(shas);
        for (const meta of metas) {
          if (wanted.has(meta.textSha256) && !texts.has(meta.textSha256))
            texts.set(meta.textSha256, (await library.getArticle(meta.id)).text);
        }
        return [...texts];
      },
    },
    {
      signal,
      onParsed: (count) => {
        total = count;
        progress('checking', 0);
      },
      onChecked: (done) => progress('checking', done),
    },
  );

  const report = emptyImportReport();

  const writes: (() => Promise<void>)[] = [];
  let prepared = 0;
  const convert = async (list: readonly ExportedAnnotation[], articleId: string, text: string) => {
    const index = new CodePointIndex(text);
    const out: Annotation[] = [];
    for (const a of list) {
      out.push(toAnnotation(a, articleId, index));
      if (++prepared % CHUNK === 0) {
        progress('preparing', prepared);
        await pause(signal);
      }
    }
    return out;
  };
  for (const [i, article] of data.articles.entries()) {
    const problem = (kind: ImportProblem['kind']) =>
      report.problems.push({ kind, articleIndex: i, articleId: article.id, title: article.title });
    const local =
      metas.find((m) => m.id === article.id && m.textSha256 === article.textSha256) ??
      metas.find((m) => m.textSha256 === article.textSha256);
    if (local) {
      const theirs = await convert(article.annotations, local.id, texts.get(local.textSha256) ?? '');
      report.articlesMerged++;
      writes.push(() =>
        library.updateAnnotations(local.id, (mine) => mergeAnnotations(mine, theirs, policy, report)),
      );
    } else if (metas.some((m) => m.id === article.id)) {
      problem('text-mismatch');
    } else if (article.text === undefined) {
      problem('missing-text');
    } else {
      const text = article.text;
      const all = await convert(article.annotations, article.id, text);
      const annotations = withoutTwins([], all).fresh;
      report.annotationsUnchanged += all.length - annotations.length;
      const meta: ArticleMeta = {
        id: article.id,
        title: article.title,
        source: article.source,
        date: article.date,
        language: article.language,
        addedAt: now().toISOString(),
        textSha256: article.textSha256,
        length: article.length,
        annotationCount: annotations.length,
      };
      const file: ArticleFile = { version: 1, id: article.id, text, blocks: blocksOf(article, text) };
      report.articlesAdded++;
      report.annotationsAdded += annotations.length;
      writes.push(() => library.importArticle(meta, file, annotations));
    }
  }
  // The last point where nothing has been written: past it the import runs to the end.
  await pause(signal);
  progress('writing', total);
  if (options.taxonomy) await library.saveTaxonomy(options.taxonomy, {});
  for (const write of writes) await write();
  progress('done', total);
  return report;
}

/**
 * Imports already-read file content `raw`; see importFrom for what is
 * checked, when it yields and how it is cancelled.
 */
export const importAnnotations: AnnotationImport = (library, raw, policy, options = {}) =>
  importFrom(library, { raw }, policy, options);

/**
 * Imports Hamish JSON data converted from another format (a REFI-QDA
 * project): serialised and checked in the worker like a file, then merged;
 * with `options.taxonomy` checked against that scheme, which is saved before
 * anything else is written. See importFrom.
 */
export function importExportData(
  library: Library,
  data: HamishExport,
  policy: ConflictPolicy,
  options: DataImportOptions = {},
): Promise<ImportReport> {
  return importFrom(library, { raw: JSON.stringify(data) }, policy, options);
}

/** Reads the file at `path` (size-checked here, read in the worker) and imports it; see importFrom. */
export const importAnnotationsFile: AnnotationImport = async (library, path, policy, options = {}) => {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new AppFailure('file-unreadable', `Cannot read ${path}`, { file: path });
    },
  );
  if (size > MAX_HAMISH_JSON_BYTES)
    refuse('too-large', '', `${size} bytes is more than ${MAX_HAMISH_JSON_BYTES}`);
  return importFrom(library, { path }, policy, options);
};
