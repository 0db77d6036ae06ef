/**
 * A claim as a sentence in the interface language ("حماس ← تطالب بـ تبادل
 * الأسرى ← من إسرائيل"): one part per role that holds members or must, in
 * the frame's order, each the role's phrase from the locale
 * (`claims.sentence.<frame>.<role>`, with the members' quotes in it), joined
 * by the locale's arrow. A required role left empty is a part marked
 * missing. A role without a phrase of its own (a frame the analyst added)
 * reads "role: quotes". Pure: the translate function is passed in.
 */

import type { TFunction } from 'i18next';
import type { ClaimMember } from '../../../shared/schema/claim-schema';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import { labelIn } from '../labels';

/** i18next's t (the app's, or one made in a test from the same locales). */
export type Translate = TFunction;

/** One role's piece of the sentence. */
export interface SentencePart {
  role: string;
  text: string;
  /** True for a required role with no member (the claim is incomplete). */
  missing: boolean;
}

/** An annotation as the sentence needs it: its quote and its tag ("actor.person"). */
export interface MemberText {
  quote: string;
  tag: string;
}

/**
 * The parts of the sentence `members` make in `frame`, in `language`.
 * `annotation(id)` gives a member's quote and tag (undefined: left out). The
 * sentence's grammar may follow the first member's subtype: a phrase has a
 * variant per subtype through i18next's context (`demand_person`: "يطالب").
 */
export function claimSentence(
  frame: FrameDefinition,
  members: readonly ClaimMember[],
  annotation: (id: string) => MemberText | undefined,
  t: Translate,
  language: string,
): SentencePart[] {
  const texts = (role: string) =>
    members
      .filter((m) => m.role === role)
      .map((m) => annotation(m.annotationId))
      .filter((a): a is MemberText => a !== undefined);
  const head = frame.roles.map((r) => texts(r.id)[0]).find((a) => a !== undefined);
  const context = head?.tag.split('.')[1];
  const parts: SentencePart[] = [];
  for (const role of frame.roles) {
    const found = texts(role.id);
    const label = labelIn(role.label, language);
    if (found.length === 0) {
      if (role.required)
        parts.push({ role: role.id, text: t('claims.sentence.missing', { role: label }), missing: true });
      continue;
    }
    const quotes = found.map((a) => a.quote).join(t('claims.sentence.and'));
    const text = t(`claims.sentence.${frame.id}.${role.id}`, {
      quotes,
      context,
      defaultValue: t('claims.sentence.generic', { role: label, quotes }),
    });
    parts.push({ role: role.id, text, missing: false });
  }
  return parts;
}

/** The whole sentence as one string (for titles and tests): the parts joined by the locale's separator. */
export function sentenceText(parts: readonly SentencePart[], t: Translate): string {
  return parts.map((p) => p.text).join(t('claims.sentence.separator'));
}
