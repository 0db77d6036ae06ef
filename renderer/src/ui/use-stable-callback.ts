/**
 * A callback whose identity never changes but which always runs the latest
 * `fn`: lets memoised children (the side panel) skip re-rendering when their
 * parent re-renders with new inline handlers.
 */

import { useCallback } from 'react';
import { useLatest } from './use-latest';

/** A stable wrapper that calls the `fn` of the last committed render with the same arguments. */
export function useStableCallback<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const latest = useLatest(fn);
  return useCallback((...args: A) => latest()(...args), [latest]);
}
