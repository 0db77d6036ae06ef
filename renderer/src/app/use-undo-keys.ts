/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the latest annotation
 * change of the session, wherever it was made: the app then shows that
 * article with its annotations reloaded. Text fields keep their own undo.
 */

import { useEffect, useRef } from 'react';
import type { UndoHistory } from '../../../shared/undo-history';
import { isTyping } from '../ui/is-typing';
import type { Notify } from '../status';

export function useUndoKeys(history: UndoHistory, notify: Notify, show: (articleId: string) => void): void {
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  }, [show]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const redo = (event.code === 'KeyZ' && event.shiftKey) || (event.code === 'KeyY' && !event.shiftKey);
      const undo = event.code === 'KeyZ' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      void (redo ? history.redo() : history.undo()).then((step) => {
        if (!step) {
          notify({ kind: 'info', key: redo ? 'history.nothingToRedo' : 'history.nothingToUndo' });
          return;
        }
        if (!step.result.ok) {
          notify({ kind: 'error', error: step.result.error });
          return;
        }
        showRef.current(step.command.articleId);
        notify({ kind: 'info', key: `history.${redo ? 'redone' : 'undone'}.${step.command.label}` });
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, notify]);
}
