/**
 * Two coders' annotations of one article side by side, for the reader's
 * compare mode and its list of differences: the units of `units.ts`
 * (exact or overlapping spans, one to one — the same rule the measures use,
 * never a second matcher), each sorted into "both agree" or one kind of
 * difference. Categories are full tags ("type.subtype"), their type the
 * preferred group. Offsets are code points.
 */

import { matchUnits, type CodedSpan, type UnitRule } from './units';

/** What the two coders did with one unit. */
export type UnitKind = 'agree' | 'a-only' | 'b-only' | 'tag' | 'boundaries';

/** The kinds of difference, in the order the reader lists their counts. */
export const DIFFERENCE_KINDS = ['a-only', 'b-only', 'tag', 'boundaries'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** The least an annotation needs to be compared: its span [start, end) in code points and tag id. */
export interface SpanOfTag {
  start: number;
  end: number;
  tag: string;
}

/** One unit: its extent (the union of its members' spans), coder A's and B's annotation in it (or null), and its kind. */
export interface ComparedUnit<T extends SpanOfTag> {
  start: number;
  end: number;
  a: T | null;
  b: T | null;
  kind: UnitKind;
}

/** A coded span that remembers the annotation it came from. */
interface Carried<T> extends CodedSpan {
  source: T;
}

const typeOf = (tag: string): string => tag.split('.')[0] ?? tag;

function carried<T extends SpanOfTag>(list: readonly T[]): Carried<T>[] {
  return list.map((source) => ({
    start: source.start,
    end: source.end,
    category: source.tag,
    group: typeOf(source.tag),
    source,
  }));
}

/**
 * The kind of a unit: one coder alone ("a-only", "b-only"), both with
 * different tags ("tag", whatever the boundaries), both with the same tag on
 * different spans ("boundaries", only under "overlap"), or "agree".
 */
export function kindOf(a: SpanOfTag | null, b: SpanOfTag | null): UnitKind {
  if (!b) return 'a-only';
  if (!a) return 'b-only';
  if (a.tag !== b.tag) return 'tag';
  return a.start === b.start && a.end === b.end ? 'agree' : 'boundaries';
}

/**
 * The units of coder A's annotations `a` and coder B's `b` of one text under
 * `rule` (shared/agreement/units.ts: candidates by exact span or by overlap,
 * best pairs first, one to one; a coder's duplicate annotations count once),
 * sorted by start, then end. Members are the very objects passed in.
 */
export function compareCoders<T extends SpanOfTag>(
  a: readonly T[],
  b: readonly T[],
  rule: UnitRule,
): ComparedUnit<T>[] {
  return matchUnits([carried(a), carried(b)], rule).map((unit) => {
    const [x, y] = unit.members as (Carried<T> | null)[];
    const first = x?.source ?? null;
    const second = y?.source ?? null;
    return { start: unit.start, end: unit.end, a: first, b: second, kind: kindOf(first, second) };
  });
}

/** How many units of each kind `units` holds (every kind present, zero when none). */
export function kindCounts(units: readonly { kind: UnitKind }[]): Record<UnitKind, number> {
  const counts: Record<UnitKind, number> = { agree: 0, 'a-only': 0, 'b-only': 0, tag: 0, boundaries: 0 };
  for (const unit of units) counts[unit.kind] += 1;
  return counts;
}
