/**
 * The spelling-variant set of the search recall benchmark (B7): real words of
 * the corpus respelled the ways Arabic news text and analysts' queries differ
 * (hamza, ta marbuta, alif maqsura, tatweel, harakat, proclitics, Persian
 * ی/ک, Arabic-Indic digits), and the
 * articles each word must find, computed by scanning the normalised texts:
 * a plain word list built here, independently of the search index.
 */

import { normalizeArabic } from '../shared/arabic-normalize';
import { prng } from './corpus';

export type VariantKind =
  | 'hamza dropped'
  | 'hamza added'
  | 'ta marbuta as ha'
  | 'alif maqsura / ya'
  | 'tatweel'
  | 'harakat'
  | 'proclitic'
  | 'combined'
  | 'persian lookalikes'
  | 'arabic-indic digits';

/** One query: `word` (as the corpus spells it) respelled as `query`. */
export interface Variant {
  kind: VariantKind;
  word: string;
  query: string;
}

/** Splits text into words for the scan (spaces, punctuation, symbols). */
const SPLIT = /[\s\p{P}\p{S}]+/u;
const ARABIC_WORD = /^[\u0621-\u064A]{3,}$/u;
/** Letters that join the next one: tatweel is only ever drawn after these. */
const NON_JOINING = new Set([...'اأإآدذرزوؤةى']);
const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0652'];
const SHADDA = '\u0651';

/**
 * Every proclitic sequence a word can carry, built from the grammar rather
 * than from the index's list: an optional conjunction (و ف), an optional
 * preposition (ب ك ل) and an optional article (ال; ل + ال is written لل).
 */
export const PROCLITIC_SEQUENCES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const article of ['', 'ال']) {
        const seq = prep === 'ل' && article ? `${conj}لل` : `${conj}${prep}${article}`;
        if (seq) out.add(seq);
      }
  return [...out].sort((a, b) => b.length - a.length);
})();

/** Distinct words of `texts` matching `pattern` (default: Arabic, 3+ letters, no marks), sorted. */
export function vocabulary(texts: readonly string[], pattern = ARABIC_WORD): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.split(SPLIT)) if (pattern.test(w)) words.add(w);
  return [...words].sort();
}

/** The respellings of `word` of one kind, or null when the kind does not apply to it. */
function respell(kind: VariantKind, word: string, random: () => number): string | null {
  switch (kind) {
    case 'hamza dropped':
      return /[أإآ]/u.test(word) ? word.replace(/[أإآ]/gu, 'ا') : null;
    case 'hamza added':
      // The common misspelling of a hamzat wasl: "إستيطان", "الإستيطان".
      if (/^الا./u.test(word)) return `الإ${word.slice(3)}`;
      if (/^ا[^ل]/u.test(word)) return `أ${word.slice(1)}`;
      return null;
    case 'ta marbuta as ha':
      return word.endsWith('ة') ? `${word.slice(0, -1)}ه` : null;
    case 'alif maqsura / ya':
      if (word.endsWith('ى')) return `${word.slice(0, -1)}ي`;
      if (word.endsWith('ي')) return `${word.slice(0, -1)}ى`;
      return null;
    case 'tatweel': {
      const letters = [...word];
      const at = letters.findIndex((ch, i) => i < letters.length - 1 && !NON_JOINING.has(ch));
      if (at < 0) return null;
      letters.splice(at + 1, 0, 'ـ'.repeat(1 + Math.floor(random() * 2)));
      return letters.join('');
    }
    case 'harakat':
      return [...word]
        .map((ch) => {
          if (ch === 'ا' || ch === 'ى') return ch;
          const mark = HARAKAT[Math.floor(random() * HARAKAT.length)] ?? '';
          return random() < 0.15 ? ch + SHADDA + mark : ch + mark;
        })
        .join('');
    case 'proclitic': {
      const hasArticle = word.startsWith('ال');
      const options = hasArticle ? ['و', 'ف', 'ب', 'وب', 'ك', 'ل'] : ['و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال'];
      const p = options[Math.floor(random() * options.length)] ?? 'و';
      // ل before the article drops its alef: ل + الأسرى = للأسرى.
      if (hasArticle && p === 'ل') return `لل${word.slice(2)}`;
      return p + word;
    }
    case 'persian lookalikes':
      return /[يك]/u.test(word) ? word.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک') : null;
    case 'arabic-indic digits':
      return /^[0-9]+$/u.test(word)
        ? word.replace(/[0-9]/gu, (d) => String.fromCodePoint(0x0660 + Number(d)))
        : null;
    case 'combined': {
      const dropped = respell('hamza dropped', word, random);
      if (!dropped) return null;
      const marked = respell('harakat', dropped, random) ?? dropped;
      return `و${word.startsWith('ال') ? '' : 'ال'}${marked}`;
    }
  }
}

export const VARIANT_KINDS: readonly VariantKind[] = [
  'hamza dropped',
  'hamza added',
  'ta marbuta as ha',
  'alif maqsura / ya',
  'tatweel',
  'harakat',
  'proclitic',
  'combined',
  'persian lookalikes',
  'arabic-indic digits',
];

/** Up to `perKind` variants of each kind, from words of `vocab` picked by a seeded PRNG. */
export function buildVariants(vocab: readonly string[], perKind: number, seed: number): Variant[] {
  const random = prng(seed);
  const variants: Variant[] = [];
  for (const kind of VARIANT_KINDS) {
    // Numbers only take the digit respelling; words every other one.
    const eligible = vocab.filter(
      (w) => (kind === 'arabic-indic digits') === /^[0-9]+$/u.test(w) && respell(kind, w, () => 0) !== null,
    );
    const picked = new Set<string>();
    while (picked.size < Math.min(perKind, eligible.length)) {
      picked.add(eligible[Math.floor(random() * eligible.length)] ?? '');
    }
    for (const word of picked) {
      const query = respell(kind, word, random);
      if (query !== null && query !== word) variants.push({ kind, word, query });
    }
  }
  return variants;
}

/**
 * For each normalised word, the documents that mention it: as a whole word or
 * after any proclitic sequence. `docs` are (id, text) pairs; each distinct raw
 * word is normalised once.
 */
export function mentionMap(docs: Iterable<{ id: string; text: string }>): Map<string, Set<string>> {
  const normalised = new Map<string, string>();
  const mentions = new Map<string, Set<string>>();
  const note = (key: string, id: string) => {
    let set = mentions.get(key);
    if (!set) mentions.set(key, (set = new Set()));
    set.add(id);
  };
  for (const { id, text } of docs) {
    for (const raw of text.split(SPLIT)) {
      if (!raw) continue;
      let word = normalised.get(raw);
      if (word === undefined) normalised.set(raw, (word = normalizeArabic(raw)));
      note(word, id);
      for (const p of PROCLITIC_SEQUENCES) if (word.startsWith(p)) note(word.slice(p.length), id);
    }
  }
  return mentions;
}
