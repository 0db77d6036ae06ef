/**
 * A saved page that holds several articles (an infinite-scroll site saved
 * after the next stories loaded below, each in its own `<article>`) is cut
 * to the page's own article before Readability runs: the `<article>` whose
 * heading is the title the page declares. Readability alone keeps whichever
 * story is longest, so such a page came in with its own title and URL over
 * the next story's text. Only whole other `<article>` elements are removed,
 * and only when exactly one of them is headed by the page's title and holds
 * a story (MIN_STORY_WORDS); any other page is left whole. The corpus test
 * proves it against plain Readability on every page.
 */

import { cleanText, wordCount, type MiniDocument, type MiniElement } from './html-dom';

/** A heading names the page's title when it has at least this many words (one word names too much). */
const MIN_HEADING_WORDS = 2;
/**
 * The title's article must hold a story: at least this many words in its own
 * paragraphs. A site using <article> for page sections (a podcast's cover with
 * its name, the description in a sibling <article>) is left whole.
 */
const MIN_STORY_WORDS = 100;

/** Words in the `<p>` elements of `element`. */
function paragraphWords(element: MiniElement): number {
  return Array.from(element.querySelectorAll('p')).reduce(
    (sum, p) => sum + wordCount(cleanText(p.textContent)),
    0,
  );
}

/** The text of the first heading inside `article`, or "". */
function headingOf(article: MiniElement): string {
  const [heading] = Array.from(article.querySelectorAll('h1, h2, [itemprop="headline"]'));
  return heading ? cleanText(heading.textContent) : '';
}

/** True when `heading` is the page's `title` (equal, or the title with a site name around it). */
function names(heading: string, title: string): boolean {
  return wordCount(heading) >= MIN_HEADING_WORDS && (heading === title || title.includes(heading));
}

/**
 * Removes from `document` every outermost `<article>` but the one headed by
 * `title` (declared metadata title, else `<title>`). Returns the number of
 * articles removed: 0 when the page has fewer than two outermost articles,
 * when not exactly one of them is headed by the title, or when that one
 * holds fewer than MIN_STORY_WORDS words of paragraphs.
 */
export function keepOwnArticle(document: MiniDocument, title: string): number {
  const wanted = cleanText(title);
  if (!wanted) return 0;
  const all = Array.from(document.querySelectorAll('article'));
  const outermost = all.filter(
    (article) => !all.some((other) => other !== article && contains(other, article)),
  );
  if (outermost.length < 2) return 0;
  const own = outermost.filter((article) => names(headingOf(article), wanted));
  if (own.length !== 1 || !own[0] || paragraphWords(own[0]) < MIN_STORY_WORDS) return 0;
  const others = outermost.filter((article) => article !== own[0]);
  for (const article of others) article.remove();
  return others.length;
}

/** True when `inner` is a descendant of `outer`. */
function contains(outer: MiniElement, inner: MiniElement): boolean {
  for (let node = inner.parentNode; node; node = node.parentNode) if (node === outer) return true;
  return false;
}
