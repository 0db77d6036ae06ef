/**
 * The article's title from what a page says it is called: the declared or
 * <title> text, without the site's name around it. A site name is cut when it
 * is known (og:site_name, JSON-LD publisher) or when the rest of the title is
 * exactly a headline the page shows (an <h1>): "المدينة نيوز - أميركا :50 الفا…"
 * with <h1>أميركا :50 الفا…</h1> is that headline, whatever the site is called.
 */

import { cleanText, wordCount, type MiniDocument } from './html-dom';

/** Separators between a title and a site name. */
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » ', ' · ', ' • '];
/** A site name (what the separator leaves beside a headline) has at most this many words. */
const MAX_SITE_WORDS = 6;

/** The title without a leading or trailing "Site | " / " - Site" when the site's name is known. */
export function withoutSiteName(title: string, source: string): string {
  if (!source) return title;
  for (const separator of SEPARATORS) {
    if (title.endsWith(`${separator}${source}`))
      return title.slice(0, -(separator.length + source.length)).trim();
    if (title.startsWith(`${source}${separator}`))
      return title.slice(source.length + separator.length).trim();
  }
  return title;
}

/** The texts of the page's `<h1>` elements and schema.org headline (read before Readability changes the document). */
export function pageHeadlines(document: MiniDocument): string[] {
  return Array.from(document.querySelectorAll('h1, [itemprop="headline"]'))
    .map((h1) => cleanText(h1.textContent))
    .filter((text) => text !== '');
}

/**
 * `title` cut to the headline it wraps: when `title` is one of `headlines`
 * with a separator and a short site name before or after it, that headline;
 * otherwise `title` unchanged.
 */
export function headlineInTitle(title: string, headlines: readonly string[]): string {
  const clean = cleanText(title);
  for (const headline of headlines) {
    if (headline === clean || wordCount(headline) < 2) continue;
    const rest = clean.startsWith(headline)
      ? clean.slice(headline.length)
      : clean.endsWith(headline)
        ? clean.slice(0, clean.length - headline.length)
        : null;
    if (rest === null) continue;
    const separator = SEPARATORS.find((s) => rest.startsWith(s.trimEnd()) || rest.endsWith(s.trimStart()));
    const site = rest.replace(/^[\s|\-–—:«»·•]+|[\s|\-–—:«»·•]+$/gu, '');
    if (separator && site !== '' && wordCount(site) <= MAX_SITE_WORDS) return headline;
  }
  return title;
}
