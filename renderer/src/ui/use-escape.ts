/** The one Esc handler: dialogs (through Modal) and overlays close on Escape with it. */

import { useLayoutEffect } from 'react';

/**
 * Calls `onEscape` on every Escape key press while the calling component is
 * mounted. Registered in a layout effect, before the browser paints: a
 * dialog that shows after an answer from main (the scheme editor) hears an
 * Esc pressed the moment it appears (a passive effect ran only after paint).
 */
export function useEscape(onEscape: () => void): void {
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscape]);
}
