/**
 * The keyboard tagging loop in the reader: arrows move through words (with
 * Shift, extend the selection) and sentences; "]" and "[" jump between
 * annotations; on a selected annotation Shift+arrows move its end and
 * Alt+Shift+arrows its start by a word; Delete removes it, M tags all its
 * mentions, E opens its entity picker, N goes to its note, R retags it; "?" shows the shortcuts; Esc lets go. Tagging itself is the tag
 * menu's number keys. Arrows follow the screen: in Arabic, ← reads on.
 * The claim keys (claims/claim-keys.ts: C, V, Space, Enter, Esc in a draft)
 * are tried first.
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
  /** Opens the entity picker of the selected annotation (nothing when none is selected). */
  entitySelected(): void;
  /** Put the caret in the selected annotation's note. */
  note(): void;
  /** Open the tag menu over the selected annotation to change its tag. */
  retag(): void;
  toggleHelp(): void;
  escape(): void;
  /** The claim keys, tried before the others: true when the key was used. */
  claim?(event: KeyboardEvent): boolean;
}

export function useReaderKeys(actions: ReaderKeyActions | null): void {
  useEffect(() => {
    if (!actions) return;
    const onKey = (event: KeyboardEvent) => {
      // A key pressed in a modal dialog is the dialog's (its Esc must not also cancel a claim being built).
      const inModal = event.target instanceof Element && event.target.closest('[aria-modal="true"]') !== null;
      if (event.ctrlKey || event.metaKey || isTyping(event.target) || event.defaultPrevented || inModal)
        return;
      const handled = dispatchKey(actions, event);
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}

/**
 * The keys that run one action when Alt is up, tried in order: which key,
 * what it does, and whether the key is consumed (Esc is left to others too).
 */
const KEY_ACTIONS: readonly {
  when: (e: KeyboardEvent) => boolean;
  run: (a: ReaderKeyActions, e: KeyboardEvent) => void;
  consume: boolean;
}[] = [
  {
    when: (e) => e.key === 'ArrowDown' || e.key === 'ArrowUp',
    run: (a, e) => a.sentence(e.key === 'ArrowDown' ? 1 : -1),
    consume: true,
  },
  {
    when: (e) => e.code === 'BracketRight' || e.code === 'BracketLeft',
    run: (a, e) => a.annotation(e.code === 'BracketRight' ? 1 : -1),
    consume: true,
  },
  { when: (e) => e.key === 'Delete' || e.key === 'Backspace', run: (a) => a.deleteSelected(), consume: true },
  { when: (e) => e.code === 'KeyM', run: (a) => a.tagAllSelected(), consume: true },
  { when: (e) => e.code === 'KeyE', run: (a) => a.entitySelected(), consume: true },
  // By physical key, so an Arabic keyboard layout reaches them too (E and L are the entity keys').
  { when: (e) => e.code === 'KeyN', run: (a) => a.note(), consume: true },
  { when: (e) => e.code === 'KeyR', run: (a) => a.retag(), consume: true },
  { when: (e) => e.key === '?' || e.key === '؟', run: (a) => a.toggleHelp(), consume: true },
  { when: (e) => e.key === 'Escape', run: (a) => a.escape(), consume: false },
];

function dispatchKey(a: ReaderKeyActions, event: KeyboardEvent): boolean {
  if (a.claim?.(event)) return true;
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
  const hit = KEY_ACTIONS.find((k) => k.when(event));
  if (!hit) return false;
  hit.run(a, event);
  return hit.consume;
}
