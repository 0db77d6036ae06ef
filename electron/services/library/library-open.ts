/**
 * Loading a library folder for Library.open: creates the folders, runs the
 * open-time check (library-check.ts) and opens index.json, taxonomy.json and
 * entities.json from what it validated. Nothing here reads a per-article
 * file (unless the index must be rebuilt), so a large library lists at once;
 * those files are verified afterwards by the deep check. When
 * index.head.json is current (index-head.ts), index.json itself is not read
 * here either: the first page comes from the head and the whole index is
 * read after (index-load.ts), before the deep check.
 */

import { mkdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { withFrames } from '../../../shared/claims';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../shared/taxonomy';
import { JsonFile } from '../storage/json-file';
import { EntityStore } from './entity-store';
import { Checker, checkOnOpen, type OpenCheck } from './check/library-check';
import { persist, type IndexFile } from './library-files';
import { readIndexHead } from './index-head';
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

/**
 * Loads the library in `dir` (creating its folders); see the module comment.
 * `readOnly` writes nothing at all: no folder is made, no damaged file moved,
 * no rebuilt index or default taxonomy written (another process holds the lock).
 */
export async function loadLibrary(
  dir: string,
  at: Date,
  indexDebounceMs: number,
  readOnly = false,
): Promise<LoadedLibrary> {
  const paths = libraryPaths(dir);
  if (!readOnly) {
    await persist(dir, async () => {
      await mkdir(paths.articlesDir, { recursive: true });
      await mkdir(paths.annotationsDir, { recursive: true });
    });
  }
  const checker = new Checker(paths, at, readOnly);
  const head = await readIndexHead(paths.index);
  const opened = await persist(dir, () => checkOnOpen(paths, checker, head !== null));
  // The files were read and validated by the check: none is read twice.
  const taxonomyDb = new Low<Taxonomy>(
    new JsonFile<Taxonomy>(paths.taxonomy),
    // A scheme written before claims has no frames: the default ones apply (in memory until the next save).
    opened.taxonomy ? withFrames(opened.taxonomy) : structuredClone(DEFAULT_TAXONOMY),
  );
  if (!opened.taxonomy && !readOnly) await persist(paths.taxonomy, () => taxonomyDb.write());
  const empty: IndexFile = { version: 1, seeded: false, articles: [] };
  const indexDb = new Low<IndexFile>(new JsonFile<IndexFile>(paths.index), opened.index ?? empty);
  const index = new LibraryIndex(indexDb, paths.index, indexDebounceMs, readOnly, head);
  // Opened the full way: the head is written for the next open (queued before any other index write).
  if (!head) void index.refreshHead();
  const entities = EntityStore.from(dir, opened.entities);
  return { paths, index, taxonomyDb, entities, checker, opened };
}
