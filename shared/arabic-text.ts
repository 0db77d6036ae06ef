/**
 * Small Arabic-script utilities shared by main and renderer: how much of a
 * text is Arabic, the default language of an imported article, and the
 * language to record when a page declares one its text contradicts.
 */

const LETTER = /\p{L}/u;
/** Letters looked at by arabicShare; a long article's opening is representative enough. */
const SAMPLE_LIMIT = 100_000;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

const LATIN_LETTER = /\p{Script=Latin}/u;

/** How many letters `text` (its first 100,000 units) has, and how many of them are Arabic and Latin script. */
function scriptCounts(text: string): { letters: number; arabic: number; latin: number } {
  const counts = { letters: 0, arabic: 0, latin: 0 };
  for (const ch of text.slice(0, SAMPLE_LIMIT)) {
    if (!LETTER.test(ch)) continue;
    counts.letters++;
    if (ARABIC_LETTER.test(ch)) counts.arabic++;
    else if (LATIN_LETTER.test(ch)) counts.latin++;
  }
  return counts;
}

/** Share (0…1) of Arabic-script letters among the letters of `text` (its first 100,000 units); 0 when none. */
export function arabicShare(text: string): number {
  const { letters, arabic } = scriptCounts(text);
  return letters === 0 ? 0 : arabic / letters;
}

/** Default language of an article: "ar" when at least half of its letters are Arabic script, else "en". */
export function detectLanguage(text: string): 'ar' | 'en' {
  return arabicShare(text) >= 0.5 ? 'ar' : 'en';
}

/** Primary subtags of languages written in Arabic script. */
const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug']);

/**
 * The language to record for an imported text: `declared` (a language tag the
 * source states, e.g. a page's `lang="en-US"`, kept as given) unless the text's
 * script contradicts it, then detectLanguage(text). A WordPress theme that
 * declares "en-US" on an Arabic article gives "ar"; "fa" on Persian text and
 * "de" on German text are kept. With no declaration, detectLanguage(text).
 */
export function resolveLanguage(declared: string, text: string): string {
  const detected = detectLanguage(text);
  if (declared === '') return detected;
  const primary = declared.toLowerCase().split(/[-_]/u)[0] ?? '';
  return ARABIC_SCRIPT_LANGUAGES.has(primary) === (detected === 'ar') ? declared : detected;
}

/** Letters of Persian, Urdu and other Arabic-script languages that Arabic does not use (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ە). */
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06D2\u06D5]/u;
/** Words common in English and rare in the other Latin-script languages of the news analysts read. */
const ENGLISH_WORDS = new Set(
  'the and of to is are was were in on for with that this it not by from be has have will said'.split(' '),
);
/** Share of a note's letters one script must have for the note to count as written in it. */
const SCRIPT_MAJORITY = 0.8;

/**
 * The language of a short text (a note) told by its own script, or undefined
 * when unsure: "ar" when at least 80% of its letters are Arabic script and
 * none is a letter only Persian, Urdu or Kurdish use; "en" when at least 80%
 * are Latin and one of its words is a common English word; otherwise
 * (mixed, another script, another Latin-script language, no letters) undefined.
 */
export function scriptLanguage(text: string): 'ar' | 'en' | undefined {
  const { letters, arabic, latin } = scriptCounts(text);
  if (letters === 0) return undefined;
  if (arabic / letters >= SCRIPT_MAJORITY) return NON_ARABIC_LETTERS.test(text) ? undefined : 'ar';
  if (latin / letters < SCRIPT_MAJORITY) return undefined;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => ENGLISH_WORDS.has(w)) ? 'en' : undefined;
}
