/**
 * Imports a Hamish JSON file into a library. Everything is checked first
 * (import-check.ts); only a fully valid file is written. Articles the library
 * lacks are added (with their ids) when the file carries their text, else
 * reported; for articles it has (same text SHA-256) annotations are merged by
 * id under a conflict policy, never creating a twin (same span and tag); an article whose id exists with another text is
 * reported, never forced. Main only plans and keeps the index: the heavy
 * work, from parsing to writing the merged annotations file, runs in the
 * import worker (import-worker.ts).
 */

import { stat } from 'node:fs/promises';
import {
  emptyImportReport,
  type AnnotationImportProgress,
  type ConflictPolicy,
  type ImportProblem,
  type ImportReport,
} from '../../../shared/export/export-request';
import type { HamishExport } from '../../../shared/export-format';
import type { ArticleMeta } from '../../../shared/model';
import { cleanCoderName } from '../../../shared/coders';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import type { ArticleFile } from '../library/library-files';
import { MAX_HAMISH_JSON_BYTES } from '../../../shared/schema/limits';
import { mergeTaxonomy } from '../../../shared/taxonomy-merge';
import { blocksOf, metaOf } from './import-records';
import { refuse } from './import-check';
import { startImport, type ImportJob } from './import-in-worker';
import type { ApplyOutcome, ArticlePlan, ImportCoders, ImportSource } from './import-worker-protocol';
import { nextTurn } from '../storage/next-turn';

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
  /**
   * Add the file as coder layers instead of merging (issue 20, coder-layer.ts);
   * `coder` names the layer's coder for the file's annotations and claims
   * without one. Refused ('layer-is-mine') when it is the local coder.
   */
  layer?: { coder?: string | undefined };
  /**
   * A merge (not a layer): the coder stamped on the file's annotations and
   * claims that name none (`import-annotations --coder NAME`), so they stay
   * that coder's whoever opens the library next.
   */
  coder?: string | undefined;
}

/** Whose the import's annotations are: the local coder, the layer's coder for a layer import, the stamped coder for a merge. */
function importCoders(library: Library, options: ImportAnnotationsOptions): ImportCoders {
  const local = library.localCoder() ?? '';
  if (!options.layer) {
    if (options.coder === undefined) return { local };
    const stamp = cleanCoderName(options.coder);
    if (stamp === undefined) refuse('invalid-value', 'coder', 'a coder name is 1 to 200 characters');
    return { local, stamp };
  }
  const typed = options.layer.coder === undefined ? '' : cleanCoderName(options.layer.coder);
  if (typed === undefined) refuse('invalid-value', 'coder', 'a coder name is 1 to 200 characters');
  if (typed !== '' && typed === local) refuse('layer-is-mine', typed, 'the layer is the local coder');
  return { local, layer: typed };
}

/** Lets timers and IPC run, then throws 'cancelled' if `signal` was aborted. */
async function pause(signal: AbortSignal | undefined): Promise<void> {
  await nextTurn();
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

/** Reports progress of one import: `total` is known once the file has parsed. */
type Progress = (phase: AnnotationImportProgress['phase'], done: number) => void;

/**
 * Imports the Hamish JSON in `source` (a file's content or path, or an
 * object built from another tool's export). Reading, parsing, checking,
 * building the annotations and merging them run in a worker thread
 * (import-in-worker.ts, import-apply.ts), so main's event loop keeps turning
 * however large the file; main plans, takes each article's lock and keeps
 * the index. Refuses (AppFailure 'invalid-import') before writing anything;
 * reports progress (checking, preparing, writing, done) and stops with
 * 'cancelled' (nothing written) if `options.signal` is aborted before the
 * writing phase. The file's tags the library lacks join its scheme
 * (report.tagsAdded) and its entities join by id (report.entitiesAdded), so
 * no annotation is left with an unknown tag or a dangling entityId; an
 * entityId found in neither is refused. Merging is linear in the
 * annotations of file and article. With `options.dryRun` nothing is written
 * and the report says what the import would do (the preview).
 */
async function importFrom(
  library: Library,
  source: ImportSource,
  policy: ConflictPolicy,
  options: ImportAnnotationsOptions,
): Promise<ImportReport> {
  const { onProgress, signal } = options;
  // A layer's coder is checked before the file is read.
  const coders = importCoders(library, options);
  let total = 0;
  const progress: Progress = (phase, done) => onProgress?.({ phase, done, total });
  const metas = await library.listArticles();
  const job = await startImport(
    source,
    {
      taxonomy: () => library.getTaxonomy(),
      entityIds: () => library.entities().map((e) => e.id),
      texts: async (shas) => {
        const wanted = new Set(shas);
        const texts = new Map<string, string>();
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
      onPrepared: (done) => progress('preparing', done),
    },
  );
  try {
    return await writeImport(library, job, policy, { ...options, coders }, metas, progress, total);
  } finally {
    job.finish();
  }
}

/**
 * Imports a parsed Hamish JSON object (one built from another tool's
 * export; a file's goes through importAnnotations): checked, prepared and
 * written in the worker as a file's is (see importFrom), without the parse.
 */
export function importHamish(
  library: Library,
  data: HamishExport,
  policy: ConflictPolicy,
  options: ImportAnnotationsOptions = {},
): Promise<ImportReport> {
  return importFrom(library, { data }, policy, options);
}

/** The write phase of a checked file: plans every change, has the worker build them, then (unless dryRun or cancelled) writes them. */
async function writeImport(
  library: Library,
  job: ImportJob,
  policy: ConflictPolicy,
  options: ImportAnnotationsOptions & { coders: ImportCoders },
  metas: readonly ArticleMeta[],
  progress: Progress,
  total: number,
): Promise<ImportReport> {
  const data = job.head;
  const now = options.now ?? (() => new Date());
  const scheme = mergeTaxonomy(await library.getTaxonomy(), data.taxonomy);
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
  const plans: ArticlePlan[] = [];
  for (const [i, article] of data.articles.entries()) {
    const problem = (kind: ImportProblem['kind']) =>
      report.problems.push({ kind, articleIndex: i, articleId: article.id, title: article.title });
    const local =
      metas.find((m) => m.id === article.id && m.textSha256 === article.textSha256) ??
      metas.find((m) => m.textSha256 === article.textSha256);
    if (local) plans.push({ article: i, articleId: local.id, kind: 'merge' });
    else if (metas.some((m) => m.id === article.id)) problem('text-mismatch');
    else if (article.text === undefined) problem('missing-text');
    else plans.push({ article: i, articleId: article.id, kind: 'new' });
  }
  const added = new Map((await job.prepare(plans, options.coders)).map((s) => [s.article, s]));
  const count = (outcome: ApplyOutcome) => {
    for (const key of Object.keys(outcome.counts) as (keyof ApplyOutcome['counts'])[])
      report[key] += outcome.counts[key];
  };
  for (const plan of plans) {
    const article = data.articles[plan.article];
    if (!article) continue;
    if (plan.kind === 'merge') {
      report.articlesMerged++;
      const merge = (write: boolean) =>
        library.writeAnnotationsElsewhere(plan.articleId, async (path) => {
          const outcome = await job.apply(plan.article, path, policy, write);
          count(outcome);
          return outcome.written ? { ...outcome, list: () => job.list() } : null;
        });
      if (options.dryRun) await merge(false);
      else writes.push(() => merge(true));
      continue;
    }
    const summary = added.get(plan.article);
    const text = article.text ?? '';
    report.articlesAdded++;
    report.annotationsAdded += summary?.count ?? 0;
    report.annotationsUnchanged += summary?.unchanged ?? 0;
    report.claimsAdded += summary?.claims ?? 0;
    report.claimsRefused += summary?.claimsRefused ?? 0;
    const meta = metaOf(article, summary?.count ?? 0, now);
    const file: ArticleFile = { version: 1, id: article.id, text, blocks: blocksOf(article, text) };
    const write = async (path: string) => {
      await job.apply(plan.article, path, policy, true);
    };
    writes.push(() =>
      library.importArticle(meta, file, {
        count: summary?.count ?? 0,
        byType: summary?.byType ?? {},
        write,
        list: () => job.list(),
      }),
    );
  }
  if (options.dryRun) return report;
  // The last point where nothing has been written: past it the import runs to the end.
  await pause(options.signal);
  job.beginWrite();
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
