/**
 * Coders (issue 20): who made an annotation or a claim. The coder is the
 * optional `author` field (kept under that name in storage and files); an
 * annotation or claim without one was made before coders existed and counts
 * as the local coder's (the preference `coder`, or the CLI's --coder).
 */

import { normalizeArabic } from './arabic-normalize';
import { MAX_CODER_NAME_LENGTH } from './schema/limits';

/** Anything that may name its coder: an annotation, a claim, an exported annotation. */
export interface Coded {
  author?: string | undefined;
}

/**
 * The coder of `a`: its `author` when it has a non-empty one, else
 * `localCoder` (work made before coders existed is the local coder's).
 */
export function coderOf(a: Coded, localCoder: string): string {
  return a.author !== undefined && a.author !== '' ? a.author : localCoder;
}

/**
 * The distinct coders of `annotations` (see coderOf), sorted by name
 * (`localeCompare`), the local coder first when any annotation is theirs.
 */
export function codersIn(annotations: Iterable<Coded>, localCoder: string): string[] {
  const names = new Set<string>();
  for (const a of annotations) names.add(coderOf(a, localCoder));
  return orderCoders(names, localCoder);
}

/**
 * Distinct coder `names` in the order codersIn gives: sorted by name
 * (`localeCompare`), `localCoder` first when it is among them.
 */
export function orderCoders(distinct: Iterable<string>, localCoder: string): string[] {
  const names = new Set(distinct);
  const hasLocal = names.delete(localCoder);
  const others = [...names].sort((x, y) => x.localeCompare(y));
  return hasLocal ? [localCoder, ...others] : others;
}

/** Bidirectional formatting characters (LRM/RLM/ALM aside): an unclosed one would reorder every line showing the name. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
/** Characters that show nothing: marks, joiners, the BOM and spaces. */
const INVISIBLE = /[\s\u061c\u200b-\u200f\u2060\ufeff]/gu;

/**
 * A coder's name as typed, made ready to store: trimmed (whitespace at both
 * ends, Arabic text untouched). Returns undefined when the result is empty,
 * shows nothing (only marks, joiners or spaces), is longer than
 * MAX_CODER_NAME_LENGTH UTF-16 units, or holds a control character or a
 * bidirectional embedding, override or isolate (U+202A–202E, U+2066–2069).
 */
export function cleanCoderName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_CODER_NAME_LENGTH) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(trimmed) || BIDI_CONTROLS.test(trimmed)) return undefined;
  if (trimmed.replace(INVISIBLE, '') === '') return undefined;
  return trimmed;
}

/**
 * The key two coder names are compared by when the app warns that a typed
 * name is like a colleague's (the layers themselves stay keyed by the exact
 * name): NFC, trimmed, each run of white space one space, then the Arabic
 * normaliser (shared/arabic-normalize: NFKC, harakat and tatweel dropped,
 * أ/إ/آ → ا, ى → ي, ة → ه, Latin lowercased), then lowercased (other
 * scripts' case). So «Omar», «omar », «OMAR» and «عمر» in NFD or with
 * harakat, «أحمد»/«احمد», «فاطمة»/«فاطمه» share a key. Works on UTF-16 text;
 * never throws.
 */
export function coderNameKey(name: string): string {
  const spaced = name.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return normalizeArabic(spaced).toLowerCase();
}
