/**
 * The messages between main and the search worker (search-worker.ts): one
 * request type per operation, each answered once with the same `seq`, and
 * the answer's type per operation. Plain data only (structured clone), but
 * for the MessagePort of a build's pipe, which is transferred.
 */

import type { MessagePort } from 'node:worker_threads';
import type { Passage, TextSpan } from '../../../shared/search-passage';
import type { ArticleSource } from './article-text';
import type { ReadFile } from '../import/import-screen';
import type { LikelyDuplicate } from '../import/near-duplicate';
import type { FreshReason, FtsDoc, FtsHit, ScreenKey } from './fts-store';
import type { ListDigest } from './list-digest';

/** A file of an import as the extracting worker answers it: read with its key, or refused. */
export type ExtractedFile = (ReadFile & { ok: false }) | (ReadFile & { ok: true; screen: ScreenKey });

/** One shown result's text and title, for its passage. */
export interface PassageInput {
  title: string;
  text: string;
}

/** One shown result as the worker answers it: the ranked hit and its passage. */
export type ShownHit = FtsHit & PassageOutput;

/** What the worker works out for one shown result. */
export interface PassageOutput {
  /** The query appears exactly as typed (same letters, hamzas and marks) in the title or text. */
  exact: boolean;
  passage: Passage | null;
  titleHits: TextSpan[];
}

/** Each operation's request fields and answer. */
export interface SearchOps {
  /** Opens (or creates, or starts over) the index file. */
  open: { request: { path: string }; answer: { fresh: FreshReason } };
  /** Deletes the file and starts an empty index (after damage was found). */
  reset: { request: { path: string }; answer: { fresh: FreshReason } };
  size: { request: Record<string, never>; answer: number };
  /**
   * Whether the index holds exactly the pairs whose digest (list-digest.ts)
   * main computed from the library's list: true means nothing to sync.
   */
  verify: { request: { digest: ListDigest }; answer: boolean };
  /**
   * The library's live articles as (id, stamp), in chunks; on the last
   * (`done`), the ids among all chunks that need indexing (missing or stale)
   * are answered and indexed articles not among them removed ([] before).
   */
  sync: { request: { entries: [string, string][]; done: boolean }; answer: string[] };
  put: { request: { docs: FtsDoc[] }; answer: null };
  /** Reads the articles' files and indexes them; answers how many could be read and indexed. */
  index: { request: { sources: ArticleSource[] }; answer: number };
  /**
   * A build's pipe between two workers (batch-pipe.ts): the preparing worker
   * gets one end (`end: 'out'`), the index's the other (`'in'`), so prepared
   * batches go from worker to worker and never through main.
   */
  pipe: { request: { port: MessagePort; end: 'in' | 'out' }; answer: null };
  /**
   * Reads the articles' files and prepares them for the index (prepared-doc.ts;
   * needs no open index: a second worker does it during a build), and sends
   * the batch, numbered `batch`, down the pipe; answers how many it holds.
   */
  prepareTo: { request: { batch: number; sources: ArticleSource[] }; answer: number };
  /** Writes batch `batch` once it has come through the pipe, in one transaction (FtsStore.putPrepared); answers how many. */
  putPiped: { request: { batch: number }; answer: number };
  /**
   * Starts (`start`: answers whether the index was empty, FtsStore.startBuild)
   * or ends (FtsStore.endBuild; answers false) a build of many articles.
   */
  build: { request: { start: boolean }; answer: boolean };
  remove: { request: { ids: string[] }; answer: null };
  /**
   * The best `limit` matches ranked in SQLite, each with its passage, made
   * from its file in `articlesDir` (the library's articles folder).
   */
  search: {
    request: { query: string; limit: number; articlesDir: string };
    answer: { total: number; hits: ShownHit[] };
  };
  ids: { request: { query: string }; answer: string[] };
  /** The indexed or held article this text and URL most likely duplicates (duplicate-table.ts). */
  duplicate: { request: { text: string; url: string }; answer: LikelyDuplicate | null };
  /** Holds an article an import just added, compared from now on (until its row is written or `release`). */
  hold: { request: { id: string; title: string; text: string; url: string }; answer: null };
  /**
   * Reads a run of an import's files (import-screen.ts readFiles) and
   * computes each read one's duplicate key and indexed text; needs no open
   * index (a second worker does it while the first indexes).
   */
  extract: { request: { paths: string[] }; answer: ExtractedFile[] };
  /** Checks an import's extracted articles, in order, holding each that is no duplicate (FtsStore.screenDuplicates). */
  match: { request: { files: ScreenKey[] }; answer: (LikelyDuplicate | null)[] };
  /** Forgets held articles the library did not take (refused after the screening). */
  drop: { request: { ids: string[] }; answer: null };
  /** Forgets what the last import held. */
  release: { request: Record<string, never>; answer: null };
  close: { request: Record<string, never>; answer: null };
}

export type SearchOp = keyof SearchOps;

export type SearchRequest = {
  [K in SearchOp]: { seq: number; op: K } & SearchOps[K]['request'];
}[SearchOp];

/** The answer to request `seq`: its value, or why it failed (`damaged`: the index file must be rebuilt). */
export type SearchAnswer =
  { seq: number; ok: true; value: unknown } | { seq: number; ok: false; message: string; damaged: boolean };
