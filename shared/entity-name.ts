/**
 * The name proposed for a new entity made from an annotation's text: the
 * quote without the proclitics of its first word (و ف ب ك ل, "لل"), so
 * "لخليل الحية" proposes "خليل الحية" and "وحماس" proposes "حماس". Which
 * proclitics go is decided as for snapping (procliticLength): a stem that
 * stands alone in the article, or one that starts with the article "ال".
 * Also the kind of entity an annotation's tag suggests.
 */

import type { EntityKind } from './schema/entity-schema';
import { procliticUnits, type WordLookup } from './proclitics';

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

const FIRST_WORD = /^[\p{L}\p{M}\p{N}\u200c\u200d]+/u;

/** `quote` (trimmed) without its first word's proclitics; the whole quote when nothing would be left. */
export function proposeEntityName(quote: string, knownWords: WordLookup): string {
  const text = quote.trim();
  const word = FIRST_WORD.exec(text)?.[0] ?? '';
  const cut = word ? procliticUnits(word, knownWords) : 0;
  return text.slice(cut).trim() || text;
}
