/** A library written before the app opens it: the bundled sample article alone, for specs that seed their own state into it. */

import { Library } from '../../electron/services/library/library';
import type { ArticleMeta } from '../../shared/model';
import { SAMPLE_PATH } from './harness';

/**
 * Opens (creating) the library in `libraryDir` with the sample article as the first run adds it;
 * returns the open library (the caller closes it before the app opens the folder) and the
 * sample's metadata. Throws if the sample was not added.
 */
export async function sampleLibrary(libraryDir: string): Promise<{ library: Library; sample: ArticleMeta }> {
  const library = await Library.open(libraryDir, { samplePath: SAMPLE_PATH });
  const [sample] = await library.listArticles();
  if (!sample) throw new Error('no sample article');
  return { library, sample };
}
