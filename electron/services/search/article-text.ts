/**
 * Reads an article's text for indexing, in the search worker: the article
 * file (articles/<id>.json, written once and atomically, so it is read
 * without the library's locks) parsed, and its text kept only when it is a
 * string whose SHA-256 is the one the library lists. Anything else is left
 * out of the index: the library's start-up check reports and quarantines it.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FtsDoc } from './fts-store';

/** One article to index from its file: where it is and what its text must hash to. */
export interface ArticleSource {
  id: string;
  stamp: string;
  title: string;
  path: string;
  /** SHA-256 (hex) of the canonical text, as the library lists it. */
  sha256: string;
  /** The article's URL as listed (none: ""). */
  url?: string;
}

/** The article of `source` as a document to index, or null when its file is missing, unreadable or not that text. */
export function readArticleDoc(source: ArticleSource): FtsDoc | null {
  let text: unknown;
  try {
    text = (JSON.parse(readFileSync(source.path, 'utf8')) as { text?: unknown }).text;
  } catch {
    return null;
  }
  if (typeof text !== 'string') return null;
  if (createHash('sha256').update(text, 'utf8').digest('hex') !== source.sha256) return null;
  return {
    id: source.id,
    stamp: source.stamp,
    title: source.title,
    text,
    ...(source.url ? { url: source.url } : {}),
  };
}
