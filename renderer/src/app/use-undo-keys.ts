/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the latest annotation
 * change of the session, wherever it was made: the app then shows that
 * article with its annotations reloaded. Text fields keep their own undo.
 * A step that fails stays in the history and can be repaired (use-undo-repair.ts).
 */

import { useEffect, useRef } from 'react';
import type { Direction, HistoryStep, UndoHistory } from '../../../shared/undo-history';
import { isTyping } from '../ui/is-typing';
import type { Notify } from '../status';

/** Tells how an undo or redo went: nothing to do, the error, or the step done (its article is shown). */
export function reportStep(
  step: HistoryStep | null,
  direction: Direction,
  notify: Notify,
  show: (articleId: string) => void,
): void {
  const redo = direction === 'redo';
  if (!step) {
    notify({ kind: 'info', key: redo ? 'history.nothingToRedo' : 'history.nothingToUndo' });
    return;
  }
  if (!step.result.ok) {
    notify({ kind: 'error', error: step.result.error });
    return;
  }
  show(step.command.articleId);
  notify({ kind: 'info', key: `history.${redo ? 'redone' : 'undone'}.${step.command.label}` });
}

/** `onFailed`, when given, takes over a step that failed (see use-undo-repair.ts); the step stays in the history. */
export function useUndoKeys(
  history: UndoHistory,
  notify: Notify,
  show: (articleId: string) => void,
  onFailed?: (step: HistoryStep, direction: Direction) => Promise<void>,
): void {
  const showRef = useRef(show);
  const failedRef = useRef(onFailed);
  useEffect(() => {
    showRef.current = show;
    failedRef.current = onFailed;
  }, [show, onFailed]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const redo = (event.code === 'KeyZ' && event.shiftKey) || (event.code === 'KeyY' && !event.shiftKey);
      const undo = event.code === 'KeyZ' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      const direction: Direction = redo ? 'redo' : 'undo';
      void (redo ? history.redo() : history.undo()).then((step) => {
        const failed = failedRef.current;
        if (step && !step.result.ok && failed) void failed(step, direction);
        else reportStep(step, direction, notify, showRef.current);
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, notify]);
}
