/**
 * Drops blocks that are known page furniture ("Photo", "Continue reading the
 * main story", "Media playback is unsupported on your device", comment
 * policies, "اقرأ أيضا"…). The list is data (boilerplate-lines.json), matched
 * after folding case, Arabic spelling variants (the search normaliser),
 * punctuation and spaces, so it can grow without touching code.
 */

import { normalizeArabic } from '../../../shared/arabic-normalize';
import type { BlockInput } from '../../../shared/canonical-text';
import list from './boilerplate-lines.json';
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

const LINES = new Set(list.lines.map(boilerplateKey));
const STARTS = list.starts.map(boilerplateKey);

/** True when `text` (one block) is a known furniture line. */
export function isBoilerplate(text: string): boolean {
  const key = boilerplateKey(text);
  if (key === '') return false;
  if (LINES.has(key)) return true;
  return wordCount(key) <= MAX_START_WORDS && STARTS.some((start) => key.startsWith(start));
}

/** `blocks` without the furniture lines (a block holding several lines is checked line by line). */
export function dropBoilerplate(blocks: readonly BlockInput[]): BlockInput[] {
  const kept: BlockInput[] = [];
  for (const block of blocks) {
    const lines = block.text.split('\n');
    const remaining = lines.filter((line) => !isBoilerplate(line));
    if (remaining.length === lines.length) kept.push(block);
    else if (remaining.some((line) => line.trim() !== '')) kept.push({ ...block, text: remaining.join('\n') });
  }
  return kept;
}
