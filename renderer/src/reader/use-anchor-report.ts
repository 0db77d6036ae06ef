/**
 * Tells the analyst, once, which annotations of the opened article were
 * re-attached on load (their quote found elsewhere with its context, see
 * shared/anchoring.ts): the status line lists each quote with its old and
 * new position (code points).
 */

import { useEffect } from 'react';
import { api } from '../api';
import type { Notify } from '../status';

/** Positions shown per move; the status line stays one line. */
const LISTED = 3;

export function useAnchorReport(articleId: string, loaded: boolean, notify: Notify): void {
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void api.takeAnchorMoves(articleId).then((result) => {
      if (!live || !result.ok || result.value.length === 0) return;
      const moves = result.value;
      const list = moves
        .slice(0, LISTED)
        .map((m) => `«${m.quote}» ${m.from.start}–${m.from.end} → ${m.to.start}–${m.to.end}`)
        .join(' · ');
      const more = moves.length > LISTED ? ` (+${moves.length - LISTED})` : '';
      notify({
        kind: 'info',
        key: 'annotate.reanchored',
        params: { count: moves.length, list: list + more },
      });
    });
    return () => {
      live = false;
    };
  }, [articleId, loaded, notify]);
}
