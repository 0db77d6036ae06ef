/**
 * What a saved page says about itself, read before any heuristic: title,
 * site, author, publication date, canonical URL and language, from (in this
 * order) JSON-LD (NewsArticle and kin), Open Graph and article: tags,
 * RDFa/Dublin Core (`property="dc:date"`, `name="DC.date"`), microdata,
 * `<time datetime>`, a date written in the canonical URL, and only then (a
 * heuristic) a date line shown under the headline (html-date-line).
 */

import { isoDateSchema } from '../../../shared/schema/fields';
import { visibleDate } from './html-date-line';
import { cleanText, type MiniDocument } from './html-dom';

/** Metadata a page declares; "" for what it does not. */
export interface PageMetadata {
  title: string;
  source: string;
  author: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  /** Canonical URL, http(s) only. */
  url: string;
  /** Primary language subtag ("ar", "en"). */
  language: string;
  /** The page's summary of itself (og:description or description), not stored: used to find the lead. */
  description: string;
}

/** "2025-10-02T10:00:00Z", "2025-10-02", "Oct 2, 2025" → "2025-10-02"; "" when not a date. */
export function isoDate(value: string): string {
  const trimmed = value.trim();
  const direct = /^(\d{4}-\d{2}-\d{2})/u.exec(trimmed)?.[1];
  const candidate = direct ?? (trimmed ? new Date(trimmed) : null);
  // The schema's own check: Date.parse takes impossible days such as "2025-02-30".
  if (typeof candidate === 'string') return isoDateSchema.safeParse(candidate).success ? candidate : '';
  if (!candidate || Number.isNaN(candidate.getTime())) return '';
  return candidate.toISOString().slice(0, 10);
}

/** Only http(s) URLs are kept as metadata (never javascript:, data: and the like). */
export function safeUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** The primary subtag ("ar" of "ar-EG" or "ar_EG") of a declared language, or "" when it is not one. */
export function primaryLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return /^[a-z]{2,3}$/u.test(primary) ? primary : '';
}

/** A date in a URL path: /2019/02/08/, /2019-02-08, /20190208, /2013/section/8/3/ (years 1990–2099 only). */
export function dateInUrl(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const match =
    /(?:^|\/|[^\d])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-]|\D)/u.exec(
      path,
    ) ??
    /(?:^|\/|[^\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|\/|[^\d])/u.exec(path) ??
    // A section between the year and the day: /2013/middle_east/8/3/ (CNN Arabic).
    /\/((?:19|20)\d{2})\/[a-z][a-z_-]*\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//iu.exec(path);
  if (!match) return '';
  const [, y, m, d] = match;
  const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  return isoDate(iso) === iso && iso >= '1990-01-01' ? iso : '';
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ARTICLE_TYPE =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage|LiveBlogPosting)$/u;

/** A JSON-LD scalar as text ("" for objects and arrays). */
function scalar(value: Json | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The @type values of a JSON-LD node. */
function typesOf(node: Record<string, Json>): string[] {
  return ([] as Json[]).concat(node['@type'] ?? []).map(scalar);
}

/** The first JSON-LD object of an article type (looking inside arrays and @graph). */
function findArticle(node: Json): Record<string, Json> | null {
  if (Array.isArray(node)) {
    const found = node.map(findArticle).filter((x) => x !== null);
    // An article type beats a generic WebPage.
    return found.find((x) => !typesOf(x).includes('WebPage')) ?? found[0] ?? null;
  }
  if (!node || typeof node !== 'object') return null;
  if (typesOf(node).some((t) => ARTICLE_TYPE.test(t))) return node;
  return node['@graph'] ? findArticle(node['@graph']) : null;
}

/** A name from a JSON-LD value: a string, `{ name }`, or a list of them (joined with ", "). */
function nameOf(value: Json | undefined): string {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  if (value && typeof value === 'object') return nameOf(value['name']);
  return '';
}

function urlOf(value: Json | undefined): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return urlOf(value['@id'] ?? value['url']);
  return '';
}

function jsonLd(document: MiniDocument): Partial<PageMetadata> {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, '')) as Json;
    } catch {
      continue;
    }
    const article = findArticle(data);
    if (!article) continue;
    return {
      title: nameOf(article['headline']) || nameOf(article['name']),
      date: isoDate(scalar(article['datePublished']) || scalar(article['dateCreated'])),
      author: nameOf(article['author']),
      source: nameOf(article['publisher']),
      url: safeUrl(urlOf(article['mainEntityOfPage']) || urlOf(article['url'])),
    };
  }
  return {};
}

/** The first non-empty value among `selectors` (the `content` attribute, else the text). */
function first(document: MiniDocument, selectors: readonly string[], attribute = 'content'): string {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = cleanText(element?.getAttribute(attribute) ?? element?.textContent);
    if (value) return value;
  }
  return '';
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  '[property~="dc:date"]',
  '[property~="dcterms:created"]',
  '[property~="dc:created"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="sailthru.date"]',
];

/** Metadata the page declares about itself; `fallbackUrl` is used for a date when there is no canonical URL. */
export function readPageMetadata(document: MiniDocument): PageMetadata {
  const ld = jsonLd(document);
  const root = document.documentElement;
  const url =
    safeUrl(first(document, ['link[rel="canonical"]'], 'href')) ||
    safeUrl(first(document, ['meta[property="og:url"]'])) ||
    (ld.url ?? '');
  const timeDate = first(document, ['article time[datetime]', 'time[datetime]'], 'datetime');
  const date =
    (ld.date ?? '') ||
    isoDate(first(document, DATE_SELECTORS)) ||
    isoDate(first(document, ['[itemprop="datePublished"]'], 'datetime')) ||
    isoDate(timeDate) ||
    dateInUrl(url) ||
    // The one heuristic, after every declared source: a date line shown under the headline.
    visibleDate(document);
  return {
    title:
      first(document, ['meta[property="og:title"]']) ||
      (ld.title ?? '') ||
      first(document, ['meta[name="twitter:title"]', '[property~="dc:title"]', 'meta[name="DC.title"]']),
    source: first(document, ['meta[property="og:site_name"]']) || (ld.source ?? ''),
    author:
      (ld.author ?? '') ||
      first(document, ['meta[name="author"]', 'meta[property="article:author"]', '[property~="dc:creator"]']),
    date,
    url,
    language: primaryLanguage(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang')),
    description: first(document, ['meta[property="og:description"]', 'meta[name="description"]']),
  };
}
