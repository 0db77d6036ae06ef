/**
 * HTML import: builds a DOM in Node (linkedom), reads what the page declares
 * about itself (html-metadata), and lets @mozilla/readability decide what is
 * the article. Nothing is removed from the page before Readability runs but
 * other whole stories saved with it (own-article: the next stories of an
 * infinite-scroll page); only
 * its result is tidied (furniture by class, known boilerplate lines). When the
 * result is much shorter than the page's main text (fewer than half the words
 * of the element with the most paragraph words), Readability runs again in its
 * most permissive mode, and the longest of the candidates is kept and noted
 * (the main text read with its hidden paragraphs: a body hidden on the page
 * is kept). Body copy hidden in the article's region that the kept text lacks
 * is counted (hidden-copy) for the import report.
 * The page is first re-written as a browser parses it (html5-markup).
 * No HTML is ever kept: the result is blocks of plain text.
 */

import { Readability } from '@mozilla/readability';
import type { BlockInput } from '../../../shared/canonical-text';
import { dropBoilerplate, dropClosingSection } from './boilerplate';
import { hiddenBodyCopy, hiddenWordsLeftOut } from './hidden-copy';
import { leadParagraph, mainTextContainer, removeFurnitureInside } from './html-content';
import { cleanText, parseDocument, wordCount, type MiniDocument, type MiniElement } from './html-dom';
import { domToBlocks } from './html-blocks';
import { isoDate, primaryLanguage, readPageMetadata } from './html-metadata';
import { html5Markup } from './html5-markup';
import { keepOwnArticle } from './own-article';
import { headlineInTitle, pageHeadlines, withoutSiteName } from './page-title';

export { isoDate, safeUrl } from './html-metadata';

/** An extraction is "much shorter" than the page's main text below this share of its words. */
export const SHORT_EXTRACTION_SHARE = 0.5;

/** Where the kept text came from, and how it compares with the page's main text. */
export interface ExtractionCheck {
  /** Words kept (after tidying). */
  keptWords: number;
  /** Words of the page's main text (the element with the most words in its own paragraphs). */
  pageWords: number;
  /** Which candidate was kept. */
  candidate: 'readability' | 'readability-retry' | 'main-text' | 'page';
  /** Words of body copy hidden on the page (hidden-copy) that the kept text lacks. */
  hiddenWords: number;
}

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
  /** HTML only: how the extraction went, for the import report. */
  check?: ExtractionCheck;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
type Parsed = NonNullable<ReturnType<Readability<MiniElement>['parse']>>;

interface Candidate {
  kind: ExtractionCheck['candidate'];
  blocks: BlockInput[];
  words: number;
}

const countWords = (blocks: readonly BlockInput[]) =>
  blocks.reduce((sum, block) => sum + wordCount(block.text), 0);

/** The blocks of `root`, without furniture lines and a closing section of links. */
function candidate(
  kind: Candidate['kind'],
  root: MiniElement | null | undefined,
  keepHidden = false,
): Candidate {
  if (!root) return { kind, blocks: [], words: 0 };
  const links = new Set(Array.from(root.querySelectorAll('a')).map((a) => cleanText(a.textContent)));
  const blocks = dropClosingSection(dropBoilerplate(domToBlocks(root, { keepHidden })), (text) =>
    links.has(cleanText(text)),
  );
  return { kind, blocks, words: countWords(blocks) };
}

/** Readability on `document` (which it changes); `permissive` makes it try every mode and keep its longest. */
function runReadability(
  document: MiniDocument,
  permissive: boolean,
): { parsed: Parsed | null; content: MiniElement | null } {
  let parsed: Parsed | null;
  try {
    parsed = new Readability<MiniElement>(document as unknown as ReadabilityDocument, {
      keepClasses: true,
      serializer: (node: unknown) => node as MiniElement,
      ...(permissive ? { charThreshold: Number.MAX_SAFE_INTEGER } : {}),
    }).parse();
  } catch {
    parsed = null;
  }
  const content = parsed?.content ?? null;
  if (content) removeFurnitureInside(content);
  return { parsed, content };
}

/** Article text and metadata of an HTML page. */
export function extractHtmlArticle(page: string): ExtractedDocument {
  // The tree a browser builds (an unclosed <svg>, comment or <iframe> no longer swallows the article).
  const html = html5Markup(page);
  const document = parseDocument(html);
  const meta = readPageMetadata(document);
  const pageTitle = cleanText(document.querySelector('title')?.textContent);
  const headlines = pageHeadlines(document);
  // A page holding the next stories too is cut to its own (the article headed by its title), in every parse.
  const ownTitle = meta.title || pageTitle;
  keepOwnArticle(document, ownTitle);
  const parseOwn = () => {
    const fresh = parseDocument(html);
    keepOwnArticle(fresh, ownTitle);
    return fresh;
  };
  // Measured before Readability changes the document.
  const main = document.body ? mainTextContainer(document.body) : { element: null, words: 0 };
  const lead = document.body ? leadParagraph(document.body, meta.description) : '';
  const hiddenCopy = hiddenBodyCopy(main.element?.parentNode ?? null);

  const first = runReadability(document, false);
  let kept = candidate('readability', first.content);
  if (kept.words < SHORT_EXTRACTION_SHARE * main.words) {
    const retry = runReadability(parseOwn(), true);
    // Readability changed the document: the main text is found again in a fresh parse.
    const fresh = parseOwn().body;
    // The main text is measured with its hidden paragraphs: read whole, the body hidden on the page is kept.
    const mainText = candidate('main-text', fresh ? mainTextContainer(fresh).element : null, true);
    for (const other of [candidate('readability-retry', retry.content), mainText]) {
      if (other.words > kept.words) kept = other;
    }
  }
  if (kept.blocks.length === 0) kept = candidate('page', parseOwn().body);
  // The standfirst often sits above the element Readability picks; the page's own description names it.
  if (lead && !kept.blocks.some((block) => cleanText(block.text).includes(lead.slice(0, 50)))) {
    kept = { ...kept, blocks: [{ kind: 'paragraph', text: lead }, ...kept.blocks] };
  }

  const parsed = first.parsed;
  const source = meta.source || cleanText(parsed?.siteName);
  const declared = headlineInTitle(withoutSiteName(meta.title, source), headlines);
  let title =
    declared || headlineInTitle(withoutSiteName(cleanText(parsed?.title) || pageTitle, source), headlines);
  let blocks = kept.blocks;
  const [head] = blocks;
  const heading = head?.kind === 'heading' ? cleanText(head.text) : '';
  // The article's opening heading is its headline: the title when the page declares none, never shown twice.
  if (heading && (!declared || declared.includes(heading))) {
    if (!declared) title = heading;
    blocks = blocks.slice(1);
  }
  const byline = cleanText(parsed?.byline);
  return {
    title,
    blocks,
    source,
    author: [meta.author, byline].find((name) => name && !/^https?:/iu.test(name)) ?? '',
    date: meta.date || isoDate(parsed?.publishedTime ?? ''),
    url: meta.url,
    language: meta.language || primaryLanguage(parsed?.lang),
    check: {
      keptWords: countWords(blocks),
      pageWords: main.words,
      candidate: kept.kind,
      hiddenWords: hiddenWordsLeftOut(
        hiddenCopy,
        `${title}\n${blocks.map((block) => block.text).join('\n')}`,
      ),
    },
  };
}
