/**
 * Which coders the reader shows (issue 20): all of them (the reader as it
 * always was), one coder, or coder A compared with coder B under the units'
 * rule (exact or overlap, shared/agreement/units.ts). Gives what the tag
 * painter and the side panel show, and in compare mode the units and their
 * differences. The coder of an annotation is its `author`, or the local
 * coder's when it has none (shared/coders.ts).
 */

import { useMemo, useState } from 'react';
import { compareCoders, type ComparedUnit } from '../../../shared/agreement/coder-differences';
import type { UnitRule } from '../../../shared/agreement/units';
import { coderOf, orderCoders } from '../../../shared/coders';
import type { Annotation } from '../../../shared/model';
import { ALL, modeIn, type CoderMode } from './coder-modes';

export type { CoderMode } from './coder-modes';

export interface CoderView {
  mode: CoderMode;
  setMode: (mode: CoderMode) => void;
  rule: UnitRule;
  setRule: (rule: UnitRule) => void;
  /** The article's coders, the local coder first (codersIn). */
  coders: string[];
  /** The annotations the side panel lists: one coder's, or all (compare mode lists all too). */
  shown: readonly Annotation[];
  /** The annotations the tag painter paints: those shown, none in compare mode (the compare painter paints). */
  painted: readonly Annotation[];
  /** Compare mode: every unit of A and B (agreed ones too), in text order; else empty. */
  units: ComparedUnit<Annotation>[];
}

const NOTHING: Annotation[] = [];
const NO_UNITS: ComparedUnit<Annotation>[] = [];

/**
 * The coder view of `annotations`, whose distinct `author` fields ('' for
 * none) are `authors` (kept by the annotation store, so an edit does not
 * look at every annotation again to find the coders).
 */
export function useCoderView(
  annotations: readonly Annotation[],
  authors: readonly string[],
  localCoder: string,
): CoderView {
  const [chosen, setMode] = useState<CoderMode>(ALL);
  const [rule, setRule] = useState<UnitRule>('exact');
  const coders = useMemo(
    () => orderCoders(new Set(authors.map((author) => coderOf({ author }, localCoder))), localCoder),
    [authors, localCoder],
  );
  const mode = modeIn(chosen, coders);
  const shown = useMemo(() => {
    if (mode.kind !== 'one') return annotations;
    return annotations.filter((a) => coderOf(a, localCoder) === mode.coder);
  }, [annotations, localCoder, mode]);
  const units = useMemo(() => {
    if (mode.kind !== 'compare') return NO_UNITS;
    const of = (coder: string) => annotations.filter((a) => !a.orphaned && coderOf(a, localCoder) === coder);
    return compareCoders(of(mode.a), of(mode.b), rule);
  }, [annotations, localCoder, mode, rule]);
  const painted = mode.kind === 'compare' ? NOTHING : shown;
  return { mode, setMode, rule, setRule, coders, shown, painted, units };
}
