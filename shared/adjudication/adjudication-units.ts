/**
 * The units two coders are compared on, for adjudication, matched by the one
 * agreement matcher (shared/agreement/units.ts, rule "overlap": annotations
 * sharing at least one code point may pair, same tag first). A unit is agreed
 * when both coders have it with the same span and tag; every other unit is a
 * disagreement to settle. Also what each choice writes into the gold layer.
 */

import type { Annotation } from '../model';
import { categoryOf } from '../agreement/report';
import { matchUnits, type CodedSpan } from '../agreement/units';
import { coderOf } from '../coders';
import type { Choice, Decision, DecisionRecord, GoldSpan } from './adjudication-types';

/** The decision a stored record stands for (null for none, or a unit copied as agreed). */
export function decisionOf(record: DecisionRecord | undefined): Decision | null {
  if (!record || record.choice === 'agreed') return null;
  if (record.choice === 'edit') return record.span ? { choice: 'edit', span: record.span } : null;
  return { choice: record.choice };
}

/** The rule units are matched by (shown on screen). */
export const ADJUDICATION_RULE = 'overlap' as const;

/** One unit of one article: coder A's and coder B's annotation in it (either may be null). */
export interface AdjudicationUnit {
  key: string;
  articleId: string;
  a: Annotation | null;
  b: Annotation | null;
  agreed: boolean;
}

const signature = (a: Annotation | null): string => (a ? `${a.start}-${a.end}-${a.tag}` : '_');

/** A unit's stable key: the article and both codings (the coders' layers are not changed by adjudicating). */
export const unitKey = (articleId: string, a: Annotation | null, b: Annotation | null): string =>
  `${articleId}|${signature(a)}|${signature(b)}`;

/** The versions of a unit's two codings (id and last edit), kept with its decision (DecisionRecord.basis). */
export const unitBasis = (unit: { a: Annotation | null; b: Annotation | null }): string =>
  [unit.a, unit.b].map((x) => (x ? `${x.id}@${x.updatedAt}` : '_')).join('|');

const parseSignature = (sig: string): GoldSpan | null => {
  const match = /^(\d+)-(\d+)-(.+)$/u.exec(sig);
  return match ? { start: Number(match[1]), end: Number(match[2]), tag: match[3] ?? '' } : null;
};

/**
 * The article and the two codings' spans and tags a unit key (unitKey) names;
 * null when `key` is not one.
 */
export function parseUnitKey(
  key: string,
): { articleId: string; a: GoldSpan | null; b: GoldSpan | null } | null {
  const [articleId, sa, sb, ...rest] = key.split('|');
  if (!articleId || sa === undefined || sb === undefined || rest.length > 0) return null;
  const a = sa === '_' ? null : parseSignature(sa);
  const b = sb === '_' ? null : parseSignature(sb);
  if ((sa !== '_' && !a) || (sb !== '_' && !b) || (!a && !b)) return null;
  return { articleId, a, b };
}

interface Spanned extends CodedSpan {
  source: Annotation;
}

const spannedOf = (a: Annotation): Spanned => ({
  start: a.start,
  end: a.end,
  category: a.tag,
  group: categoryOf(a.tag, 'tag'),
  source: a,
});

/**
 * The units of one article between `coderA` and `coderB` (annotations without
 * an author are `localCoder`'s), in text order. Orphaned annotations are left out.
 */
export function adjudicationUnits(
  articleId: string,
  annotations: readonly Annotation[],
  coderA: string,
  coderB: string,
  localCoder: string,
): AdjudicationUnit[] {
  const live = annotations.filter((x) => !x.orphaned);
  const of = (coder: string) => live.filter((x) => coderOf(x, localCoder) === coder).map(spannedOf);
  return matchUnits([of(coderA), of(coderB)], ADJUDICATION_RULE).map((unit) => {
    const [ma, mb] = unit.members;
    const a = ma ? (ma as Spanned).source : null;
    const b = mb ? (mb as Spanned).source : null;
    const agreed = a !== null && b !== null && a.start === b.start && a.end === b.end && a.tag === b.tag;
    return { key: unitKey(articleId, a, b), articleId, a, b, agreed };
  });
}

/** A gold span with what it keeps of its source annotation (note and entity link). */
export interface GoldWrite extends GoldSpan {
  note?: string;
  entityId?: string;
}

const writeOf = (x: Annotation): GoldWrite => ({
  start: x.start,
  end: x.end,
  tag: x.tag,
  ...(x.note !== undefined ? { note: x.note } : {}),
  ...(x.entityId !== undefined ? { entityId: x.entityId } : {}),
});

/**
 * What `choice` writes into the gold layer for `unit`: agreed or "mine" →
 * coder A's annotation, "theirs" → coder B's, "both" → both (once when the
 * same span and tag), "neither" → nothing, "edit" → `span`.
 */
export function goldWrites(unit: AdjudicationUnit, choice: Choice | 'agreed', span?: GoldSpan): GoldWrite[] {
  const { a, b } = unit;
  switch (choice) {
    case 'agreed':
    case 'mine':
      return a ? [writeOf(a)] : [];
    case 'theirs':
      return b ? [writeOf(b)] : [];
    case 'both': {
      const both = [a, b].filter((x): x is Annotation => x !== null).map(writeOf);
      const [first, second] = both;
      const same =
        first &&
        second &&
        first.start === second.start &&
        first.end === second.end &&
        first.tag === second.tag;
      return same ? [first] : both;
    }
    case 'neither':
      return [];
    case 'edit':
      return span ? [{ start: span.start, end: span.end, tag: span.tag }] : [];
  }
}
