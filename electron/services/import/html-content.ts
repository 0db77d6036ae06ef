/**
 * Measures and tidies article content around Readability, never deciding for
 * it: `mainTextContainer` finds the page's main text by a stated measure (the
 * element with the most words in its own `<p>` children), used to notice when
 * an extraction came back much shorter; `removeFurnitureInside` takes page
 * furniture out of what Readability kept (captions, share bars, related
 * links), by whole class/id words, and never an element holding a large share
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
  'caption',
  'figcaption',
  'credit',
  'credits',
  'copyright',
]);
/** Elements that are furniture by tag (a photo's caption is not article text). */
const FURNITURE_TAGS = new Set(['FIGCAPTION']);
/** An element holding more than this share of the content's words is never removed as furniture. */
const MAX_FURNITURE_SHARE = 0.2;

function isFurniture(element: MiniElement): boolean {
  if (FURNITURE_TAGS.has(element.nodeName.toUpperCase())) return true;
  const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return name.split(/[\s_-]+/u).some((word) => FURNITURE_WORDS.has(word));
}

/**
 * Removes furniture elements inside `content` (Readability's result with its
 * classes kept). Returns the number of words removed.
 */
export function removeFurnitureInside(content: MiniElement): number {
  const total = wordCount(cleanText(content.textContent));
  let removed = 0;
  for (const element of Array.from(content.querySelectorAll('*'))) {
    if (!isFurniture(element)) continue;
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
