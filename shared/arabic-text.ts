/**
 * Small Arabic-script utilities shared by main and renderer: how much of a
 * text is Arabic, the default language of an imported article, and the
 * language to record when a page declares one its text contradicts.
 */

const LETTER = /\p{L}/u;
/** Letters looked at by arabicShare; a long article's opening is representative enough. */
const SAMPLE_LIMIT = 100_000;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Share (0…1) of Arabic-script letters among the letters of `text` (its first 100,000 units); 0 when none. */
export function arabicShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const ch of text.slice(0, SAMPLE_LIMIT)) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
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
