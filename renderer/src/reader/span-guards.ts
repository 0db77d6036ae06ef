/**
 * Small rules the reader applies before it sends an edit: no twins (the same
 * span and tag as an annotation already shown selects that one and says so,
 * see shared/twins.ts), and attaching an orphaned annotation to the current
 * selection (its quote and context are taken again from the text), and the
 * entity proposed from an annotation's text (its proclitics left out).
 */

import type { CodePointIndex } from '../../../shared/code-points';
import { entityKindOfTag, proposeEntityName } from '../../../shared/entity-name';
import { directionOf, type Annotation, type EntityInput } from '../../../shared/model';
import type { WordLookup } from '../../../shared/proclitics';
import { snapSpan } from '../../../shared/span-snap';
import { findTag, type Taxonomy } from '../../../shared/taxonomy';
import { findTwin, type SpanAndTag } from '../../../shared/twins';
import { localCoder } from '../coders/local-coder';
import { i18next } from '../i18n/i18n';
import type { StatusMessage } from '../status';
import { tagTitle } from './AnnotationEditor';

/** Annotations anchored in the text (orphans have no place in it). */
export const usable = (list: readonly Annotation[]): Annotation[] => list.filter((a) => !a.orphaned);

/**
 * The shown annotation `candidate` would twin (same span, tag and coder;
 * `coder`, default the local coder, is the candidate's and that of the
 * annotations without `author`), with the status line's words for it; null when none.
 */
export function twinOf(
  annotations: readonly Annotation[],
  taxonomy: Taxonomy,
  candidate: SpanAndTag,
  coder = localCoder(),
): { twin: Annotation; message: StatusMessage } | null {
  const twin = findTwin(usable(annotations), candidate, coder);
  if (!twin) return null;
  const found = findTag(taxonomy, candidate.tag);
  const tag = found ? tagTitle(found, i18next.language) : candidate.tag;
  return { twin, message: { kind: 'info', key: 'annotate.twin', params: { tag } } };
}

/** The span (code points) an orphan is attached to: the selection, graphemes whole and edges trimmed. */
export function attachSpan(
  index: CodePointIndex,
  selection: { start: number; end: number },
): { start: number; end: number } | null {
  const span = snapSpan(index, selection.start, selection.end, { words: false });
  return span ? { start: span[0], end: span[1] } : null;
}

/** A new entity named after `a`'s text without proclitics, in the article's script (see proposeEntityName). */
export function entityFrom(a: Annotation, articleLanguage: string, knownWords: WordLookup): EntityInput {
  const arabic = directionOf(articleLanguage) === 'rtl';
  const name = proposeEntityName(a.quote, knownWords);
  return {
    name: { ar: arabic ? name : '', en: arabic ? '' : name },
    kind: entityKindOfTag(a.tag),
    aliases: [],
  };
}
