/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the latest annotation
 * change of the session, wherever it was made: the app then shows that
 * article with its annotations reloaded. Text fields keep their own undo.
 * A step that fails stays in the history and can be repaired (use-undo-repair.ts).
 */

import { useCallback, useEffect, useRef } from 'react';
import type { Direction, HistoryStep, UndoHistory } from '../../../shared/undo-history';
import { isTyping } from '../ui/is-typing';
import type { Notify } from '../status';

/** Tells how an undo or redo went: nothing to do, the error, or the step done (its article is shown). */
export function reportStep(
  step: HistoryStep | null,
  direction: Direction,
  notify: Notify,
  show: (articleId: string, label: string) => void,
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
  show(step.command.articleId, step.command.label);
  notify({ kind: 'info', key: `history.${redo ? 'redone' : 'undone'}.${step.command.label}` });
}

/**
 * Installs the undo keys and returns `step(direction)`, the same undo or redo
 * for the Edit menu. `onFailed`, when given, takes over a step that failed
 * (see use-undo-repair.ts); the step stays in the history.
 */
export function useUndoKeys(
  history: UndoHistory,
  notify: Notify,
  show: (articleId: string, label: string) => void,
  onFailed?: (step: HistoryStep, direction: Direction) => Promise<void>,
): (direction: Direction) => void {
  const showRef = useRef(show);
  const failedRef = useRef(onFailed);
  useEffect(() => {
    showRef.current = show;
    failedRef.current = onFailed;
  }, [show, onFailed]);
  const step = useCallback(
    (direction: Direction) => {
      void (direction === 'redo' ? history.redo() : history.undo()).then((done) => {
        const failed = failedRef.current;
        if (done && !done.result.ok && failed) void failed(done, direction);
        else reportStep(done, direction, notify, showRef.current);
      });
    },
    [history, notify],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const redo = (event.code === 'KeyZ' && event.shiftKey) || (event.code === 'KeyY' && !event.shiftKey);
      const undo = event.code === 'KeyZ' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      step(redo ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
  return step;
}

/**
 * Edit › Undo/Redo from the menu while a text field has the focus: the field's
 * own undo, as its keys would do. True when a field took it (then the
 * annotation history is left alone).
 */
export function undoInField(direction: Direction): boolean {
  if (!isTyping(document.activeElement)) return false;
  // The one way a page can ask for a field's native undo stack; Electron's
  // webContents.undo() would need main to know where the focus is.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  document.execCommand(direction);
  return true;
}
