/**
 * Reads an article's text for indexing, in the search worker: the article
 * file (articles/<id>.json, written once and atomically, so it is read
 * without the library's locks) parsed, and its text kept only when it is a
 * string whose SHA-256 is the one the library lists. Anything else is left
 * out of the index: the library's start-up check reports and quarantines it.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../../../shared/model';
import type { FtsDoc } from './fts-store';

/** What the index was built from for one article: its text's hash, its title and its URL, NUL-separated. */
export const stampOf = (meta: Pick<ArticleMeta, 'textSha256' | 'title' | 'url'>): string =>
  `${meta.textSha256}\u0000${meta.title}\u0000${meta.url ?? ''}`;

/** The title a stamp was made with (`stampOf`); "" for a stamp of another shape. */
export const titleOfStamp = (stamp: string): string => stamp.split('\u0000')[1] ?? '';

/**
 * The text of the article `id` in the articles folder `articlesDir`
 * (articles/<id>.json, file name lower-cased as the library writes it), or ""
 * when the file is missing or unreadable: for a shown result's passage only.
 */
export function readArticleText(articlesDir: string, id: string): string {
  try {
    const text = (
      JSON.parse(readFileSync(join(articlesDir, `${id.toLowerCase()}.json`), 'utf8')) as { text?: unknown }
    ).text;
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

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
  let raw: string;
  try {
    raw = readFileSync(source.path, 'utf8');
  } catch {
    return null;
  }
  return articleDocOf(source, raw);
}

/** The article of `source` from its file's contents `raw`, or null when they are not JSON holding that text. */
export function articleDocOf(source: ArticleSource, raw: string): FtsDoc | null {
  let text: unknown;
  try {
    text = (JSON.parse(raw) as { text?: unknown }).text;
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
