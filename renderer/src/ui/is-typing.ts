/** Tells a keyboard shortcut apart from typing: shortcuts must never steal keys meant for a text field. */

/** True when a key event goes to a text field (input, textarea, select or contenteditable). */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null
  );
}
