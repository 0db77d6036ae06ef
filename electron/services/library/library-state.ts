/**
 * What the library's rooms (articles, annotations, scheme, export) share:
 * the paths, the per-article locks, the clock, the event bus, and the one
 * state object a backup restore replaces as a whole (index, taxonomy,
 * entities, start-up check, article files). Rooms read `ctx.state` at call
 * time, so a restore swaps one reference and every room sees the new files.
 * Also settling the state (close, restore) and reloading it after a restore.
 */

import type { Low } from 'lowdb';
import type { Taxonomy } from '../../../shared/taxonomy';
import type { KeyedQueue } from '../storage/keyed-queue';
import { ArticleFiles } from './article-files';
import { StartupCheck } from './check/library-startup';
import type { EntityStore } from './entity-store';
import { countsByType, type LibraryEvent } from './library-events';
import { completeIndexLoad } from './index-load';
import type { LibraryIndex } from './library-index';
import { loadLibrary, type LoadedLibrary } from './library-open';
import type { LibraryPaths } from './library-paths';

/** Everything loaded from one library folder; a backup restore replaces it whole. */
export interface LibraryState {
  readonly index: LibraryIndex;
  readonly taxonomyDb: Low<Taxonomy>;
  readonly entities: EntityStore;
  readonly startup: StartupCheck;
  readonly files: ArticleFiles;
}

/** The library's shared parts, handed to every room. */
export interface LibraryContext {
  /** Where the library's files are. */
  readonly paths: LibraryPaths;
  /** One queue per key: every read-modify-write of an article's files runs alone. */
  readonly locks: KeyedQueue;
  /** Clock for timestamps. */
  readonly now: () => Date;
  /** Journal lines an article gathers before they are folded (article-files.ts). */
  readonly journalLimit?: number;
  /** The current state; replaced (one assignment) by a backup restore. */
  state: LibraryState;
  /** Tells every observer; never rejects. */
  emit(event: LibraryEvent): Promise<void>;
  /** Throws AppFailure('internal') while the library is closed or being restored. */
  assertOpen(): void;
}

/** The lock key of one article's files. */
export const lockOf = (articleId: string): string => `article:${articleId}`;

/**
 * Builds the state over a freshly loaded folder: its start-up check (not
 * started) and its article files, wired to each other and to the context's
 * locks and observers.
 */
export function newLibraryState(
  loaded: LoadedLibrary,
  ctx: Pick<LibraryContext, 'locks' | 'emit' | 'journalLimit'>,
): LibraryState {
  const { index } = loaded;
  const startup: StartupCheck = new StartupCheck(loaded, {
    loadIndex: async () => {
      // A list rebuilt from the files may differ from the head's first page: observers re-list.
      if (await completeIndexLoad(loaded)) await ctx.emit({ kind: 'reset' });
      await index.warmLookup(); // the deep check asks meta() of every article next
    },
    underLock: (id, task) => ctx.locks.run(lockOf(id), task),
    meta: (id) => index.get(id),
    listedIds: () => index.all().map((m) => m.id),
    dropArticle: async (id) => {
      await index.remove(id);
      await ctx.emit({ kind: 'removed', id, repaired: true });
    },
    forget: (id) => files.forget(id),
    setCounts: (meta, annotations) =>
      index.setCount(meta, annotations.length, countsByType(annotations.map((a) => a.tag))),
  });
  const files: ArticleFiles = new ArticleFiles(
    loaded.paths,
    { beforeRead: (id) => startup.ensure(id), written: (id) => startup.trust(id) },
    ctx.journalLimit,
  );
  return { index, taxonomyDb: loaded.taxonomyDb, entities: loaded.entities, startup, files };
}

/**
 * Brings the state to rest: stops the background check (or, at a close
 * (`closing`), lets it finish), waits for running edits, folds the journals
 * loaded this session into their annotations files when `fold` (a writer's
 * close) and writes the index's pending changes. For a restore, a close, or
 * a superseded Library. A restore folds nothing: a refused restore changes no byte.
 */
export async function settleState(ctx: LibraryContext, closing: boolean, fold = false): Promise<void> {
  await (closing ? ctx.state.startup.finish() : ctx.state.startup.stop());
  await ctx.locks.idle();
  const { files } = ctx.state;
  for (const id of fold ? files.journaled() : []) {
    await ctx.locks
      .run(lockOf(id), () => files.compact(id))
      .catch((error: unknown) => {
        console.error(`could not fold the journal of ${id} (it stays, and is read next time)`, error);
      });
  }
  await ctx.state.index.stop();
}

/** Replaces `ctx.state` with the folder as it is on disk now (after a restore) and starts its check. */
export async function reloadState(ctx: LibraryContext): Promise<void> {
  const fresh = await loadLibrary(ctx.paths.dir, ctx.now(), ctx.state.index.debounceMs);
  ctx.state = newLibraryState(fresh, ctx);
  ctx.state.startup.start();
}
