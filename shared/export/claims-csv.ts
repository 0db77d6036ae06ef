/**
 * The claims CSV: one row per claim, for the analyst's spreadsheet of "who
 * demands what from whom". Same conventions as the annotations CSV (csv.ts):
 * UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, every text cell made
 * safe (formula triggers neutralised, controls dropped; quotes keep their
 * length). Columns: the article (id, title, source, date), the claim (id,
 * frame), then four per role of the scheme's frames — the members' quotes,
 * their tag's type and subtype ids, their entities' names — a role with
 * several members joins them with " | "; then one column per attribute
 * (the option id, "for"), the note, the coder, timestamps, whether every
 * required role is filled, and the members as "role:annotation id" so a row
 * can be joined to the annotations CSV's annotation_id.
 */

import type { HamishExport } from '../export-format';
import { splitTag } from '../export-format';
import type { ExportedClaim } from '../schema/claim-schema';
import type { Taxonomy } from '../taxonomy';
import {
  annotationsById,
  articleClaims,
  isComplete,
  membersInRoleOrder,
  resolvedMembers,
} from './claim-parts';
import { findFrame, framesOf } from '../claims';
import { csvText, entityName, quoteCell, textCell } from './csv';

/** Joins the values of a role with several members. */
export const MEMBER_SEPARATOR = ' | ';

/** The columns of each role, after the role id: quote (bare), then these suffixes. */
const ROLE_SUFFIXES = ['', '_type', '_subtype', '_entity'] as const;

/** The columns before the roles' (the start of every claims CSV header) and after the attributes'. */
export const CLAIMS_CSV_LEADING = ['article_id', 'title', 'source', 'date', 'claim_id', 'frame'] as const;
const TRAILING = ['note', 'coder', 'created_at', 'updated_at', 'complete', 'members'] as const;

/** Role ids of every frame, in scheme order, each once (two frames may share a role id). */
function roleIds(taxonomy: Taxonomy): string[] {
  return [...new Set(framesOf(taxonomy).flatMap((f) => f.roles.map((r) => r.id)))];
}

/** Attribute ids of every frame, in scheme order, each once. */
function attributeIds(taxonomy: Taxonomy): string[] {
  return [...new Set(framesOf(taxonomy).flatMap((f) => (f.attributes ?? []).map((a) => a.id)))];
}

/** The column stem of each role and each attribute: its id, or "role_"/"attr_" + id when the id would repeat a column. */
function columnStems(taxonomy: Taxonomy): { roles: string[]; attributes: string[] } {
  const taken = new Set<string>([...CLAIMS_CSV_LEADING, ...TRAILING]);
  const claim = (id: string, prefix: string, suffixes: readonly string[]): string => {
    const stem = suffixes.some((s) => taken.has(`${id}${s}`)) ? `${prefix}${id}` : id;
    for (const s of suffixes) taken.add(`${stem}${s}`);
    return stem;
  };
  const roles = roleIds(taxonomy).map((id) => claim(id, 'role_', ROLE_SUFFIXES));
  const attributes = attributeIds(taxonomy).map((id) => claim(id, 'attr_', ['']));
  return { roles, attributes };
}

/**
 * The header of the claims CSV for `taxonomy`: article_id, title, source,
 * date, claim_id, frame; per role `<role>`, `<role>_type`, `<role>_subtype`,
 * `<role>_entity`; per attribute its id; note, coder, created_at,
 * updated_at, complete, members. A role or attribute id that would repeat a
 * column name is prefixed "role_" or "attr_" (a role "source": "role_source").
 */
export function claimsCsvColumns(taxonomy: Taxonomy): string[] {
  const { roles, attributes } = columnStems(taxonomy);
  return [
    ...CLAIMS_CSV_LEADING,
    ...roles.flatMap((stem) => ROLE_SUFFIXES.map((suffix) => `${stem}${suffix}`)),
    ...attributes,
    ...TRAILING,
  ];
}

/** The safe cells of one claim's row, in claimsCsvColumns order. */
function claimRow(
  data: HamishExport,
  article: HamishExport['articles'][number],
  claim: ExportedClaim,
): string[] {
  const frame = findFrame(data.taxonomy, claim.frame);
  const members = membersInRoleOrder(claim, frame);
  const resolved = resolvedMembers(claim, frame, annotationsById(article));
  const roleCells = roleIds(data.taxonomy).flatMap((role) => {
    const annotations = resolved.filter((m) => m.role === role).map((m) => m.annotation);
    const join = (values: string[]) => values.join(MEMBER_SEPARATOR);
    return [
      quoteCell(join(annotations.map((a) => a.quote))),
      textCell(join(annotations.map((a) => splitTag(a.tag).type))),
      textCell(join(annotations.map((a) => splitTag(a.tag).subtype ?? ''))),
      textCell(join(annotations.map((a) => entityName(data.entities, a.entityId, article.language)))),
    ];
  });
  return [
    textCell(article.id),
    textCell(article.title),
    textCell(article.source),
    textCell(article.date),
    textCell(claim.id),
    textCell(claim.frame),
    ...roleCells,
    ...attributeIds(data.taxonomy).map((id) => textCell(claim.attributes?.[id] ?? '')),
    textCell(claim.note ?? ''),
    textCell(claim.author ?? ''),
    textCell(claim.createdAt),
    textCell(claim.updatedAt),
    isComplete(claim, frame) ? 'yes' : 'no',
    textCell(members.map((m) => `${m.role}:${m.annotationId}`).join(MEMBER_SEPARATOR)),
  ];
}

/** The whole export's claims as CSV text (with BOM): a header row, then one row per claim, articles in order. */
export function buildClaimsCsv(data: HamishExport): string {
  const rows = [claimsCsvColumns(data.taxonomy)];
  for (const article of data.articles) {
    for (const claim of articleClaims(article)) rows.push(claimRow(data, article, claim));
  }
  return csvText(rows);
}
