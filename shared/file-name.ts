/**
 * Default file names that every system accepts: the one place where a
 * title becomes the name proposed in a save dialog (Hamish JSON, W3C, CSV,
 * brat folder). Safe on Windows, macOS and Linux: no characters Windows
 * forbids (< > : " / \ | ? *) or controls, no bidi controls that make a
 * name read differently from what it is (U+202E "…exe.txt" spoofing), no
 * leading or trailing dots and spaces, no name of only dots, no Windows
 * reserved device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any
 * extension, also COM0/LPT0, superscript digits ¹²³, CONIN$ and CONOUT$),
 * and at most MAX_STEM_GRAPHEMES characters and MAX_FILE_NAME_BYTES bytes
 * of UTF-8 without splitting a character
 * (https://learn.microsoft.com/windows/win32/fileio/naming-a-file).
 */

/** Longest default file name, in UTF-8 bytes (ext4 and APFS allow 255; room for " (2)" and the like). */
export const MAX_FILE_NAME_BYTES = 200;
/** Longest stem taken from a title, in grapheme clusters (user-perceived characters). */
export const MAX_STEM_GRAPHEMES = 80;

/** Characters Windows forbids in names, and C0/C1 controls. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/gu;
/** Bidi controls (ALM, LRM, RLM, LRE…RLO, LRI…PDI), BOM and interlinear annotation marks. */
const INVISIBLE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/gu;
/** Device names Windows reserves whatever follows the first dot. */
const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/iu;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();
const bytes = (text: string): number => encoder.encode(text).length;

/** Spaces folded, forbidden and invisible characters gone, dots and spaces trimmed at both ends. */
function cleanStem(title: string): string {
  return title
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** `stem` cut, at a grapheme boundary, to at most MAX_STEM_GRAPHEMES graphemes and `max` UTF-8 bytes. */
function cut(stem: string, max: number): string {
  let out = '';
  let count = 0;
  for (const { segment } of graphemes.segment(stem)) {
    if (++count > MAX_STEM_GRAPHEMES || bytes(out + segment) > max) break;
    out += segment;
  }
  return out;
}

/**
 * A default file name for `title` ending in `extension` (".csv",
 * ".hamish.json", or "" for a folder): the title cleaned as described in
 * this module's header, cut to MAX_STEM_GRAPHEMES grapheme clusters and to
 * fit MAX_FILE_NAME_BYTES with the extension (never inside a character), with "_"
 * after a reserved device name; `fallback` (itself safe) when nothing is
 * left of the title.
 */
export function safeFileName(title: string, extension: string, fallback: string): string {
  let stem = cleanStem(cut(cleanStem(title), MAX_FILE_NAME_BYTES - bytes(extension) - 1));
  if (stem === '') stem = fallback;
  const [first = ''] = stem.split('.');
  if (RESERVED.test(first.trim())) stem = `${first}_${stem.slice(first.length)}`;
  return `${stem}${extension}`;
}
