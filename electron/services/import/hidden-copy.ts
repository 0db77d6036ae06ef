/**
 * Body copy hidden on a saved page: paragraphs of the article's region
 * (the parent of the page's main text container, see html-content) that are
 * hidden by themselves or by an ancestor (the `hidden` attribute,
 * aria-hidden="true", display:none or visibility:hidden in a style
 * attribute). Readability leaves such text out without a word, and so does
 * the block reader; the importer measures it before extraction and says in
 * the import report how many words of it the kept text lacks, so an analyst
 * knows to compare the article with the page ("read more" bodies collapsed
 * with display:none, a body copy marked aria-hidden but shown on screen).
 */

import { isHidden } from './html-blocks';
import { cleanText, wordCount, type MiniElement } from './html-dom';

/**
 * A hidden paragraph looks like body copy from this many words: a sentence,
 * not a label, a button or a one-line caption.
 */
export const MIN_HIDDEN_COPY_WORDS = 12;

/** True when `element` or one of its ancestors is hidden. */
function hiddenAt(element: MiniElement): boolean {
  for (let node: MiniElement | null = element; node; node = node.parentNode) {
    if (node.nodeType === 1 && isHidden(node)) return true;
  }
  return false;
}

/**
 * The texts (white space folded) of the hidden paragraphs of `region` that
 * look like body copy (at least MIN_HIDDEN_COPY_WORDS words each), in
 * document order; [] for a null region. `region` is the parent of the page's
 * main text container, measured before Readability changes the document: the
 * article's own block, where a collapsed rest of the body sits beside the
 * visible paragraphs; a modal or cookie banner elsewhere on the page is not in it.
 */
export function hiddenBodyCopy(region: MiniElement | null): string[] {
  if (!region) return [];
  const copy: string[] = [];
  for (const paragraph of Array.from(region.querySelectorAll('p'))) {
    const text = cleanText(paragraph.textContent);
    if (wordCount(text) >= MIN_HIDDEN_COPY_WORDS && hiddenAt(paragraph)) copy.push(text);
  }
  return copy;
}

/**
 * Words of the hidden body copy `copy` that the kept article lacks: the sum of
 * the word counts of the paragraphs whose text is not in `keptText` (compared
 * with white space folded; a hidden duplicate of a visible paragraph is kept
 * text, not lost).
 */
export function hiddenWordsLeftOut(copy: readonly string[], keptText: string): number {
  const kept = cleanText(keptText);
  return copy.filter((text) => !kept.includes(text)).reduce((sum, text) => sum + wordCount(text), 0);
}
