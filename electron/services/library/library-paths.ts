/**
 * Where a library keeps its files (DESIGN.md "Storage"), and the id check that
 * guards every path built from an id.
 */

import { join } from 'node:path';
import { idSchema } from '../../../shared/schema/fields';
import { AppFailure } from '../../../shared/result';

/** Throws AppFailure('invalid-argument') unless `id` is a UUID (ids become file names). */
export function assertId(id: unknown, field = 'id'): asserts id is string {
  if (typeof id !== 'string' || !idSchema.safeParse(id).success) {
    throw new AppFailure('invalid-argument', `${field} is not a valid id`, {
      field,
    });
  }
}

/** The files of the library in `dir`. */
export interface LibraryPaths {
  dir: string;
  index: string;
  taxonomy: string;
  articlesDir: string;
  annotationsDir: string;
  /** articles/<id>.json (id lower-cased); validates `id`. */
  article(id: string): string;
  /** annotations/<id>.json (id lower-cased); validates `id`. */
  annotations(id: string): string;
}

export function libraryPaths(dir: string): LibraryPaths {
  const articlesDir = join(dir, 'articles');
  const annotationsDir = join(dir, 'annotations');
  return {
    dir,
    index: join(dir, 'index.json'),
    taxonomy: join(dir, 'taxonomy.json'),
    articlesDir,
    annotationsDir,
    // Lower-cased: a file name never differs from another article's only by case.
    article(id) {
      assertId(id);
      return join(articlesDir, `${id.toLowerCase()}.json`);
    },
    annotations(id) {
      assertId(id);
      return join(annotationsDir, `${id.toLowerCase()}.json`);
    },
  };
}
