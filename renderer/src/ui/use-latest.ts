/**
 * A getter for the latest value a component rendered with, whose identity
 * never changes: lets objects built once (the reader's actions) and event
 * handlers read current state without being rebuilt on every render.
 */

import { useCallback, useLayoutEffect, useRef } from 'react';

/** Returns a stable function that yields `value` as of the last committed render. */
export function useLatest<T>(value: T): () => T {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return useCallback(() => latest.current, []);
}
