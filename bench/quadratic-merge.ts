/**
 * The annotation merge as it was before issue 13 (a findIndex per incoming
 * annotation, a whole-list scan per keep-both conflict): the same-run
 * baseline of bench B15 and the oracle of the linear merge's property test.
 * Copies made for keep-both get the id `${id}-copy` (the real merge draws a UUID).
 * It refuses twins as issue 14's merge did (a scan of the list per incoming
 * annotation): same span and tag as another annotation that is not orphaned.
 */

import type { AnnotationMerge } from '../electron/services/transfer/annotation-merge';
import type { Annotation } from '../shared/model';
import { findTwin } from '../shared/twins';

const sameContent = (a: Annotation, b: Annotation): boolean =>
  a.start === b.start &&
  a.end === b.end &&
  a.tag === b.tag &&
  a.quote === b.quote &&
  (a.note ?? '') === (b.note ?? '') &&
  a.entityId === b.entityId;

/** Merges `theirs` into `mine` under `policy` in O(|mine| × |theirs|), counting into `report`. */
export const quadraticMerge: AnnotationMerge = (mine, theirs, policy, report) => {
  const result = [...mine];
  for (const incoming of theirs) {
    const at = result.findIndex((a) => a.id === incoming.id);
    const local = result[at];
    const twin = findTwin(
      result.filter((a) => a.id !== incoming.id && !a.orphaned),
      incoming,
    );
    if (twin && (!local || policy === 'keep-both')) {
      report.annotationsUnchanged++;
    } else if (!local) {
      result.push(incoming);
      report.annotationsAdded++;
    } else if (sameContent(local, incoming)) {
      report.annotationsUnchanged++;
    } else if (policy === 'keep-mine') {
      report.annotationsKept++;
    } else if (policy === 'take-theirs') {
      result[at] = incoming;
      report.annotationsReplaced++;
    } else if (result.some((a) => sameContent(a, incoming))) {
      report.annotationsUnchanged++;
    } else {
      result.push({ ...incoming, id: `${incoming.id}-copy` });
      report.annotationsAdded++;
    }
  }
  return result;
};
