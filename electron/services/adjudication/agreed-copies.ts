/**
 * The gold copies of agreed units (same span and tag for both coders): what
 * a copy writes, and keeping its note in step with the coders'. A note does
 * not count for agreement (alpha is on span and tag), so a coder editing only
 * a note leaves the unit agreed and its key unchanged; the copy's note
 * (shared/adjudication/agreed-note.ts: both coders' notes when they differ)
 * is then brought up to date when the adjudication is opened, unless the
 * gold note was edited by hand since the copy (that edit is kept).
 */

import { agreedWrite, agreedNote } from '../../../shared/adjudication/agreed-note';
import type { AdjudicationSetup, DecisionRecord } from '../../../shared/adjudication/adjudication-types';
import {
  goldWrites,
  type AdjudicationUnit,
  type GoldWrite,
} from '../../../shared/adjudication/adjudication-units';
import type { Annotation } from '../../../shared/model';
import type { Library } from '../library/library';

type Coders = Pick<AdjudicationSetup, 'coderA' | 'coderB'>;

/** What copying the agreed `unit` writes into gold: one annotation carrying both coders' notes. */
export function agreedGroup(unit: AdjudicationUnit, coders: Coders): GoldWrite[] {
  const { a, b } = unit;
  return a && b ? [agreedWrite(a, b, coders.coderA, coders.coderB)] : goldWrites(unit, 'agreed');
}

/** The note `group` (agreedGroup) writes, as a record keeps it (absent when none). */
export const copiedNote = (group: readonly GoldWrite[]): { note?: string } => {
  const note = group[0]?.note;
  return note !== undefined ? { note } : {};
};

/**
 * Brings the gold note of every agreed copy among `units` of `articleId` up
 * to its coders' notes now (agreedNote), when a coder changed one since the
 * copy and the gold note is still the one the copy wrote (DecisionRecord.note).
 * Updates `decisions` in place (the caller writes them) and the gold through
 * `library`; resolves to how many copies were brought up to date.
 */
export async function followAgreedNotes(
  library: Pick<Library, 'updateAnnotation'>,
  articleId: string,
  units: readonly AdjudicationUnit[],
  annotations: readonly Annotation[],
  decisions: Record<string, DecisionRecord>,
  coders: Coders,
): Promise<number> {
  const byId = new Map(annotations.map((x) => [x.id, x]));
  let updated = 0;
  for (const unit of units) {
    const record = decisions[unit.key];
    if (!unit.agreed || !unit.a || !unit.b || record?.choice !== 'agreed' || record.pending) continue;
    const gold = byId.get(record.goldIds[0] ?? '');
    const want = agreedNote(unit.a, unit.b, coders.coderA, coders.coderB);
    if (!gold || want === record.note || gold.note !== record.note) continue;
    await library.updateAnnotation(articleId, gold.id, { note: want ?? null });
    const rest = { ...record };
    delete rest.note;
    decisions[unit.key] = { ...rest, ...(want !== undefined ? { note: want } : {}) };
    updated++;
  }
  return updated;
}
