/**
 * A callback whose identity never changes but which always runs the latest
 * `fn`: lets memoised children (the side panel) skip re-rendering when their
 * parent re-renders with new inline handlers.
 */

import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
