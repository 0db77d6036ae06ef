/**
 * Builds the article's known-words set (shared/proclitics.ts, ~40 ms on a
 * 50,000-word article, more under load) when the page is first idle after
 * the article is on screen, so the first selection the tag menu snaps does
 * not pay for it inside the analyst's first edit.
 */

import { useEffect } from 'react';
import type { WordLookup } from '../../../shared/span-snap';

/** Once `ready` (every block mounted), looks one word up in `knownWords` when the page is idle. */
export function useIdleWarm(knownWords: WordLookup, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = requestIdleCallback(() => knownWords.has(''));
    return () => cancelIdleCallback(id);
  }, [knownWords, ready]);
}
