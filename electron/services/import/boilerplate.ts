/**
 * Drops blocks that are known page furniture ("Photo", "Continue reading the
 * main story", "Media playback is unsupported on your device", comment
 * policies, "اقرأ أيضا"…). The list is data (boilerplate-lines.json), matched
 * after folding case, Arabic spelling variants (the search normaliser),
 * punctuation and spaces, so it can grow without touching code. A line of
 * symbols alone (no letter or digit) is dropped too.
 */

import { normalizeArabic } from '../../../shared/arabic-normalize';
import type { BlockInput } from '../../../shared/canonical-text';
import list from './boilerplate-lines.json' with { type: 'json' };
import { cleanText, wordCount } from './html-dom';

/** A block starting with one of the `starts` entries is furniture only when it has at most this many words. */
const MAX_START_WORDS = 12;

/** Case, Arabic variants, colons, dashes and other punctuation at the ends and inner spaces folded. */
export function boilerplateKey(text: string): string {
  return normalizeArabic(cleanText(text))
    .toLowerCase()
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\s]+$/gu, '')
    .replace(/\s+/gu, ' ');
}

/** A block containing one of the `shortContaining` entries is furniture only when it has at most this many words. */
const MAX_CREDIT_WORDS = 30;

/** A block starting with one of the `policyStarts` entries is furniture only when it has at most this many words. */
const MAX_POLICY_WORDS = 80;

const LINES = new Set(list.lines.map(boilerplateKey));
const POLICY_STARTS = list.policyStarts.map(boilerplateKey);
const STARTS = list.starts.map(boilerplateKey);
const CONTAINING = list.shortContaining.map((entry) => normalizeArabic(entry).toLowerCase());

/** True when `text` (one block) is a known furniture line. */
export function isBoilerplate(text: string): boolean {
  const key = boilerplateKey(text);
  // A line of symbols alone ("-->" a CMS left in the body, "* * *", "•") holds no text to read or annotate.
  if (key === '') return !/[\p{L}\p{N}]/u.test(text) && text.trim() !== '';
  if (LINES.has(key)) return true;
  const words = wordCount(key);
  if (words <= MAX_START_WORDS && STARTS.some((start) => key.startsWith(start))) return true;
  if (words <= MAX_POLICY_WORDS && POLICY_STARTS.some((start) => key.startsWith(start))) return true;
  const folded = normalizeArabic(text).toLowerCase();
  return words <= MAX_CREDIT_WORDS && CONTAINING.some((entry) => folded.includes(entry));
}

/** `blocks` without the furniture lines (a block holding several lines is checked line by line). */
export function dropBoilerplate(blocks: readonly BlockInput[]): BlockInput[] {
  const kept: BlockInput[] = [];
  for (const block of blocks) {
    const lines = block.text.split('\n');
    const remaining = lines.filter((line) => !isBoilerplate(line));
    if (remaining.length === lines.length) kept.push(block);
    else if (remaining.some((line) => line.trim() !== ''))
      kept.push({ ...block, text: remaining.join('\n') });
  }
  return kept;
}

/** A closing section is dropped only while it holds at most this share of the article's words. */
const MAX_TAIL_SHARE = 0.2;

/**
 * Drops a closing section that is furniture: a heading near the end followed
 * only by blocks that are each the text of a link (related articles, "more on
 * this") or by nothing. `isLink` says whether a block's text is a link's text.
 */
export function dropClosingSection(
  blocks: readonly BlockInput[],
  isLink: (text: string) => boolean,
): BlockInput[] {
  const words = blocks.map((block) => wordCount(block.text));
  const total = words.reduce((a, b) => a + b, 0);
  let cut = blocks.length;
  let tail = 0;
  for (let i = blocks.length - 1; i > 0; i--) {
    const block = blocks[i];
    if (!block || (block.kind !== 'heading' && !isLink(block.text))) break;
    tail += words[i] ?? 0;
    if (tail > total * MAX_TAIL_SHARE) break;
    if (block.kind === 'heading') cut = i;
  }
  return blocks.slice(0, cut);
}
