/**
 * The messages between main and the Hamish JSON import worker
 * (import-worker.ts): what the worker is given, what it asks, how it hands
 * the checked file back in small pieces so that no one message takes main
 * long to receive, and how main has it write the import (import-apply.ts)
 * one article at a time, under that article's lock.
 */

import type { ConflictPolicy, ImportReport } from '../../../shared/export/export-request';
import type { ExportedAnnotation, ExportedArticle, HamishExport } from '../../../shared/export-format';
import type { Annotation } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';

/**
 * The file to check: its content, or its path (read by the worker; main has
 * checked its size), or an object already parsed (another tool's file
 * converted on main: it skips the parse and the schema, as it always has).
 */
export type ImportSource = { raw: string } | { path: string } | { data: HamishExport };

/**
 * The source as it travels: content as UTF-8 chunks whose buffers are
 * transferred, not copied (cloning a 50 MB string into a message held main
 * for half a second); a path or an object as they are.
 */
export type WireSource = { chunks: Uint8Array[] } | { path: string } | { data: HamishExport };

/** An article of the file without its annotations (they follow in batches). */
export type ArticleHead = Omit<ExportedArticle, 'annotations'>;

/** Main → worker: check this file (one job at a time; the worker is kept for the next). */
export interface CheckJob {
  type: 'job';
  source: WireSource;
}

/** Main → worker, once the worker has said which texts it needs. */
export interface CheckContext {
  type: 'context';
  taxonomy: Taxonomy;
  /** The ids of the library's entities (an annotation may link one of these or one of the file's). */
  entityIds: string[];
  /** The library's texts of the articles the file names by hash: [textSha256, text]. */
  texts: [string, string][];
}

/**
 * Main → worker: main has taken the last batch, send the next. Node hands
 * main every queued message in one turn of its event loop, so the worker
 * sends one batch at a time and waits for this.
 */
export interface MoreRequest {
  type: 'more';
}

/** One article of the file that the import writes: merged into library article `articleId`, or added with that id. */
export interface ArticlePlan {
  /** Its index in the file's articles. */
  article: number;
  articleId: string;
  kind: 'merge' | 'new';
}

/**
 * Whose the import's annotations are (issue 20): `local` is the coder of
 * annotations without `author` (the library's local coder, '' when none);
 * `layer`, when the import adds a coder layer instead of merging, is the
 * coder given to the file's annotations and claims without `author`.
 */
export interface ImportCoders {
  local: string;
  layer?: string | undefined;
  /** A merge's coder for the file's annotations and claims that name none (ImportAnnotationsOptions.coder). */
  stamp?: string | undefined;
}

/** Main → worker, after 'head': build the stored annotations of these articles (answered by 'ready'). */
export interface PrepareRequest {
  type: 'prepare';
  plans: ArticlePlan[];
  coders: ImportCoders;
}

/**
 * Main → worker, once per planned article while main holds its lock: merge
 * (or, for a new one, write) its annotations into the files at `path`;
 * `write` false only counts (the preview). Answered by 'applied'.
 */
export interface ApplyRequest {
  type: 'apply';
  article: number;
  path: string;
  policy: ConflictPolicy;
  write: boolean;
}

/** Main → worker, after 'applied': hand back the article's list as written, in batches (one per 'more'), then 'end'. */
export interface ListRequest {
  type: 'list';
}

/** Main → worker: the job is over (written, cancelled or refused); the worker lets its data go. */
export interface FinishRequest {
  type: 'finish';
}

/** Every message main sends the worker. */
export type MainMessage =
  CheckJob | CheckContext | MoreRequest | PrepareRequest | ApplyRequest | ListRequest | FinishRequest;

/** What a new article's annotations come to once built: how many (twins left out), by tag type, and the twins. */
export interface AddedSummary {
  article: number;
  count: number;
  byType: Record<string, number>;
  unchanged: number;
  /** Claims of the file the new article keeps, and those left out (no member left). */
  claims: number;
  claimsRefused: number;
}

/** The counts of the report one article's apply gives (summed into the report). */
export type ClaimCounts = Pick<
  ImportReport,
  'claimsAdded' | 'claimsReplaced' | 'claimsKept' | 'claimsAlreadyPresent' | 'claimsRefused'
>;

/** What applying one article did: the report's annotation and claim counts, and what its files hold now. */
export interface ApplyOutcome {
  counts: Pick<
    ImportReport,
    'annotationsAdded' | 'annotationsUnchanged' | 'annotationsKept' | 'annotationsReplaced' | 'layersReplaced'
  > &
    ClaimCounts;
  count: number;
  byType: Record<string, number>;
  /** Whether anything was written. */
  written: boolean;
}

/** Worker → main. */
export type WorkerMessage =
  /** Parsed and valid against the schema: the texts it needs to check quotes. */
  | { type: 'parsed'; total: number; shas: string[] }
  /** Annotations checked so far. */
  | { type: 'checked'; done: number }
  /** The checked file, annotations left out (they follow). */
  | { type: 'head'; data: Omit<HamishExport, 'articles'>; articles: ArticleHead[] }
  /** A batch of article `article`'s annotations, in file order. */
  | { type: 'annotations'; article: number; list: ExportedAnnotation[] }
  /** Everything was sent. */
  | { type: 'end' }
  /** Annotations built so far (the 'preparing' phase). */
  | { type: 'prepared'; done: number }
  /** Every planned article's annotations are built; what the new articles' come to. */
  | { type: 'ready'; added: AddedSummary[] }
  /** A batch of the list last applied, in text order (see ListRequest). */
  | { type: 'listed'; list: Annotation[] }
  /** One article applied. */
  | { type: 'applied'; outcome: ApplyOutcome }
  /** The file was refused (or could not be read): the AppFailure as a value. */
  | { type: 'failed'; error: AppError };

/** Annotations per 'annotations' message: small enough for main to take each in a few milliseconds. */
export const ANNOTATION_BATCH = 1_000;

/** What the worker needs from the library, asked once the file has parsed. */
export interface CheckHost {
  taxonomy(): Promise<Taxonomy>;
  /** The ids of the library's entities. */
  entityIds(): string[];
  /** The library's texts with these SHA-256 hashes (absent ones left out), as [textSha256, text]. */
  texts(shas: readonly string[]): Promise<[string, string][]>;
}

export interface CheckOptions {
  /** The file parsed and has `total` annotations. */
  onParsed?: (total: number) => void;
  /** `done` annotations of the file checked. */
  onChecked?: (done: number) => void;
  /** `done` annotations built for writing (ImportJob.prepare). */
  onPrepared?: (done: number) => void;
  /** Aborting before ImportJob.beginWrite ends the worker: 'cancelled', nothing written. */
  signal?: AbortSignal;
}
