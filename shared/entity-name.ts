/**
 * The name proposed for a new entity made from an annotation's text: the
 * quote without the proclitics of its first word (و ف ب ك ل, "لل"), so
 * "لخليل الحية" proposes "خليل الحية" and "وحماس" proposes "حماس". Which
 * proclitics go is decided as for snapping (procliticLength): a stem that
 * stands alone in the article, or one that starts with the article "ال",
 * or a proclitic written apart with a tatweel ("بـ").
 * Also the kind of entity an annotation's tag suggests.
 */

import type { EntityKind } from './schema/entity-schema';
import { CodePointIndex, sliceCodePoints } from './code-points';
import { snapSpan, type WordLookup } from './span-snap';

/** The entity kinds the default scheme's actor subtypes name. */
const KIND_OF_TAG: Readonly<Record<string, EntityKind>> = {
  'actor.person': 'person',
  'actor.organisation': 'organisation',
  'actor.state': 'state',
  'actor.armed-group': 'armed-group',
};

/** The kind of a new entity made from an annotation tagged `tag`: its actor subtype's, else "other". */
export function entityKindOfTag(tag: string): EntityKind {
  return KIND_OF_TAG[tag] ?? 'other';
}

/**
 * `quote` without its first word's proclitics, snapped as a whole-word
 * selection of a type that leaves proclitics out (snapSpan with `clitics`),
 * so a proclitic written apart goes too («لـ"حماس"» proposes "حماس"); the
 * trimmed quote when nothing would be left.
 */
export function proposeEntityName(quote: string, knownWords: WordLookup): string {
  const index = new CodePointIndex(quote);
  const span = snapSpan(index, 0, index.length, { clitics: true, knownWords });
  return (span ? sliceCodePoints(quote, span[0], span[1]) : '') || quote.trim();
}
