/**
 * The headline of a plain-text article: its first non-empty line, when that
 * line is followed by a blank line or is clearly shorter than the body's
 * paragraphs, whatever its word count (Arabic news headlines of 13–20 words
 * are common). The headline becomes the title and is taken out of the body,
 * so it is not shown twice.
 */

/** A first line at most this share of the body's median paragraph length is clearly shorter. */
const CLEARLY_SHORTER = 0.6;

export interface TextHeadline {
  /** The headline, trimmed ("" when the text has none). */
  title: string;
  /** The text without the headline line (the whole text when there is none). */
  body: string;
}

function medianLength(lines: readonly string[]): number {
  const sorted = lines.map((line) => line.length).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Splits `raw` (decoded text, any line endings) into headline and body.
 * Lengths are compared in UTF-16 units, which is enough for a ratio.
 */
export function splitHeadline(raw: string): TextHeadline {
  const lines = raw.replace(/\r\n?/gu, '\n').split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0) return { title: '', body: raw };
  const first = (lines[firstIndex] ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^#{1,6} /u, '')
    .normalize('NFC');
  const rest = lines.slice(firstIndex + 1);
  const paragraphs = rest.map((line) => line.trim()).filter((line) => line !== '');
  if (paragraphs.length === 0) return { title: '', body: raw };
  const median = medianLength(paragraphs);
  const blankAfter = (rest[0] ?? '').trim() === '';
  const isHeadline = first.length <= median && (blankAfter || first.length <= median * CLEARLY_SHORTER);
  return isHeadline ? { title: first, body: rest.join('\n') } : { title: '', body: raw };
}
