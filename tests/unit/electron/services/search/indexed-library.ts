/** A library the search tests reopen: the sample's paragraphs (real news Arabic), one article each, indexed. */

import { join } from 'node:path';
import { Library } from '../../../../../electron/services/library/library';
import { SearchIndex } from '../../../../../electron/services/search/search-index';
import { readUtf8, SAMPLE_PATH } from '../../../helpers';

/** Makes that library in `<parent>/library`, waits until it is indexed, then closes it (its index.head.json written). */
export async function indexedLibrary(parent: string): Promise<{ dir: string; count: number }> {
  const dir = join(parent, 'library');
  const library = await Library.open(dir);
  const search = SearchIndex.attach(library);
  const lines = (await readUtf8(SAMPLE_PATH)).split('\n').filter((l) => l.trim().split(' ').length > 5);
  for (const [i, text] of lines.entries())
    await library.addArticle({ title: `فقرة ${i}`, text, language: 'ar' });
  await search.ready();
  await library.close();
  return { dir, count: library.allMeta().length };
}
