/**
 * Measures and tidies article content around Readability, never deciding for
 * it: `mainTextContainer` finds the page's main text by a stated measure (the
 * element with the most words in its own `<p>` children), used to notice when
 * an extraction came back much shorter; `removeFurnitureInside` takes page
 * furniture out of what Readability kept (captions, share bars, related
 * links; a short line beside the photo of a photo holder), by whole class/id
 * words, and never an element holding a large share
 * of the article's text.
 */

import { cleanText, wordCount, type MiniElement } from './html-dom';

/** Class or id words (split at spaces, "-" and "_") of furniture kept inside an article. */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsense',
  'banner',
  'sponsor',
  'sponsored',
  'promo',
  'share',
  'sharing',
  'shares',
  'social',
  'socials',
  'related',
  'newsletter',
  'subscribe',
  'subscription',
  'paywall',
  'cookie',
  'cookies',
  'comment',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'outbrain',
  'taboola',
  'credit',
  'credits',
  'copyright',
  'tag',
  'tags',
  'widget',
  'sidebar',
  'footer',
  'author',
  'bio',
  'meta',
  'popup',
  'modal',
  'nav',
  'navigation',
  'menu',
  'pagination',
  'rating',
  'print',
  'login',
  'signup',
  'recommended',
  'recommendations',
  'disclosure',
]);
/** Class names that describe a state of the element rather than what it is. */
const MODIFIER = /^(has|with|is|not)[_-]/u;
/** Class words of a photo's caption, and its tag. */
const CAPTION_WORDS = new Set(['caption', 'figcaption', 'wp-caption-text']);
/**
 * A caption of at most this many words is a credit or a label ("Getty Images",
 * "Bild: Jahr Media") and is dropped; a longer one describes the scene in the
 * article's own words and is kept, as Readability keeps it.
 */
const MAX_CAPTION_WORDS = 8;
/** An element holding more than this share of the content's words is never removed as furniture. */
const MAX_FURNITURE_SHARE = 0.2;

/** Class words of an element that holds a photo (its short text beside the <img> is the caption). */
const PHOTO_HOLDER_WORDS = new Set(['image', 'img', 'photo', 'pic', 'picture', 'thumb', 'thumbnail']);

/** Class and id words of `element` (split at spaces, "-" and "_"), without state names. */
function classWords(element: MiniElement): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/\s+/u);
  // "has-sharing", "with-comments", "is-related": a state of the element, not what it is.
  return names.filter((name) => !MODIFIER.test(name)).flatMap((name) => name.split(/[_-]+/u));
}

/** A line of text that sits beside the photo in a photo holder ("article_image": img, then a caption div). */
function isBesidePhoto(element: MiniElement): boolean {
  const holder = element.parentNode;
  if (!holder?.getAttribute || element.querySelectorAll('p, div, img').length > 0) return false;
  return (
    classWords(holder).some((word) => PHOTO_HOLDER_WORDS.has(word)) &&
    holder.querySelectorAll('img').length > 0
  );
}

function isFurniture(element: MiniElement): boolean {
  const words = classWords(element);
  if (words.some((word) => FURNITURE_WORDS.has(word))) return true;
  const caption =
    element.nodeName.toUpperCase() === 'FIGCAPTION' ||
    words.some((w) => CAPTION_WORDS.has(w)) ||
    isBesidePhoto(element);
  return caption && wordCount(cleanText(element.textContent)) <= MAX_CAPTION_WORDS;
}

/** Elements that hold one line of text: when all of it is a link, it points elsewhere (related articles). */
const LINE_ELEMENTS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd';
/** A line that is all link is furniture only up to this many words. */
const MAX_LINK_LINE_WORDS = 20;
/** Share of a line's characters inside links from which it counts as all link. */
const LINK_LINE_SHARE = 0.9;

/**
 * Words of text outside the links of a line that still make it a link line:
 * a lead-in label before a teaser link ("Mire:", "Siehe auch", "Read more:",
 * "اقرأ أيضا:"), not a sentence about the link.
 */
const MAX_LABEL_WORDS = 2;

function isLinkLine(element: MiniElement): boolean {
  const text = cleanText(element.textContent);
  const links = Array.from(element.querySelectorAll('a')).map((link) => cleanText(link.textContent));
  const linked = links.reduce((sum, link) => sum + link.length, 0);
  if (text.length === 0 || linked === 0) return false;
  // A label and teaser links: what is left once the links' texts are taken out is a word or two.
  const rest = links.reduce((left, link) => (link ? left.replace(link, ' ') : left), text);
  const labelled = wordCount(rest) <= MAX_LABEL_WORDS;
  // Several teaser links under one label ("Siehe auch" and a list) may run longer than one line.
  if (labelled && links.length >= 2) return true;
  if (wordCount(text) > MAX_LINK_LINE_WORDS) return false;
  return labelled || linked >= text.length * LINK_LINE_SHARE;
}

/**
 * Removes furniture elements inside `content` (Readability's result with its
 * classes kept). Returns the number of words removed.
 */
export function removeFurnitureInside(content: MiniElement): number {
  const total = wordCount(cleanText(content.textContent));
  let removed = 0;
  for (const element of Array.from(content.querySelectorAll('*'))) {
    if (!isFurniture(element) && !(element.matches(LINE_ELEMENTS) && isLinkLine(element))) continue;
    const words = wordCount(cleanText(element.textContent));
    if (words > total * MAX_FURNITURE_SHARE) continue;
    removed += words;
    element.remove();
  }
  return removed;
}

/** The page's main text: the element whose own `<p>` children hold the most words, with that count. */
export function mainTextContainer(root: MiniElement): { element: MiniElement | null; words: number } {
  const perParent = new Map<MiniElement, number>();
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const parent = p.parentNode;
    if (!parent) continue;
    perParent.set(parent, (perParent.get(parent) ?? 0) + wordCount(cleanText(p.textContent)));
  }
  let best: { element: MiniElement | null; words: number } = { element: null, words: 0 };
  for (const [element, words] of perParent) if (words > best.words) best = { element, words };
  return best;
}

/** Characters of the page's description that must open the lead element. */
const LEAD_PREFIX = 50;

/**
 * The lead (standfirst) shown on the page: the text of the innermost element
 * that opens with the page's own description (`description`, from its meta
 * tags) and is not much longer than it; "" when the page does not show it.
 */
export function leadParagraph(root: MiniElement, description: string): string {
  const wanted = cleanText(description).replace(/(\.\.\.|…)$/u, '');
  if (wanted.length < LEAD_PREFIX) return '';
  const prefix = wanted.slice(0, LEAD_PREFIX);
  let lead = '';
  for (const element of Array.from(root.querySelectorAll('p, div, span, h2, h3, strong, section, header'))) {
    const text = cleanText(element.textContent);
    if (text.startsWith(prefix) && text.length <= wanted.length * 2 + 20) lead = text;
  }
  return lead;
}
