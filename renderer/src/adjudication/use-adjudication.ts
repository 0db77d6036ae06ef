/**
 * One adjudication as the view walks it: opens (or resumes) it in main, keeps
 * the disagreement shown, and decides it. Each decision, and the copy of the
 * agreed units an opening made, is one step of the window's undo history
 * (shared/adjudication/decision-command.ts); the view reloads when the app
 * bumps `revision` (after an undo or redo), keeping its place. A decision
 * that needs review (its unit changed or is gone) is not counted as decided.
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AdjudicationSetup,
  AdjudicationState,
  Decision,
} from '../../../shared/adjudication/adjudication-types';
import { copyAgreedCommand, decisionCommand } from '../../../shared/adjudication/decision-command';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import type { Notify } from '../status';

/** Whether `item` still waits for a decision: none yet, or one that needs review. */
export const open = (item: AdjudicationState['items'][number]): boolean =>
  item.decision === null || item.review !== null;

/** How many of `state`'s disagreements have a decision that does not need review. */
export const decidedCount = (state: AdjudicationState): number => state.items.filter((i) => !open(i)).length;

/** How many of `state`'s decisions need review (a coder's layer changed since). */
export const reviewCount = (state: AdjudicationState): number =>
  state.items.filter((i) => i.review !== null).length;

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
  // Bumped after a decision that needed review: main recounts the gold resting on stale decisions.
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    void api.openAdjudication(setup).then((result) => {
      if (!live) return;
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return;
      }
      // Copying the agreed units is one undo step.
      if (result.value.agreedCopiedNow > 0) history.record(Promise.resolve(copyAgreedCommand(api, setup)));
      setState((before) => {
        // The first opening starts at the first undecided disagreement; a reload keeps the place.
        if (!before) setAt(Math.max(0, result.value.items.findIndex(open)));
        return result.value;
      });
    });
    return () => {
      live = false;
    };
  }, [setup, revision, notify, history, reload]);

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
        saving.then((r) =>
          r.ok ? decisionCommand(api, item.articleId, request, r.value.previous, r.value.restorable) : null,
        ),
      );
      const result = await saving;
      busy.current = false;
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return;
      }
      notify({ kind: 'info', key: 'status.saved' });
      // A decision whose unit is gone, taken back, leaves the list; any other is reviewed by deciding again.
      const items =
        item.review === 'gone'
          ? state.items.filter((i) => i.key !== item.key)
          : state.items.map((i) =>
              i.key === item.key ? { ...i, decision: result.value.record, review: null } : i,
            );
      setState({ ...state, items });
      const from = item.review === 'gone' ? at - 1 : at;
      const next = items.findIndex((i, n) => n > from && open(i));
      const first = items.findIndex(open);
      setAt(next >= 0 ? next : first >= 0 ? first : Math.min(at, Math.max(0, items.length - 1)));
      if (item.review !== null) setReload((r) => r + 1);
    },
    [state, at, history, notify],
  );

  return { state, at, move, decide, setAt };
}

const idOf = (setup: AdjudicationSetup) => ({ coderA: setup.coderA, coderB: setup.coderB, gold: setup.gold });
