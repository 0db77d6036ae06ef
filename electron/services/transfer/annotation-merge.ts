/**
 * Merges imported annotations into an article's list in linear time: one
 * map from id to position and, for keep-both, one set of content keys, so
 * each incoming annotation costs O(1) lookups however long either list is
 * (the old code searched the whole list per annotation: 200k never finished).
 */

import { randomUUID } from 'node:crypto';
import type { ConflictPolicy, ImportReport } from '../../../shared/export/export-request';
import type { Annotation } from '../../../shared/model';
import { spanTagKey, twinKey as spanTagCoder } from '../../../shared/twins';

/** Merges run in this thread so far (tests check that an import's merge ran in the worker, not on main). */
let mergesHere = 0;

/** How many times mergeAnnotations ran in the calling thread (each thread has its own count). */
export const mergesInThisThread = (): number => mergesHere;

/** The fields that make two annotations "the same" (ids aside), as one string key. */
export function contentKey(a: Annotation): string {
  return JSON.stringify([a.start, a.end, a.tag, a.quote, a.note ?? '', a.entityId ?? null]);
}

/**
 * A merge of the annotations of one article from a file (`theirs`) into its
 * list in the library (`mine`) under `policy`, counting into `report`; the
 * bench's quadratic oracle has the same signature.
 */
export type AnnotationMerge = (
  mine: Annotation[],
  theirs: readonly Annotation[],
  policy: ConflictPolicy,
  report: ImportReport,
  localCoder?: string,
) => Annotation[];

/**
 * Merges `theirs` into `mine` by id under `policy`, counting what happened
 * into `report`: a new id is added; an identical one is unchanged; a
 * differing one is kept (keep-mine), replaced (take-theirs) or added as a
 * copy with a new id unless the list already holds the same content
 * (keep-both, so importing one file twice adds nothing the second time).
 * No twins (issue 14): an incoming annotation with the same span, tag and
 * coder (issue 20; `localCoder` is the coder of those without `author`) as
 * another (not orphaned) annotation of the list is counted unchanged instead
 * of added, whether it is new or a keep-both copy; another coder's is added.
 * An incoming annotation that names no coder (brat, CoNLL and other formats
 * that cannot carry one, or an old export) twins an annotation with the same
 * span and tag of any coder: the file cannot say whose it is, so importing a
 * library's own export back never copies its colleagues' layers.
 * Returns `mine` itself when nothing changed, so the library skips the write.
 * O(|mine| + |theirs|) time and memory.
 */
export const mergeAnnotations: AnnotationMerge = (mine, theirs, policy, report, localCoder = '') => {
  mergesHere++;
  const twinKey = (a: Annotation): string => spanTagCoder(a, localCoder);
  const named = (a: Annotation): boolean => a.author !== undefined && a.author !== '';
  const result = [...mine];
  const byId = new Map<string, number>();
  result.forEach((a, i) => byId.set(a.id, i));
  // Only keep-both asks "does the list hold this content already?"; it never replaces, so the set only grows.
  const contents = policy === 'keep-both' ? new Set(result.map(contentKey)) : null;
  // How many annotations (not orphaned) of the list have each span, tag and coder (and each span
  // and tag, whoever the coder).
  const spans = new Map<string, number>();
  const bump = (key: string, by: number): void => void spans.set(key, (spans.get(key) ?? 0) + by);
  const count = (a: Annotation, by: number): void => {
    if (a.orphaned) return;
    bump(twinKey(a), by);
    bump(`any:${spanTagKey(a)}`, by);
  };
  result.forEach((a) => count(a, 1));
  let changed = false;
  for (const incoming of theirs) {
    const at = byId.get(incoming.id);
    const local = at === undefined ? undefined : result[at];
    const key = contentKey(incoming);
    const sameSpan = named(incoming) ? twinKey(incoming) : `any:${spanTagKey(incoming)}`;
    const ownKey = local && !local.orphaned ? [twinKey(local), `any:${spanTagKey(local)}`] : [];
    const ownSpan = ownKey.includes(sameSpan) ? 1 : 0;
    const twin = (spans.get(sameSpan) ?? 0) - ownSpan > 0;
    if (twin && (!local || policy === 'keep-both')) {
      // Same span and tag as one the list has: no twin is created (issue 14).
      report.annotationsUnchanged++;
    } else if (at === undefined || !local) {
      byId.set(incoming.id, result.push(incoming) - 1);
      contents?.add(key);
      count(incoming, 1);
      report.annotationsAdded++;
      changed = true;
    } else if (contentKey(local) === key) {
      report.annotationsUnchanged++;
    } else if (policy === 'keep-mine') {
      report.annotationsKept++;
    } else if (policy === 'take-theirs') {
      count(local, -1);
      result[at] = incoming;
      count(incoming, 1);
      report.annotationsReplaced++;
      changed = true;
    } else if (contents?.has(key)) {
      // Kept both before: importing the same file again adds no further copy.
      report.annotationsUnchanged++;
    } else {
      result.push({ ...incoming, id: randomUUID() });
      contents?.add(key);
      count(incoming, 1);
      report.annotationsAdded++;
      changed = true;
    }
  }
  return changed ? result : mine;
};
