/**
 * Loading a library folder for Library.open: creates the folders, runs the
 * open-time check (library-check.ts) and opens index.json, taxonomy.json and
 * entities.json from what it validated. Nothing here reads a per-article
 * file (unless the index must be rebuilt), so a large library lists at once;
 * those files are verified afterwards by the deep check.
 */

import { mkdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../shared/taxonomy';
import { JsonFile } from '../storage/json-file';
import { EntityStore } from './entity-store';
import { Checker, checkOnOpen, type OpenCheck } from './library-check';
import { openValidated, persist, taxonomySchema, type IndexFile } from './library-files';
import { LibraryIndex } from './library-index';
import { libraryPaths, type LibraryPaths } from './library-paths';

/** What Library is built from. */
export interface LoadedLibrary {
  paths: LibraryPaths;
  index: LibraryIndex;
  taxonomyDb: Low<Taxonomy>;
  entities: EntityStore;
  /** Records quarantined files; the deep check goes on adding to it. */
  checker: Checker;
  opened: OpenCheck;
}

/** Loads the library in `dir` (creating its folders); see the module comment. */
export async function loadLibrary(dir: string, at: Date, indexDebounceMs: number): Promise<LoadedLibrary> {
  const paths = libraryPaths(dir);
  await persist(dir, async () => {
    await mkdir(paths.articlesDir, { recursive: true });
    await mkdir(paths.annotationsDir, { recursive: true });
  });
  const checker = new Checker(paths, at);
  const opened = await persist(dir, () => checkOnOpen(paths, checker));
  const taxonomy = await openValidated<Taxonomy>(
    paths.taxonomy,
    taxonomySchema,
    structuredClone(DEFAULT_TAXONOMY),
  );
  if (!taxonomy.existed) await persist(paths.taxonomy, () => taxonomy.db.write());
  // The index was read and validated by the check: it is not read twice.
  const empty: IndexFile = { version: 1, seeded: false, articles: [] };
  const indexDb = new Low<IndexFile>(new JsonFile<IndexFile>(paths.index), opened.index ?? empty);
  const index = new LibraryIndex(indexDb, paths.index, indexDebounceMs);
  const entities = await EntityStore.open(dir);
  return { paths, index, taxonomyDb: taxonomy.db, entities, checker, opened };
}
