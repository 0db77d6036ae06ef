/** What the search tests compare the index with: a plain scan of the library's article texts, no index. */

import type { Library } from '../../../../../electron/services/library/library';

/** Ids of the live articles whose text mentions `word` as written, sorted. */
export async function mentioning(library: Library, word: string): Promise<string[]> {
  const ids: string[] = [];
  for (const meta of library.allMeta())
    if ((await library.getArticle(meta.id)).text.includes(word)) ids.push(meta.id);
  return ids.sort();
}
