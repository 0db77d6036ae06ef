/**
 * Which articles an agreement report compares: only those every coder coded.
 * One rule for both doors: the CLI (one Hamish JSON file per coder: an
 * article a file lacks) and the app (coder layers in the library: an article
 * where a chosen coder has no annotation). The others are left out and named
 * with who has them and who lacks them, because every measure compares the
 * same coders on the same text.
 */

import type { CodedArticle, TagSpan } from './report';

/** An annotation as the report reads it: its span in code points and its tag id. */
export const tagSpanOf = (a: { start: number; end: number; tag: string }): TagSpan => ({
  start: a.start,
  end: a.end,
  tag: a.tag,
});

/** An article some coders coded: `codings[c]` is coder c's annotations, or undefined when c did not code it. */
export interface CandidateArticle<A> {
  article: A;
  codings: readonly (readonly TagSpan[] | undefined)[];
}

/** An article left out, with the holders (coder names, or the CLI's file paths) that have and lack it. */
export interface LeftOut<A> {
  article: A;
  presentIn: string[];
  missingFrom: string[];
}

/**
 * Splits `candidates` (in their order) into the articles every one of
 * `holders` coded, ready for agreementReport, and those left out.
 */
export function commonArticles<A extends Omit<CodedArticle, 'codings'>>(
  candidates: readonly CandidateArticle<A>[],
  holders: readonly string[],
): { articles: CodedArticle[]; leftOut: LeftOut<A>[] } {
  const articles: CodedArticle[] = [];
  const leftOut: LeftOut<A>[] = [];
  for (const { article, codings } of candidates) {
    const present = holders.filter((_, i) => codings[i] !== undefined);
    if (present.length < holders.length) {
      leftOut.push({ article, presentIn: present, missingFrom: holders.filter((_, i) => !codings[i]) });
      continue;
    }
    articles.push({
      id: article.id,
      title: article.title,
      length: article.length,
      codings: codings.map((c) => c ?? []),
    });
  }
  return { articles, leftOut };
}
