/**
 * One row of the analysis aggregate per annotation: what the views group and
 * filter by, worked out once when the annotation changes (its type and
 * subtype, its actor key, the sentence and paragraph it starts in), so that
 * a query never reads a file. Article-level fields (date, source, status,
 * trash) are not copied into rows: queries read them from the library's
 * live index, so a metadata edit or a trip to the trash changes no row.
 */

import { normalizeArabic } from '../../../shared/arabic-normalize';
import type { ActorRef } from '../../../shared/analysis-types';
import type { Annotation } from '../../../shared/model';
import { unitAt, type TextUnits } from '../../../shared/text-units';

/** An annotation as the views see it. Offsets in code points. */
export interface AnalysisRow {
  readonly id: string;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /** Tag id ("demand.aid"), its type ("demand") and subtype ("aid", or null for the type itself). */
  readonly tag: string;
  readonly type: string;
  readonly subtype: string | null;
  readonly entityId: string | null;
  /** Who, for actor counts: "e:<entity id>", or "q:<normalised quote>" when it links no entity. */
  readonly actorKey: string;
  /** The quote as written (the label of an unlinked actor). */
  readonly quote: string;
  /** Index of the sentence and of the paragraph (block) the annotation starts in. */
  readonly sentence: number;
  readonly block: number;
  /** The annotation's author; "" when it has none. */
  readonly coder: string;
}

/** The actor key of an actor reference (the same as rows carry). */
export function actorKeyOf(ref: ActorRef): string {
  return 'entityId' in ref ? `e:${ref.entityId}` : `q:${normalizeArabic(ref.quote.trim())}`;
}

/** The actor reference behind an actor key (its quote as given when unlinked). */
export function actorRefOf(row: Pick<AnalysisRow, 'entityId' | 'quote'>): ActorRef {
  return row.entityId !== null ? { entityId: row.entityId } : { quote: row.quote };
}

/** What a row is made from, and what the aggregate's file keeps of it (analysis-store.ts). */
export type RowFields = Pick<
  AnalysisRow,
  'id' | 'start' | 'end' | 'tag' | 'entityId' | 'quote' | 'sentence' | 'block' | 'coder'
>;

/**
 * The full row of `fields` in article `articleId` (type, subtype and actor key
 * worked out). Written field by field, never `{ ...fields, … }`: with the
 * spread, rows got about one hidden class per article (10,045 for B13's
 * 100,000 rows), so every view's scan read each field through a megamorphic
 * lookup; one literal gives every row the same class.
 */
export function rowOf(articleId: string, fields: RowFields): AnalysisRow {
  const { tag, entityId, quote } = fields;
  const dot = tag.indexOf('.');
  return {
    id: fields.id,
    articleId,
    start: fields.start,
    end: fields.end,
    tag,
    type: dot < 0 ? tag : tag.slice(0, dot),
    subtype: dot < 0 ? null : tag.slice(dot + 1),
    entityId,
    actorKey: actorKeyOf(entityId !== null ? { entityId } : { quote }),
    quote,
    sentence: fields.sentence,
    block: fields.block,
    coder: fields.coder,
  };
}

/**
 * The rows of one article's annotations (orphaned ones left out: their
 * place in the text is lost), in text order (by start, as the library keeps
 * them); `units` are the article's sentence and block starts (shared/text-units.ts).
 */
export function rowsOf(
  articleId: string,
  annotations: readonly Annotation[],
  units: TextUnits,
): AnalysisRow[] {
  const rows: AnalysisRow[] = [];
  for (const a of annotations) {
    if (a.orphaned) continue;
    rows.push(
      rowOf(articleId, {
        id: a.id,
        start: a.start,
        end: a.end,
        tag: a.tag,
        entityId: a.entityId ?? null,
        quote: a.quote,
        sentence: unitAt(units.sentenceStarts, a.start),
        block: unitAt(units.blockStarts, a.start),
        coder: a.author ?? '',
      }),
    );
  }
  return rows.every((r, i) => i === 0 || (rows[i - 1] as AnalysisRow).start <= r.start)
    ? rows
    : rows.sort((a, b) => a.start - b.start);
}
