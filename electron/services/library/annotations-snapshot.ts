/**
 * Reading and writing one article's annotations as the library keeps them
 * (annotations/<id>.json, the snapshot, plus annotations/<id>.journal): the
 * snapshot validated, the journal folded in, every annotation re-anchored
 * against the text, in text order; and a new snapshot written with the
 * journal it now contains removed. Shared by the library (ArticleFiles) and
 * the import worker, which merges a large file off main's event loop
 * (transfer/import-worker.ts), so both read and fold the same way.
 */

import type { AnchorMove } from '../../../shared/anchoring';
import type { CodePointIndex } from '../../../shared/code-points';
import { compareClaims } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { Claim } from '../../../shared/schema/claim-schema';
import { JsonFile } from '../storage/json-file';
import {
  appendJournal,
  diffAnnotations,
  diffById,
  foldClaimJournal,
  foldJournal,
  isEmptyChange,
  journalPathOf,
  readJournal,
  removeJournal,
  type JournalChange,
  type JournalRead,
} from './annotation-journal';
import { annotationsFileSchema, openValidated, persist, type AnnotationsFile } from './library-files';
import { withoutDangling } from './check/claim-check';
import { compareAnnotations, reanchorAnnotations } from './library-records';

/** `file` with `claims` as its claims (the key left out when there are none, as in files written before claims). */
export function withClaims(file: AnnotationsFile, claims: readonly Claim[]): AnnotationsFile {
  const next: AnnotationsFile = { ...file, claims: [...claims] };
  if (claims.length === 0) delete next.claims;
  return next;
}

/** The claim part of a journal change turning `before` into `after`. */
export function claimDiff(before: readonly Claim[], after: readonly Claim[]): Partial<JournalChange> {
  const { put, del } = diffById(before, after);
  return { ...(put.length > 0 ? { claimPut: put } : {}), ...(del.length > 0 ? { claimDel: del } : {}) };
}

/** Journal lines an article may gather before they are folded into its annotations file. */
export const JOURNAL_LIMIT = 256;
/** A change putting more annotations than this is written as a new annotations file, not a line. */
export const LARGE_CHANGE = 200;

/**
 * Whether `change` is written as a new snapshot (the journal folded in)
 * rather than appended as one journal line: after a dropped line (no line
 * may follow a torn one), once the journal has `limit` lines, or for a
 * large change (more than LARGE_CHANGE annotations put).
 */
export function foldsNow(
  journal: { lines: number; compactFirst: boolean },
  change: JournalChange,
  limit = JOURNAL_LIMIT,
): boolean {
  return journal.compactFirst || journal.lines >= limit || change.put.length > LARGE_CHANGE;
}

/** Snapshots written in this thread so far (tests check that an import's was written by the worker). */
let snapshotsHere = 0;

/** How many annotations files writeSnapshot wrote from the calling thread (each thread has its own count). */
export const snapshotsInThisThread = (): number => snapshotsHere;

/** An article's annotations as read from its files. */
export interface LoadedAnnotations {
  /** The snapshot as stored (an empty one when there is no file), its list replaced by `annotations`. */
  file: AnnotationsFile;
  /** The journal as read (its kept and dropped lines). */
  journal: JournalRead;
  /** Snapshot with the journal folded in, re-anchored, in text order. */
  annotations: Annotation[];
  /** The claims of snapshot and journal, members naming a missing annotation left out (the start-up check repairs them on disk). */
  claims: Claim[];
  /** The re-anchors made on the way (only in memory: nothing is written by reading). */
  moves: AnchorMove[];
}

/**
 * Reads article `articleId`'s annotations file at `path` and its journal,
 * folds them and re-anchors against the text in `index`. Throws
 * AppFailure('storage-failed') when the file does not parse, does not
 * validate or belongs to another article; a missing file is an empty list.
 */
export async function loadAnnotations(
  path: string,
  articleId: string,
  index: CodePointIndex,
): Promise<LoadedAnnotations> {
  const empty: AnnotationsFile = { version: 1, articleId, annotations: [] };
  const { db } = await openValidated(path, annotationsFileSchema, empty);
  if (db.data.articleId !== articleId) {
    throw new AppFailure('storage-failed', `${path} belongs to another article`, { file: path });
  }
  const journalPath = journalPathOf(path);
  const journal = await persist(journalPath, () => readJournal(journalPath));
  const folded = foldJournal(db.data.annotations, journal.changes);
  const { annotations, moves } = reanchorAnnotations(folded, index);
  annotations.sort(compareAnnotations);
  const at = new Date().toISOString();
  const { claims } = withoutDangling(foldClaimJournal(db.data.claims ?? [], journal.changes), folded, at);
  return { file: withClaims({ ...db.data, annotations }, claims), journal, annotations, moves, claims };
}

/**
 * Durably writes `file` (its annotations sorted by the caller) as the
 * annotations file at `path` (pretty JSON, atomic, fsynced), then removes
 * the journal it now contains. A crash between the two replays the journal
 * onto the new snapshot: its lines are idempotent (annotation-journal.ts).
 */
export async function writeSnapshot(path: string, file: AnnotationsFile): Promise<void> {
  snapshotsHere++;
  await persist(path, () => new JsonFile<AnnotationsFile>(path).write(file));
  const journalPath = journalPathOf(path);
  await persist(journalPath, () => removeJournal(journalPath));
}

/**
 * Durably records `next` as the list of the article read in `loaded` (from
 * the annotations file at `path`), and `claims` as its claims (else they
 * stay), as an edit would: one journal line with the difference, or a new
 * snapshot when foldsNow says so (a large import always folds). Resolves to
 * false, writing nothing, when nothing changed.
 */
export async function saveAnnotations(
  path: string,
  loaded: LoadedAnnotations,
  next: readonly Annotation[],
  claims: readonly Claim[] = loaded.claims,
): Promise<boolean> {
  const sorted = [...next].sort(compareAnnotations);
  const sortedClaims = [...claims].sort(compareClaims);
  const change = {
    ...diffAnnotations(loaded.annotations, sorted),
    ...claimDiff(loaded.claims, sortedClaims),
  };
  if (isEmptyChange(change)) return false;
  const { lines, dropped } = loaded.journal;
  if (foldsNow({ lines, compactFirst: dropped > 0 }, change)) {
    await writeSnapshot(path, withClaims({ ...loaded.file, annotations: sorted }, sortedClaims));
  } else {
    const journalPath = journalPathOf(path);
    await persist(journalPath, () => appendJournal(journalPath, change, lines + dropped === 0));
  }
  return true;
}
