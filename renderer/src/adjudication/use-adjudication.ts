/**
 * One adjudication as the view walks it: opens (or resumes) it in main, keeps
 * the disagreement shown, and decides it. Each decision is one step of the
 * window's undo history (shared/adjudication/decision-command.ts); the view
 * reloads when the app bumps `revision` (after an undo or redo), keeping its place.
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AdjudicationSetup,
  AdjudicationState,
  Decision,
} from '../../../shared/adjudication/adjudication-types';
import { decisionCommand } from '../../../shared/adjudication/decision-command';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import type { Notify } from '../status';

/** How many of `state`'s disagreements have a decision. */
export const decidedCount = (state: AdjudicationState): number =>
  state.items.filter((i) => i.decision !== null).length;

export function useAdjudication(
  setup: AdjudicationSetup,
  history: UndoHistory,
  notify: Notify,
  revision: number,
) {
  const [state, setState] = useState<AdjudicationState | null>(null);
  const [at, setAt] = useState(0);
  // A key pressed again before main has answered does not decide the same unit twice.
  const busy = useRef(false);

  useEffect(() => {
    let live = true;
    void api.openAdjudication(setup).then((result) => {
      if (!live) return;
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return;
      }
      setState((before) => {
        // The first opening starts at the first undecided disagreement; a reload keeps the place.
        if (!before)
          setAt(
            Math.max(
              0,
              result.value.items.findIndex((i) => i.decision === null),
            ),
          );
        return result.value;
      });
    });
    return () => {
      live = false;
    };
  }, [setup, revision, notify]);

  const count = state?.items.length ?? 0;
  const move = useCallback(
    (step: number) => setAt((i) => Math.min(Math.max(0, i + step), Math.max(0, count - 1))),
    [count],
  );

  /** Decides the disagreement shown, then shows the next undecided one (or stays on the last). */
  const decide = useCallback(
    async (decision: Decision) => {
      const item = state?.items[at];
      if (!state || !item || busy.current) return;
      busy.current = true;
      const request = { ...idOf(state.setup), key: item.key, decision };
      notify({ kind: 'saving' });
      const saving = api.decideAdjudication(request);
      history.record(
        saving.then((r) => (r.ok ? decisionCommand(api, item.articleId, request, r.value.previous) : null)),
      );
      const result = await saving;
      busy.current = false;
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return;
      }
      notify({ kind: 'info', key: 'status.saved' });
      const items = state.items.map((i) =>
        i.key === item.key ? { ...i, decision: result.value.record } : i,
      );
      setState({ ...state, items });
      const next = items.findIndex((i, n) => n > at && i.decision === null);
      const first = items.findIndex((i) => i.decision === null);
      setAt(next >= 0 ? next : first >= 0 ? first : at);
    },
    [state, at, history, notify],
  );

  return { state, at, move, decide, setAt };
}

const idOf = (setup: AdjudicationSetup) => ({ coderA: setup.coderA, coderB: setup.coderB, gold: setup.gold });
