/**
 * CSV export for spreadsheets: UTF-8 with a byte order mark (so Excel and
 * LibreOffice recognise Arabic), one header row, one row per annotation,
 * CRLF line ends and RFC 4180 quoting. Beside the type and subtype ids,
 * their labels in Arabic and English from the export's taxonomy. Offsets are code points. Every
 * text cell is made safe for spreadsheets (shared/export/safe-text.ts):
 * controls other than TAB and LF dropped (in the quote, replaced by U+FFFD
 * so start..end still counts it), formula triggers neutralised with a
 * leading apostrophe as OWASP recommends.
 */

import type { Entity } from '../model';
import type { HamishExport } from '../export-format';
import type { Label, Taxonomy } from '../taxonomy';
import { splitTag } from '../export-format';
import { BOM, csvField, csvText, textCell } from './csv-text';
import { maskControls, neutraliseFormula } from './safe-text';

export { BOM, csvField, csvText, textCell };

/** Column names, in order. */
export const CSV_COLUMNS = [
  'article_id',
  'title',
  'date',
  'source',
  'type',
  'subtype',
  'type_label_ar',
  'type_label_en',
  'subtype_label_ar',
  'subtype_label_en',
  'entity',
  'quote',
  'start',
  'end',
  'note',
  'annotation_id',
  'coder',
] as const;

/** An entity's name in the article's language (else the other), its id when the export lacks it, "" for none. */
export function entityName(entities: Entity[] | undefined, id: string | undefined, language: string): string {
  if (id === undefined) return '';
  const entity = entities?.find((e) => e.id === id);
  if (!entity) return id;
  return (language.startsWith('ar') ? entity.name.ar : entity.name.en) || entity.name.en || entity.name.ar;
}

/** The quote cell made safe: controls replaced one for one (so end − start still counts it), formulas neutralised. */
export const quoteCell = (value: string): string => neutraliseFormula(maskControls(value));

const NO_LABEL: Label = { ar: '', en: '' };

/** The labels of a tag's type and subtype in `taxonomy` (empty when the scheme no longer has them). */
function tagLabels(taxonomy: Taxonomy, type: string, subtype: string | undefined): [Label, Label] {
  const typeDef = taxonomy.types.find((t) => t.id === type);
  const sub = subtype === undefined ? undefined : typeDef?.subtypes.find((s) => s.id === subtype);
  return [typeDef?.label ?? NO_LABEL, sub?.label ?? NO_LABEL];
}

/** The whole export as CSV text (with BOM). */
export function buildCsv(data: HamishExport): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of data.articles) {
    for (const a of article.annotations) {
      const { type, subtype } = splitTag(a.tag);
      const [typeLabel, subLabel] = tagLabels(data.taxonomy, type, subtype);
      rows.push([
        textCell(article.id),
        textCell(article.title),
        textCell(article.date),
        textCell(article.source),
        textCell(type),
        textCell(subtype ?? ''),
        textCell(typeLabel.ar),
        textCell(typeLabel.en),
        textCell(subLabel.ar),
        textCell(subLabel.en),
        textCell(entityName(data.entities, a.entityId, article.language)),
        quoteCell(a.quote),
        String(a.start),
        String(a.end),
        textCell(a.note ?? ''),
        textCell(a.id),
        textCell(a.author ?? ''),
      ]);
    }
  }
  return csvText(rows);
}
