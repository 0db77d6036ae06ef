/** What a search returns over IPC: ranked articles with the matching passage and the hits to highlight. */

import type { ArticleMeta } from './model';
import type { Passage, TextSpan } from './search-passage';

export interface SearchResult {
  meta: ArticleMeta;
  score: number;
  /** The query appears exactly as typed (same letters, hamzas and marks) in the title or text. */
  exact: boolean;
  /** The passage around the best hit in the text, or null when only the title matched. */
  passage: Passage | null;
  /** Hits in the title (code points). */
  titleHits: TextSpan[];
  /** Found through another name of an entity the query names (that name), not the query itself. */
  via?: string;
}

export interface SearchResponse {
  query: string;
  /** Articles that match, before `limit`. */
  total: number;
  results: SearchResult[];
  /** The entities whose names the query is (their other names were searched too). */
  entityIds?: string[];
}
