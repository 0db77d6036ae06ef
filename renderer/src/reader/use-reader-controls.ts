/**
 * The reader's controls as a hook: the actions of reader-actions.ts, built
 * once and reading the latest reader state, plus the keyboard loop's actions
 * for the open article's direction (null until an article is loaded).
 */

import { useMemo } from 'react';
import { directionOf } from '../../../shared/model';
import { useLatest } from '../ui/use-latest';
import { createReaderActions, type ReaderActions, type ReaderDeps } from './reader-actions';
import type { ReaderKeyActions } from './use-reader-keys';

export type { PendingSelection } from './reader-actions';

/** Stable reader actions (same identity on every render) and the key actions for useReaderKeys. */
export function useReaderControls(deps: ReaderDeps): {
  actions: ReaderActions;
  keys: ReaderKeyActions | null;
} {
  const latest = useLatest(deps);
  const actions = useMemo(() => createReaderActions(latest), [latest]);
  const ready = deps.article !== null && deps.index !== null;
  const rtl = directionOf(deps.article?.meta.language ?? 'ar') === 'rtl';
  const keys = useMemo(() => (ready ? actions.keys(rtl) : null), [actions, ready, rtl]);
  return { actions, keys };
}
