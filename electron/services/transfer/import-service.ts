/**
 * Imports a Hamish JSON file into a library. Everything is checked first
 * (import-check.ts); only a fully valid file is written. Articles the library
 * lacks are added (with their ids) when the file carries their text, else
 * reported; for articles it has (same text SHA-256) annotations are merged by
 * id under a conflict policy, never creating a twin (same span and tag); an article whose id exists with another text is
 * reported, never forced.
 */

import { stat } from 'node:fs/promises';
import { CodePointIndex } from '../../../shared/code-points';
import {
  emptyImportReport,
  type AnnotationImportProgress,
  type ConflictPolicy,
  type ImportProblem,
  type ImportReport,
} from '../../../shared/export/export-request';
import type { ExportedAnnotation, HamishExport } from '../../../shared/export-format';
import type { Annotation, ArticleMeta } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { withoutTwins } from '../../../shared/twins';
import type { Library } from '../library/library';
import type { ArticleFile } from '../library/library-files';
import { MAX_HAMISH_JSON_BYTES } from '../../../shared/schema/limits';
import { mergeTaxonomy } from '../../../shared/taxonomy-merge';
import type { ClaimsChange } from '../library/library-annotations';
import { checkImportClaims, claimsOf, memberIds, mergeClaims } from './claim-import';
import { mergeAnnotations } from './annotation-merge';
import { blocksOf, metaOf, toAnnotation } from './import-records';
import { checkImport, refuse } from './import-check';
import { checkInWorker } from './import-in-worker';
import type { ImportSource } from './import-worker-protocol';

export type { ImportProblem, ImportReport };

/** How an annotation import reports progress and can be stopped. */
export interface ImportAnnotationsOptions {
  /** Called at each phase and every few thousand annotations. */
  onProgress?: (progress: AnnotationImportProgress) => void;
  /** Aborting before the writing phase refuses the import ('cancelled') with nothing written. */
  signal?: AbortSignal;
  /** The clock for addedAt of new articles the file gives no addedAt (tests). */
  now?: () => Date;
  /** Check and count only: write nothing (the preview). */
  dryRun?: boolean;
}

/** Annotations handled between two yields to the event loop. */
const CHUNK = 1_000;

/** Lets timers and IPC run, then throws 'cancelled' if `signal` was aborted. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw new AppFailure('cancelled', 'The import was cancelled; nothing was written');
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
/** What the write phase needs from the check phase of either path. */
interface Checked {
  metas: ArticleMeta[];
  texts: Map<string, string>;
  total: number;
  progress: (phase: AnnotationImportProgress['phase'], done: number) => void;
}

/**
 * Imports the Hamish JSON file in `source` (its content, or its path: see
 * importAnnotations and importAnnotationsFile). Reading, parsing and
 * checking run in a worker thread (import-in-worker.ts), so main's event
 * loop keeps turning; then as importHamish.
 */
async function importFrom(
  library: Library,
  source: ImportSource,
  policy: ConflictPolicy,
  options: ImportAnnotationsOptions,
): Promise<ImportReport> {
  const { onProgress, signal } = options;
  let total = 0;
  const progress = (phase: AnnotationImportProgress['phase'], done: number) =>
    onProgress?.({ phase, done, total });
  const metas = await library.listArticles();
  const texts = new Map<string, string>();
  const data = await checkInWorker(
    source,
    {
      taxonomy: () => library.getTaxonomy(),
      entityIds: () => library.entities().map((e) => e.id),
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
  return writeImport(library, data, policy, options, { metas, texts, total, progress });
}

/**
 * Imports a parsed Hamish JSON object (one built from another tool's export;
 * a file's goes through the worker, importFrom). Refuses (AppFailure
 * 'invalid-import') before writing anything; yields to the event loop every
 * CHUNK annotations while checking and preparing, reporting progress, and
 * stops with 'cancelled' (nothing written) if `options.signal` is aborted
 * before the writing phase. The file's tags the library lacks join its
 * scheme (report.tagsAdded) and its entities join by id
 * (report.entitiesAdded), so no annotation is left with an unknown tag or a
 * dangling entityId; an entityId found in neither is refused. Merging is
 * linear in the annotations of file and article. With `options.dryRun`
 * nothing is written and the report says what the import would do (the preview).
 */
export async function importHamish(
  library: Library,
  data: HamishExport,
  policy: ConflictPolicy,
  options: ImportAnnotationsOptions = {},
): Promise<ImportReport> {
  const { onProgress, signal } = options;
  const total = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  const progress = (phase: AnnotationImportProgress['phase'], done: number) =>
    onProgress?.({ phase, done, total });
  progress('checking', 0);
  await pause(signal);
  const scheme = mergeTaxonomy(await library.getTaxonomy(), data.taxonomy);
  const entityIds = new Set([...library.entities(), ...(data.entities ?? [])].map((e) => e.id));
  const metas = await library.listArticles();
  const texts = new Map<string, string>();
  const wanted = new Set(data.articles.map((a) => a.textSha256));
  for (const meta of metas) {
    if (wanted.has(meta.textSha256)) texts.set(meta.textSha256, (await library.getArticle(meta.id)).text);
  }
  await checkImport(
    data,
    scheme.taxonomy,
    entityIds,
    (sha) => texts.get(sha),
    async (done) => {
      progress('checking', done);
      await pause(signal);
    },
  );
  return writeImport(library, data, policy, options, { metas, texts, total, progress });
}

/** The write phase of a checked file: prepares every change, then (unless dryRun or cancelled) writes them. */
async function writeImport(
  library: Library,
  data: HamishExport,
  policy: ConflictPolicy,
  options: ImportAnnotationsOptions,
  { metas, texts, total, progress }: Checked,
): Promise<ImportReport> {
  const { signal } = options;
  const now = options.now ?? (() => new Date());
  const scheme = mergeTaxonomy(await library.getTaxonomy(), data.taxonomy);
  checkImportClaims(data, scheme.taxonomy);
  const report = emptyImportReport();
  report.tagsAdded = scheme.added.length;
  const incomingEntities = data.entities ?? [];
  report.entitiesAdded = incomingEntities.filter(
    (e) => !library.entities().some((x) => x.id === e.id),
  ).length;
  const writes: (() => Promise<void>)[] = [];
  if (scheme.added.length + scheme.framesAdded.length > 0)
    writes.push(() => library.saveTaxonomy(scheme.taxonomy).then(() => undefined));
  if (report.entitiesAdded > 0)
    writes.push(() => library.importEntities(incomingEntities).then(() => undefined));
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
      if (options.dryRun) {
        mergeAnnotations(await library.listAnnotations(local.id), theirs, policy, report);
      } else {
        const claims: ClaimsChange = (_, mine, after) =>
          mergeClaims(
            mine,
            claimsOf(article.claims ?? [], local.id, memberIds(theirs, after), after, scheme.taxonomy),
            policy,
          );
        writes.push(() =>
          library.updateAnnotations(
            local.id,
            (mine) => mergeAnnotations(mine, theirs, policy, report),
            claims,
          ),
        );
      }
    } else if (metas.some((m) => m.id === article.id)) {
      problem('text-mismatch');
    } else if (article.text === undefined) {
      problem('missing-text');
    } else {
      const text = article.text;
      const all = await convert(article.annotations, article.id, text);
      const annotations = withoutTwins([], all).fresh;
      report.annotationsUnchanged += all.length - annotations.length;
      const meta = metaOf(article, annotations.length, now);
      const file: ArticleFile = { version: 1, id: article.id, text, blocks: blocksOf(article, text) };
      report.articlesAdded++;
      report.annotationsAdded += annotations.length;
      const claims = claimsOf(
        article.claims ?? [],
        article.id,
        memberIds(all, annotations),
        annotations,
        scheme.taxonomy,
      );
      writes.push(() => library.importArticle(meta, file, annotations, claims));
    }
  }
  if (options.dryRun) return report;
  // The last point where nothing has been written: past it the import runs to the end.
  await pause(signal);
  progress('writing', total);
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
