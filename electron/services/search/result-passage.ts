/**
 * What a shown search result carries besides its metadata: whether the query
 * is in it exactly as typed, the passage around its best hit and the hits in
 * its title. Worked out in the search worker, for the rows shown only, from
 * the article files (main neither reads nor parses them for a search).
 */

import { codePointLength } from '../../../shared/code-points';
import { bestPassage, findHits } from '../../../shared/search-passage';
import { readArticleText, titleOfStamp } from './article-text';
import type { FtsHit } from './fts-store';
import type { PassageInput, PassageOutput, ShownHit } from './search-protocol';

/** The exact flag, passage and title hits (code points) of one result for `query`. */
export function passageOf(query: string, { title, text }: PassageInput): PassageOutput {
  const exactQuery = query.trim().normalize('NFC');
  const hits = findHits(text, query);
  const exactAt = text.indexOf(exactQuery);
  // The exact spelling's start in code points, counted once (not once per hit tried).
  const exactPoint = exactAt >= 0 ? codePointLength(text.slice(0, exactAt)) : -1;
  const exactHit = exactAt >= 0 ? hits.find((h) => h.end > exactPoint) : undefined;
  return {
    exact: exactAt >= 0 || title.includes(exactQuery),
    passage: bestPassage(text, hits, exactHit),
    titleHits: findHits(title, query),
  };
}

/** A ranked hit with its passage: title from its stamp, text from its file in `articlesDir` ("" when unreadable). */
export function shownHit(query: string, hit: FtsHit & { stamp: string }, articlesDir: string): ShownHit {
  const title = titleOfStamp(hit.stamp);
  const text = readArticleText(articlesDir, hit.id);
  return { id: hit.id, score: hit.score, ...passageOf(query, { title, text }) };
}
