/**
 * The per-article annotation journal, annotations/<id>.journal: one line of
 * JSON per acknowledged change (`{"v":1,"put":[…],"del":[…]}`: annotations
 * added or replaced whole, ids removed; optionally `"cput"`/`"cdel"`: claims
 * put and claim ids removed, so an annotation change and the change of its
 * claims are one atomic line; lines without them, older ones, still read),
 * appended and fsynced, so one edit
 * costs one small append instead of rewriting the article's whole
 * annotations file. The file annotations/<id>.json stays the snapshot; the
 * current list is the snapshot with every journal line applied in order
 * (`foldJournal`). Lines are idempotent (a put replaces by id, a delete of
 * a missing id does nothing), so a crash between writing a compacted
 * snapshot and removing the journal replays to the same list.
 *
 * A line is only a change once its closing newline is on disk: a last line
 * without one (a crash mid-append) is torn and dropped, as is any line that
 * does not parse or validate; the reader counts them for the start-up
 * report, and the start-up check rewrites the journal without them
 * (`rewriteJournal`). A journal loaded with a dropped line is also folded
 * before the next append, so a new line never follows a torn one.
 */

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { compareClaims } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model';
import { annotationSchema } from '../../../shared/schema/annotation-schema';
import { claimSchema, type Claim } from '../../../shared/schema/claim-schema';
import { idSchema } from '../../../shared/schema/fields';
import { writeFileAtomic } from '../storage/atomic-write';
import { appendJournalLine, readJournalLines, removeJournalFile } from '../storage/journal-file';
import { compareAnnotations } from './library-records';

/**
 * One journal line: annotations put (added or replaced whole, by id) and ids
 * deleted; claims put and claim ids deleted (absent: none).
 */
export interface JournalChange {
  put: Annotation[];
  del: string[];
  claimPut?: Claim[];
  claimDel?: string[];
}

const lineSchema = z.strictObject({
  v: z.literal(1),
  put: z.array(annotationSchema),
  del: z.array(idSchema),
  cput: z.array(claimSchema).optional(),
  cdel: z.array(idSchema).optional(),
});

/** Whether `change` changes nothing (no annotation nor claim put or deleted). */
export const isEmptyChange = (change: JournalChange): boolean =>
  change.put.length + change.del.length + (change.claimPut?.length ?? 0) + (change.claimDel?.length ?? 0) ===
  0;

/** A journal as read: its changes in order, the lines kept and the lines dropped (torn or invalid). */
export interface JournalRead {
  changes: JournalChange[];
  lines: number;
  dropped: number;
  /** Complete lines (newline and all) that did not parse or validate: damage, not a crash. */
  invalid: number;
}

/** The journal of the annotations file at `annotationsPath` (`<id>.json` → `<id>.journal`). */
export const journalPathOf = (annotationsPath: string): string =>
  annotationsPath.replace(/\.json$/u, '.journal');

/**
 * The change that turns `before` into `after` (both lists of one article):
 * every annotation of `after` that is new or not the same object and not
 * equal (JSON) to its namesake in `before` is put, every id of `before`
 * missing from `after` deleted. Empty lists when nothing changed.
 */
export function diffAnnotations(before: readonly Annotation[], after: readonly Annotation[]): JournalChange {
  return diffById(before, after);
}

/** The items of `after` new or changed against `before` (by id, JSON-equal is unchanged), and the ids gone. */
export function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { put: T[]; del: string[] } {
  const old = new Map(before.map((a) => [a.id, a]));
  const put: T[] = [];
  const kept = new Set<string>();
  for (const a of after) {
    kept.add(a.id);
    const was = old.get(a.id);
    if (was !== a && (!was || JSON.stringify(was) !== JSON.stringify(a))) put.push(a);
  }
  const del = before.filter((a) => !kept.has(a.id)).map((a) => a.id);
  return { put, del };
}

/** Applies journal changes in order to `annotations` (not changed); order of the result is not meaningful. */
export function foldJournal(
  annotations: readonly Annotation[],
  changes: readonly JournalChange[],
): Annotation[] {
  if (changes.length === 0) return [...annotations];
  const byId = new Map(annotations.map((a) => [a.id, a]));
  for (const change of changes) {
    for (const a of change.put) byId.set(a.id, a);
    for (const id of change.del) byId.delete(id);
  }
  return [...byId.values()];
}

/** Applies the claim part of journal changes in order to `claims` (not changed); oldest first. */
export function foldClaimJournal(claims: readonly Claim[], changes: readonly JournalChange[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const change of changes) {
    for (const c of change.claimPut ?? []) byId.set(c.id, c);
    for (const id of change.claimDel ?? []) byId.delete(id);
  }
  return [...byId.values()].sort(compareClaims);
}

/** Reads the journal at `path`; a missing journal is an empty one. Never throws on content, only on I/O. */
export async function readJournal(path: string): Promise<JournalRead> {
  const { lines, torn } = await readJournalLines(path);
  const read: JournalRead = { changes: [], lines: 0, dropped: torn ? 1 : 0, invalid: 0 };
  for (const line of lines) {
    const change = parseLine(line);
    if (change) {
      read.changes.push(change);
      read.lines++;
    } else {
      read.dropped++;
      read.invalid++;
    }
  }
  return read;
}

function parseLine(line: string): JournalChange | null {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) return null;
    const { put, del, cput, cdel } = parsed.data;
    return { put, del, ...(cput ? { claimPut: cput } : {}), ...(cdel ? { claimDel: cdel } : {}) };
  } catch {
    return null;
  }
}

/**
 * Appends one change to the journal at `path` and resolves once it is on
 * disk (the line and its newline in one write, then fsync; the folder is
 * fsynced too when `created`, i.e. the journal did not exist before). On a
 * failed write the journal is cut back to its length before, then the error
 * is rethrown.
 */
export function appendJournal(path: string, change: JournalChange, created: boolean): Promise<void> {
  return appendJournalLine(path, journalLine(change), created);
}

/**
 * What a backup keeps of one article's annotations: the JSON text of its
 * annotations file with the journal folded in (sorted, pretty-printed), or
 * null when there is no journal (the file is current as it is) or the file
 * does not parse (it is then backed up as it is, with its journal).
 * `annotationsPath` may not exist when the journal holds every annotation.
 */
export async function foldedSnapshot(annotationsPath: string, articleId: string): Promise<string | null> {
  const journal = await readJournal(journalPathOf(annotationsPath));
  if (journal.changes.length === 0) return null;
  let snapshot: unknown = { version: 1, articleId, annotations: [] };
  try {
    snapshot = JSON.parse(await readFile(annotationsPath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
  }
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const file = snapshot as { annotations?: unknown; claims?: unknown };
  if (!Array.isArray(file.annotations)) return null;
  if (file.claims !== undefined && !Array.isArray(file.claims)) return null;
  const annotations = foldJournal(file.annotations as Annotation[], journal.changes).sort(compareAnnotations);
  const claims = foldClaimJournal((file.claims ?? []) as Claim[], journal.changes);
  const folded = { ...file, annotations, ...(claims.length > 0 ? { claims } : {}) };
  if (claims.length === 0) delete folded.claims;
  return `${JSON.stringify(folded, null, 2)}\n`;
}

/** One change as its journal line, newline included. */
const journalLine = (change: JournalChange): string => {
  const { put, del, claimPut, claimDel } = change;
  const claims = {
    ...(claimPut && claimPut.length > 0 ? { cput: claimPut } : {}),
    ...(claimDel && claimDel.length > 0 ? { cdel: claimDel } : {}),
  };
  return `${JSON.stringify({ v: 1, put, del, ...claims })}\n`;
};

/** Replaces the journal at `path` with exactly `changes` (atomically: the start-up check's repair). */
export function rewriteJournal(path: string, changes: readonly JournalChange[]): Promise<void> {
  return writeFileAtomic(path, changes.map(journalLine).join(''));
}

/** Removes the journal at `path` (once its changes are in the snapshot) and makes the removal durable. */
export const removeJournal = removeJournalFile;
