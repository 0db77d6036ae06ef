/**
 * Telling the renderer when main changed the article list on its own: the
 * background load rebuilt index.json after an open from its head, the
 * start-up check dropped a damaged article, or a backup was restored. The
 * Library view re-lists on the 'library-changed' push; without it the list
 * shown stays the head's until the window reloads. Used by main.ts and the
 * e2e harness alike.
 */

import type { LibraryChange } from '../shared/ipc-contract';
import type { LibraryEvent } from './services/library/library-events';

/** What a library offers to be watched (Library.onChange). */
export interface WatchedLibrary {
  onChange(listener: (event: LibraryEvent) => void): () => void;
}

/** The list change a library event means for the renderer; null for changes the renderer asked for itself. */
export function listChangeOf(event: LibraryEvent): LibraryChange | null {
  if (event.kind === 'reset') return { reason: 'reset' };
  if (event.kind === 'removed' && event.repaired) return { reason: 'repaired' };
  return null;
}

/**
 * Calls `send` with each list change of `library` (listChangeOf) from now on;
 * returns the unsubscribe function. `send` must not throw (a window may be gone).
 */
export function pushListChanges(library: WatchedLibrary, send: (change: LibraryChange) => void): () => void {
  return library.onChange((event) => {
    const change = listChangeOf(event);
    if (change) send(change);
  });
}
