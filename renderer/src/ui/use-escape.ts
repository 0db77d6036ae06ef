/** The one Esc handler: dialogs (through Modal) and overlays close on Escape with it. */

import { useEffect } from 'react';

/** Calls `onEscape` on every Escape key press while the calling component is mounted. */
export function useEscape(onEscape: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscape]);
}
