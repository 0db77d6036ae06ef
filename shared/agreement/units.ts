/**
 * Units for the coding measures (α, κ, percent), built from two or more
 * coders' annotations of the same text. The rule, stated once:
 *
 * - Candidates. Two annotations of different coders may share a unit when
 *   their spans are identical ("exact": same start and end, in code points),
 *   or when they overlap by at least one code point ("overlap").
 * - Preference. Candidate pairs are taken best first: same category, then
 *   same tag type (the `group`), then the larger overlap, then the smaller
 *   boundary difference |Δstart| + |Δend|, then text order.
 * - One to one. Pairs are joined greedily into units; a unit holds at most one
 *   annotation of each coder, and (overlap) all its spans share a stretch of
 *   text. An annotation no pair joins is a unit of its own.
 * - A coder's duplicate annotations (same span, same category) count once.
 *
 * The rule looks at no coder's position in the list, so swapping coders gives
 * the same units (up to the order of members).
 */

import type { CodingData, CodingValue } from './coding-data';

/** One coder's annotation as the measures see it: a span [start, end) in code points and its category. */
export interface CodedSpan {
  start: number;
  end: number;
  /** The value compared (a tag type, or a full tag "type.subtype"). */
  category: string;
  /** The coarser group the category belongs to (its tag type), preferred when categories differ. */
  group?: string;
}

export type UnitRule = 'exact' | 'overlap';

/** What a coder who left a unit untagged contributes: the "none" category, or a missing value. */
export type UntaggedAs = 'none' | 'missing';

/** The value "none" (untagged) in coding data: no category key is empty. */
export const NONE = '';

/** A unit: its extent (the union of its members' spans) and each coder's annotation in it, or null. */
export interface MatchedUnit {
  start: number;
  end: number;
  members: (CodedSpan | null)[];
}

interface Node {
  coder: number;
  span: CodedSpan;
}

interface Cluster {
  members: Node[];
  coders: Set<number>;
  maxStart: number;
  minEnd: number;
}

interface Pair {
  a: Node;
  b: Node;
  score: number[];
  /** The categories of the pair's two spans in text order: the last tie-break. */
  names: [string, string];
}

const overlapOf = (x: CodedSpan, y: CodedSpan): number => Math.min(x.end, y.end) - Math.max(x.start, y.start);

const compareSpans = (x: CodedSpan, y: CodedSpan): number =>
  x.start - y.start || x.end - y.end || (x.category < y.category ? -1 : x.category > y.category ? 1 : 0);

/** Sort key of a pair: higher is better for the first four, then text order (independent of coder order). */
function pairScore(x: CodedSpan, y: CodedSpan): number[] {
  const [lo, hi] = compareSpans(x, y) <= 0 ? [x, y] : [y, x];
  return [
    -(x.category === y.category ? 1 : 0),
    -(x.group !== undefined && x.group === y.group ? 1 : 0),
    -overlapOf(x, y),
    Math.abs(x.start - y.start) + Math.abs(x.end - y.end),
    lo.start,
    lo.end,
    hi.start,
    hi.end,
  ];
}

/** The categories of x and y in text order. */
function namesOf(x: CodedSpan, y: CodedSpan): [string, string] {
  return compareSpans(x, y) <= 0 ? [x.category, y.category] : [y.category, x.category];
}

const compareText = (p: string, q: string): number => (p < q ? -1 : p > q ? 1 : 0);

/**
 * Best pair first. Pairs left tied after the categories are between annotations identical
 * in span and category, which the rule joins into the same unit whichever comes first.
 */
function compareScores(p: Pair, q: Pair): number {
  for (let i = 0; i < p.score.length; i++) {
    const d = (p.score[i] ?? 0) - (q.score[i] ?? 0);
    if (d !== 0) return d;
  }
  return compareText(p.names[0], q.names[0]) || compareText(p.names[1], q.names[1]);
}

/** The candidate partners in `ys` (sorted by start) of `x` under `rule`. */
function partners(x: CodedSpan, ys: readonly Node[], maxLength: number, rule: UnitRule): Node[] {
  // First y that could overlap x: y.start > x.start − maxLength.
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ys[mid]?.span.start ?? 0) <= x.start - maxLength) lo = mid + 1;
    else hi = mid;
  }
  const out: Node[] = [];
  for (let i = lo; i < ys.length; i++) {
    const y = ys[i] as Node;
    if (y.span.start >= x.end) break;
    const fits =
      rule === 'exact' ? y.span.start === x.start && y.span.end === x.end : overlapOf(x, y.span) > 0;
    if (fits) out.push(y);
  }
  return out;
}

/** Each coder's annotations without duplicates, sorted by start. */
function nodesOf(coders: readonly (readonly CodedSpan[])[]): Node[][] {
  return coders.map((spans, coder) => {
    const seen = new Set<string>();
    const nodes: Node[] = [];
    for (const span of [...spans].sort(compareSpans)) {
      const key = `${span.start}:${span.end}:${span.category}`;
      if (span.end <= span.start || seen.has(key)) continue;
      seen.add(key);
      nodes.push({ coder, span });
    }
    return nodes;
  });
}

/** Every candidate pair between two different coders, best first. */
function candidatePairs(nodes: Node[][], rule: UnitRule): Pair[] {
  const pairs: Pair[] = [];
  for (let a = 0; a < nodes.length; a++) {
    for (let b = a + 1; b < nodes.length; b++) {
      const ys = nodes[b] ?? [];
      const maxLength = ys.reduce((m, y) => Math.max(m, y.span.end - y.span.start), 0);
      for (const x of nodes[a] ?? []) {
        for (const y of partners(x.span, ys, maxLength, rule))
          pairs.push({ a: x, b: y, score: pairScore(x.span, y.span), names: namesOf(x.span, y.span) });
      }
    }
  }
  return pairs.sort(compareScores);
}

/**
 * The units of one text coded by `coders.length` coders (`coders[c]` = coder
 * c's annotations), under `rule` (see the module comment). Units are sorted
 * by start, then end; `members[c]` is coder c's annotation in the unit or null.
 */
export function matchUnits(coders: readonly (readonly CodedSpan[])[], rule: UnitRule): MatchedUnit[] {
  const nodes = nodesOf(coders);
  const clusterOf = new Map<Node, Cluster>();
  for (const node of nodes.flat()) {
    clusterOf.set(node, {
      members: [node],
      coders: new Set([node.coder]),
      maxStart: node.span.start,
      minEnd: node.span.end,
    });
  }
  for (const { a, b } of candidatePairs(nodes, rule)) {
    const x = clusterOf.get(a);
    const y = clusterOf.get(b);
    if (!x || !y || x === y || [...y.coders].some((c) => x.coders.has(c))) continue;
    if (Math.max(x.maxStart, y.maxStart) >= Math.min(x.minEnd, y.minEnd)) continue;
    x.members.push(...y.members);
    for (const c of y.coders) x.coders.add(c);
    x.maxStart = Math.max(x.maxStart, y.maxStart);
    x.minEnd = Math.min(x.minEnd, y.minEnd);
    for (const node of y.members) clusterOf.set(node, x);
  }
  const units = [...new Set(clusterOf.values())].map((cluster): MatchedUnit => {
    const members: (CodedSpan | null)[] = coders.map(() => null);
    for (const node of cluster.members) members[node.coder] = node.span;
    const spans = cluster.members.map((n) => n.span);
    return {
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
      members,
    };
  });
  return units.sort((p, q) => p.start - q.start || p.end - q.end);
}

/** The reliability data of `units`: each coder's category, or for an untagged coder NONE or a missing value. */
export function codingDataOf(
  coderNames: readonly string[],
  units: readonly MatchedUnit[],
  untagged: UntaggedAs,
): CodingData {
  const empty: CodingValue = untagged === 'none' ? NONE : null;
  return { coders: coderNames, units: units.map((u) => u.members.map((m) => (m ? m.category : empty))) };
}
