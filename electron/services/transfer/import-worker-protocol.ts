/**
 * The messages between main and the Hamish JSON import worker
 * (import-worker.ts): what the worker is given, what it asks, and how it
 * hands the checked file back in small pieces so that no one message takes
 * main long to receive.
 */

import type { ExportedAnnotation, ExportedArticle, HamishExport } from '../../../shared/export-format';
import type { AppError } from '../../../shared/result';
import type { Taxonomy } from '../../../shared/taxonomy';

/** The file to check: its content, or its path (read by the worker; main has checked its size). */
export type ImportSource = { raw: string } | { path: string };

/** An article of the file without its annotations (they follow in batches). */
export type ArticleHead = Omit<ExportedArticle, 'annotations'>;

/** Main → worker: check this file (one job at a time; the worker is kept for the next). */
export interface CheckJob {
  type: 'job';
  source: ImportSource;
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
  /** The file was refused (or could not be read): the AppFailure as a value. */
  | { type: 'failed'; error: AppError };

/** Annotations per 'annotations' message: small enough for main to take each in a few milliseconds. */
export const ANNOTATION_BATCH = 1_000;
