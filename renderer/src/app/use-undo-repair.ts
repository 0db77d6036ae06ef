/**
 * Repairing an undo (or redo) step that failed because the scheme changed
 * under it: the step stays in the history; the app says which tag was
 * removed (named from the labels remembered before the change) and offers
 * the type's other tags to run it with, or drops it with the steps that
 * depend on it and says how many.
 */

import { useCallback, useEffect, useState } from 'react';
import type { Direction, HistoryStep, UndoHistory } from '../../../shared/undo-history';
import { schemeProblem, TagMemory, type SchemeProblem } from '../../../shared/undo-scheme';
import { api } from '../api';
import type { Notify } from '../status';

export interface PendingRepair {
  direction: Direction;
  step: HistoryStep;
  problem: SchemeProblem;
}

/** Tells the user how a step went: shows its article, or the error. */
export type StepDone = (step: HistoryStep | null, direction: Direction) => void;

export function useUndoRepair(history: UndoHistory, notify: Notify, revision: number, done: StepDone) {
  const [memory] = useState(() => new TagMemory());
  const [repair, setRepair] = useState<PendingRepair | null>(null);

  // Every scheme seen is remembered, so a tag removed later can still be named.
  useEffect(() => {
    void api.getTaxonomy().then((r) => r.ok && memory.remember(r.value));
  }, [memory, revision]);

  /** A failed step: a repair when a tag it needs is gone from the scheme, else the error. */
  const failed = useCallback(
    async (step: HistoryStep, direction: Direction) => {
      const scheme = await api.getTaxonomy();
      const problem = scheme.ok ? schemeProblem(step.command, direction, scheme.value, memory) : null;
      if (problem) setRepair({ direction, step, problem });
      else if (!step.result.ok) notify({ kind: 'error', error: step.result.error });
    },
    [memory, notify],
  );

  /** Runs the failed step again with `tag` in place of the removed one (and so do the steps that depend on it). */
  const retagStep = useCallback(
    async (tag: string) => {
      if (!repair?.step.command.retag) return;
      setRepair(null);
      await history.retagSteps(repair.step.command.ids ?? [], repair.problem.tag, tag);
      const step = await (repair.direction === 'undo' ? history.undo() : history.redo());
      if (step && !step.result.ok) await failed(step, repair.direction);
      else done(step, repair.direction);
    },
    [repair, history, failed, done],
  );

  /** Drops the failed step and the steps that depend on it. */
  const drop = useCallback(async () => {
    if (!repair) return;
    setRepair(null);
    const count = await history.dropLatest(repair.direction);
    notify({ kind: 'info', key: 'history.dropped', params: { count } });
  }, [repair, history, notify]);

  return { repair, failed, retagStep, drop, dismiss: () => setRepair(null) };
}
