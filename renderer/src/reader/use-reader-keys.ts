/**
 * The keyboard tagging loop in the reader: arrows move through words (with
 * Shift, extend the selection) and sentences; "]" and "[" jump between
 * annotations; on a selected annotation Shift+arrows move its end and
 * Alt+Shift+arrows its start by a word; Delete removes it, M tags all its
 * mentions; "?" shows the shortcuts; Esc lets go. Tagging itself is the tag
 * menu's number keys. Arrows follow the screen: in Arabic, ← reads on.
 */

import { useEffect } from 'react';
import { isTyping } from '../ui/is-typing';

export interface ReaderKeyActions {
  /** True when the article runs right to left. */
  rtl: boolean;
  /** Select the next (+1) or previous (-1) word; `extend` keeps the selection's start. */
  word(step: 1 | -1, extend: boolean): void;
  sentence(step: 1 | -1): void;
  annotation(step: 1 | -1): void;
  /** Move an edge of the selected annotation a word forward (+1) or back (-1) in reading order; false when none is selected. */
  edge(edge: 'start' | 'end', step: 1 | -1): boolean;
  deleteSelected(): void;
  tagAllSelected(): void;
  toggleHelp(): void;
  escape(): void;
}

export function useReaderKeys(actions: ReaderKeyActions | null): void {
  useEffect(() => {
    if (!actions) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || isTyping(event.target) || event.defaultPrevented) return;
      const handled = dispatchKey(actions, event);
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}

function dispatchKey(a: ReaderKeyActions, event: KeyboardEvent): boolean {
  const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  if (horizontal) {
    // Forward in reading order: left in right-to-left text.
    const step: 1 | -1 = (event.key === 'ArrowLeft') === a.rtl ? 1 : -1;
    if (event.shiftKey && a.edge(event.altKey ? 'start' : 'end', step)) {
      return true;
    }
    a.word(step, event.shiftKey);
    return true;
  }
  if (event.altKey) return false;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    a.sentence(event.key === 'ArrowDown' ? 1 : -1);
    return true;
  }
  if (event.code === 'BracketRight' || event.code === 'BracketLeft') {
    a.annotation(event.code === 'BracketRight' ? 1 : -1);
    return true;
  }
  if (event.key === 'Delete' || event.key === 'Backspace') {
    a.deleteSelected();
    return true;
  }
  if (event.code === 'KeyM') {
    a.tagAllSelected();
    return true;
  }
  if (event.key === '?' || event.key === '؟') {
    a.toggleHelp();
    return true;
  }
  if (event.key === 'Escape') {
    a.escape();
    return false;
  }
  return false;
}
