/**
 * The adjudication view's keys, one per choice, read from the physical key
 * (`event.code`) so they are the same on an Arabic and an English keyboard
 * layout: 1 mine, 2 theirs, 3 both, 4 neither, 5 edit; ↓ or J the next
 * disagreement, ↑ or K the previous one. Shown on screen as listed here.
 */

import type { Choice } from '../../../shared/adjudication/adjudication-types';

/** Each choice's key as shown on its button, and the physical key codes that press it. */
export const CHOICE_KEYS: readonly { choice: Choice; label: string; codes: readonly string[] }[] = [
  { choice: 'mine', label: '1', codes: ['Digit1', 'Numpad1'] },
  { choice: 'theirs', label: '2', codes: ['Digit2', 'Numpad2'] },
  { choice: 'both', label: '3', codes: ['Digit3', 'Numpad3'] },
  { choice: 'neither', label: '4', codes: ['Digit4', 'Numpad4'] },
  { choice: 'edit', label: '5', codes: ['Digit5', 'Numpad5'] },
];

/** Moves between disagreements, with the keys shown on their buttons. */
export const MOVE_KEYS = {
  next: { label: '↓ J', codes: ['ArrowDown', 'KeyJ'] },
  previous: { label: '↑ K', codes: ['ArrowUp', 'KeyK'] },
} as const;

export type KeyAction = { kind: 'choose'; choice: Choice } | { kind: 'move'; step: 1 | -1 };

/** What a key press (its `code`, without Ctrl, Alt or Meta) does in the view, or null. */
export function keyAction(code: string): KeyAction | null {
  const choice = CHOICE_KEYS.find((k) => k.codes.includes(code));
  if (choice) return { kind: 'choose', choice: choice.choice };
  if ((MOVE_KEYS.next.codes as readonly string[]).includes(code)) return { kind: 'move', step: 1 };
  if ((MOVE_KEYS.previous.codes as readonly string[]).includes(code)) return { kind: 'move', step: -1 };
  return null;
}
