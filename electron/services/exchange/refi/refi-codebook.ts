/**
 * The tag scheme as a REFI-QDA codebook: each type a codable Code, its
 * subtypes nested Codes inside it, with the scheme's colours. A code is
 * named by its Arabic label (the English one when there is none); its
 * Description keeps both labels ("ar: …", "en: …") and the tag id
 * ("hamish-tag: …"), one a line, so an import recognises the tag and its
 * labels even when another tool renamed the code.
 * Shortcut keys and the proclitics switch have no place in REFI and are lost.
 */

import type { Label, Taxonomy } from '../../../../shared/taxonomy';
import { AppFailure } from '../../../../shared/result';
import { refiGuid } from './refi-ids';
import { buildXml, CODEBOOK_NAMESPACE, type XmlNode } from './refi-xml';

/** The Description lines of a Hamish code: its tag id and its labels. */
export const DESCRIPTION_LINES = { tag: 'hamish-tag: ', ar: 'ar: ', en: 'en: ' } as const;

/** The GUID of the code of tag `tagId` ("actor", "demand.prisoners"): the same in every export. */
export function codeGuid(tagId: string): string {
  return refiGuid('code', tagId);
}

/** A code's name: the Arabic label, else the English one, else the tag id. */
export function codeName(label: Label, tagId: string): string {
  return label.ar.trim() || label.en.trim() || tagId;
}

function codeOf(tagId: string, label: Label, color: string, inner: XmlNode[]): XmlNode {
  const lines = [
    ...(label.ar.trim() ? [`${DESCRIPTION_LINES.ar}${label.ar}`] : []),
    ...(label.en.trim() ? [`${DESCRIPTION_LINES.en}${label.en}`] : []),
    `${DESCRIPTION_LINES.tag}${tagId}`,
  ];
  return {
    '@_guid': codeGuid(tagId),
    '@_name': codeName(label, tagId),
    '@_isCodable': 'true',
    '@_color': color,
    Description: { '#text': lines.join('\n') },
    ...(inner.length > 0 ? { Code: inner } : {}),
  };
}

/** The Code elements of `taxonomy` (one per type, its subtypes inside); empty for an empty scheme. */
export function codesOf(taxonomy: Taxonomy): XmlNode[] {
  return taxonomy.types.map((type) =>
    codeOf(
      type.id,
      type.label,
      type.color,
      type.subtypes.map((sub) => codeOf(`${type.id}.${sub.id}`, sub.label, sub.color, [])),
    ),
  );
}

/**
 * A .qdc codebook file (QDA-XML codebook namespace) of `taxonomy`, written
 * by `origin` ("Hamish 0.1.0"). Fails with 'invalid-argument' for a scheme
 * without types: a codebook must hold at least one code.
 */
export function buildCodebook(taxonomy: Taxonomy, origin: string): string {
  const codes = codesOf(taxonomy);
  if (codes.length === 0) {
    throw new AppFailure('invalid-argument', 'The tag scheme has no tags to write as a codebook', {
      field: 'taxonomy',
    });
  }
  return buildXml('CodeBook', CODEBOOK_NAMESPACE, { '@_origin': origin, Codes: { Code: codes } });
}

/** What a code's Description says of the Hamish tag it stands for (fields absent when it does not say). */
export function readDescription(description: string): { tag?: string; ar?: string; en?: string } {
  const found: { tag?: string; ar?: string; en?: string } = {};
  for (const line of description.split(/\r?\n/u)) {
    for (const [key, prefix] of Object.entries(DESCRIPTION_LINES) as [keyof typeof found, string][]) {
      if (line.startsWith(prefix)) found[key] = line.slice(prefix.length).trim();
    }
  }
  return found;
}
