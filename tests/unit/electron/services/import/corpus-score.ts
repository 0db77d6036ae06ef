/**
 * Scores article extraction on the shared corpus of real saved pages
 * (../shared/corpus, read in place): for each page, how many of its must-keep
 * snippets the extracted text holds and how many must-not snippets it leaves
 * out, for Hamish's importer and for plain @mozilla/readability on the same
 * decoded HTML. Used by the corpus test and the extraction bench.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { canonicalizeBlocks } from '../../../../../shared/canonical-text';
import { decodeBytes, declaredCharset } from '../../../../../electron/services/import/decode';
import { extractHtmlArticle } from '../../../../../electron/services/import/html-article';

/** The corpus folder, beside the repository (never copied into it). */
export const CORPUS_DIR = join(import.meta.dirname, '../../../../../../shared/corpus');

export interface CorpusPage {
  file: string;
  url: string;
  with: string[];
  without: string[];
}

/** One page's score for one extractor. */
export interface PageScore {
  file: string;
  /** Must-keep snippets found in the text. */
  kept: number;
  /** Must-not snippets absent from the text. */
  excluded: number;
}

/** Totals over the pages, with the counts they are out of. */
export interface CorpusTotals {
  kept: number;
  withTotal: number;
  excluded: number;
  withoutTotal: number;
}

/** White space folded to one space, as the corpus README says. */
const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function loadCorpus(limit = Number.POSITIVE_INFINITY): CorpusPage[] {
  const pages = JSON.parse(readFileSync(join(CORPUS_DIR, 'pages.json'), 'utf8')) as CorpusPage[];
  return pages.slice(0, limit);
}

/** The page decoded the way the importer decodes it ("" when it is not text). */
export function pageHtml(page: CorpusPage): string {
  const bytes = readFileSync(join(CORPUS_DIR, 'pages', page.file));
  return decodeBytes(bytes, declaredCharset(bytes))?.text ?? '';
}

/** Hamish's text of a page: the title and the canonical text, as the library stores them. */
export function hamishText(html: string): string {
  const doc = extractHtmlArticle(html);
  return `${doc.title}\n${canonicalizeBlocks(doc.blocks).text}`;
}

/** Plain Readability's text of a page (default options, linkedom DOM), "" when it finds nothing. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html) as unknown as {
    document: ConstructorParameters<typeof Readability>[0];
  };
  try {
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export function scorePage(page: CorpusPage, text: string): PageScore {
  const folded = fold(text);
  return {
    file: page.file,
    kept: page.with.filter((snippet) => folded.includes(fold(snippet))).length,
    excluded: page.without.filter((snippet) => !folded.includes(fold(snippet))).length,
  };
}

export function totals(pages: readonly CorpusPage[], scores: readonly PageScore[]): CorpusTotals {
  return {
    kept: scores.reduce((sum, s) => sum + s.kept, 0),
    withTotal: pages.reduce((sum, p) => sum + p.with.length, 0),
    excluded: scores.reduce((sum, s) => sum + s.excluded, 0),
    withoutTotal: pages.reduce((sum, p) => sum + p.without.length, 0),
  };
}
