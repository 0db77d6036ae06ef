/**
 * Claims in the W3C Web Annotation export: each claim is one Annotation with
 * motivation "linking" (the model's "to link a resource to another") whose
 * targets are its members' annotations, each a SpecificResource whose
 * `source` is the member annotation's IRI in the same collection
 * (`urn:uuid:<annotation id>`) and whose `hamish:role` names the role it
 * fills. The prefix `hamish:` is declared in the claim annotation's own
 * `@context` (the Web Annotation context plus `{"hamish": HAMISH_NAMESPACE}`),
 * so a JSON-LD processor reads the role as `https://hamish.app/ns#role`;
 * the W3C vocabulary has no term for a target's role (`purpose` takes
 * motivations only). Bodies: the frame id with purpose "tagging", the frame's
 * labels (Arabic, English) "describing", each attribute value
 * "classifying" as "<attribute>:<option>" ("stance:for"), the note
 * "commenting"; the coder is the `creator`. Members whose annotation the
 * export lacks are left out; a claim with no member left is not written (an
 * Annotation needs a target). Validated by shared/schema/web-annotation.schema.json.
 */

import type { ExportedArticle } from '../export-format';
import { scriptLanguage } from '../arabic-text';
import type { ExportedClaim } from '../schema/claim-schema';
import type { Taxonomy } from '../taxonomy';
import { findFrame } from '../claims';
import { annotationsById, resolvedMembers } from './claim-parts';
import { urnOf, W3C_CONTEXT, type W3cBody, type W3cClaimAnnotation } from './w3c-types';

/** The namespace of Hamish's own JSON-LD terms (the `hamish:` prefix). */
export const HAMISH_NAMESPACE = 'https://hamish.app/ns#';

/** A claim annotation's context: the Web Annotation context and the `hamish:` prefix. */
export const CLAIM_CONTEXT: [string, { hamish: string }] = [W3C_CONTEXT, { hamish: HAMISH_NAMESPACE }];

const textual = (purpose: W3cBody['purpose'], value: string, language?: string): W3cBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  ...(language === undefined ? {} : { language }),
});

/** The claim's bodies: frame, its labels, attribute values, note. */
function claimBodies(claim: ExportedClaim, taxonomy: Taxonomy): W3cBody[] {
  const frame = findFrame(taxonomy, claim.frame);
  const labels = (['ar', 'en'] as const).flatMap((lang) => {
    const value = frame?.label[lang].trim() ?? '';
    return value === '' ? [] : [textual('describing', value, lang)];
  });
  const attributes = Object.entries(claim.attributes ?? {}).map(([attribute, option]) =>
    textual('classifying', `${attribute}:${option}`),
  );
  const note =
    claim.note === undefined || claim.note === ''
      ? []
      : [textual('commenting', claim.note, scriptLanguage(claim.note))];
  return [textual('tagging', claim.frame), ...labels, ...attributes, ...note];
}

/**
 * The linking Annotation of `claim` (of `article`), or undefined when none of
 * its members' annotations is in the export. Targets follow the frame's role
 * order.
 */
export function toW3cClaim(
  article: ExportedArticle,
  claim: ExportedClaim,
  taxonomy: Taxonomy,
): W3cClaimAnnotation | undefined {
  const members = resolvedMembers(claim, findFrame(taxonomy, claim.frame), annotationsById(article));
  if (members.length === 0) return undefined;
  return {
    '@context': CLAIM_CONTEXT,
    id: urnOf(claim.id),
    type: 'Annotation',
    motivation: 'linking',
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...(claim.author ? { creator: { type: 'Person' as const, name: claim.author } } : {}),
    body: claimBodies(claim, taxonomy),
    target: members.map((m) => ({
      type: 'SpecificResource',
      source: urnOf(m.annotation.id),
      'hamish:role': m.role,
    })),
  };
}
