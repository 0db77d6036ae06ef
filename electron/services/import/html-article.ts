/**
 * HTML import: builds a DOM in Node (linkedom), takes the page's metadata
 * (title, site name, author, published date, canonical URL, language), runs
 * @mozilla/readability to find the article among navigation and ads, and
 * reduces the result to blocks of plain text. No HTML is ever kept.
 */

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockInput } from '../../../shared/canonical-text';
import { isoDateSchema } from '../../../shared/schema/fields';
import { domToBlocks, type DomNode } from './html-blocks';

/** The part of linkedom's DOM this module uses (its own typings need the DOM lib, which main does not load). */
interface MiniElement extends DomNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface MiniDocument {
  documentElement: MiniElement | null;
  body: MiniElement | null;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
}

/** Class or id words of page furniture that Readability may keep inside an article (inline ads, bylines, share bars). */
const FURNITURE =
  /(^|[\s_-])(ads?|advert\w*|banner|sponsor\w*|promo\w*|share|social|related|newsletter|subscribe|cookie\w*|comments?|byline|dateline|breadcrumbs?|tags|outbrain|taboola)([\s_-]|$)/iu;

/** Removes elements whose class or id names them as furniture (never the body or the root). */
function removeFurniture(document: MiniDocument): void {
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const tag = element.nodeName.toUpperCase();
    if (tag !== 'BODY' && tag !== 'HTML' && FURNITURE.test(name)) element.remove();
  }
}

function parseDocument(html: string): MiniDocument {
  const parse = parseHTML as unknown as (markup: string) => { document: MiniDocument };
  return parse(html).document;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** What an imported document yields before it becomes canonical text. */
export interface ExtractedDocument {
  title: string;
  blocks: BlockInput[];
  source: string;
  author: string;
  date: string;
  url: string;
  /** Primary language subtag the page declares ("ar", "en"), or "". */
  language: string;
}

function metaContent(document: MiniDocument, selectors: string[]): string {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
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

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

/** Article text and metadata of an HTML page. */
export function extractHtmlArticle(html: string): ExtractedDocument {
  const document = parseDocument(html);
  const root = document.documentElement;
  const language = primaryLanguage(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang'));
  const url = safeUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      metaContent(document, ['meta[property="og:url"]']),
  );
  const ogTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const metaAuthor = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const metaDate =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
    ]) ||
    (document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  const fallbackTitle = clean(document.querySelector('title')?.textContent);
  removeFurniture(document);
  // Kept before Readability changes the document, for pages it cannot read.
  const fallbackBody = document.body ? domToBlocks(document.body) : [];

  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  let blocks = fallbackBody;
  if (parsed?.content) {
    const content = parseDocument(`<!doctype html><html><body>${parsed.content}</body></html>`);
    const extracted = content.body ? domToBlocks(content.body) : [];
    if (extracted.length > 0) blocks = extracted;
  }
  const title = clean(ogTitle) || clean(parsed?.title) || fallbackTitle;
  const [first] = blocks;
  if (first?.kind === 'heading' && clean(first.text) === title) blocks = blocks.slice(1);
  return {
    title,
    blocks,
    source: clean(parsed?.siteName) || metaContent(document, ['meta[property="og:site_name"]']),
    author: clean(parsed?.byline) || clean(metaAuthor),
    date: isoDate(parsed?.publishedTime ?? metaDate),
    url,
    language: language || primaryLanguage(parsed?.lang),
  };
}
