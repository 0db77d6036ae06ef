/**
 * Canonical text: what an imported article becomes, once and for all. NFC,
 * "\n" line endings, no control characters, runs of spaces folded, one block
 * per non-empty line joined by "\n". Block offsets are code points. Short
 * lines without closing punctuation are headings (as in typical news copy).
 */

import type { Block, BlockKind } from './model';
import { CodePointIndex, codePointLength } from './code-points';

export interface CanonicalText {
  text: string;
  blocks: Block[];
}

/** A line is a heading when it has at most this many words… */
const HEADING_MAX_WORDS = 12;
/** …and does not end like a sentence (Latin and Arabic punctuation, closing quotes). */
const SENTENCE_END = /[.!?:;,،؛؟…"”»)\]]$/u;
/** C0/C1 controls except tab and newline, plus BOM and other format noise that is never meaningful. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\uFFF9-\uFFFB]/gu;
const SPACES = /[\t \u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;

/** Classifies one trimmed, non-empty line. */
export function classifyLine(line: string, lineCount: number): { kind: BlockKind; body: string } {
  const quote = /^>\s*(.*)$/u.exec(line);
  if (quote) return { kind: 'quote', body: quote[1] ?? '' };
  const hashes = /^#{1,6}\s+(.*)$/u.exec(line);
  if (hashes) return { kind: 'heading', body: hashes[1] ?? '' };
  const words = line.split(' ').length;
  if (lineCount > 1 && words <= HEADING_MAX_WORDS && !SENTENCE_END.test(line)) {
    return { kind: 'heading', body: line };
  }
  return { kind: 'paragraph', body: line };
}

/** Line endings to "\n", controls removed, NFC, spaces folded, lines trimmed; empty lines dropped. */
function cleanLines(raw: string): string[] {
  // NFC after removing controls, so a control between a letter and its mark cannot leave it decomposed.
  return raw
    .replace(/\r\n?|\u2028|\u2029|\u0085/gu, '\n')
    .replace(CONTROL, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line.length > 0);
}

/** Joins classified lines into canonical text with code point offsets. */
function assemble(items: readonly { kind: BlockKind; body: string }[]): CanonicalText {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const { kind, body } of items) {
    const trimmed = body.trim();
    if (trimmed.length === 0) continue;
    if (parts.length > 0) offset += 1; // the "\n" between blocks
    const length = codePointLength(trimmed);
    blocks.push({ kind, start: offset, end: offset + length });
    parts.push(trimmed);
    offset += length;
  }
  return { text: parts.join('\n'), blocks };
}

/** Turns raw imported text into canonical text with blocks. Pure and deterministic. */
export function canonicalize(raw: string): CanonicalText {
  const lines = cleanLines(raw);
  return assemble(lines.map((line) => classifyLine(line, lines.length)));
}

/** A block whose kind is already known (from HTML or Markdown structure), text not yet canonical. */
export interface BlockInput {
  kind: BlockKind;
  text: string;
}

/**
 * Canonical text from blocks of known kind (no heading guess): each block is
 * cleaned like `canonicalize` does, a block spanning several lines becomes
 * several blocks of its kind, and empty blocks disappear.
 */
export function canonicalizeBlocks(inputs: readonly BlockInput[]): CanonicalText {
  return assemble(inputs.flatMap(({ kind, text }) => cleanLines(text).map((body) => ({ kind, body }))));
}

/** The text of each block, in order (for rendering one element per block). */
export function blockTexts(text: string, blocks: readonly Block[]): string[] {
  const index = new CodePointIndex(text);
  return blocks.map((b) => text.slice(index.toUtf16(b.start), index.toUtf16(b.end)));
}
