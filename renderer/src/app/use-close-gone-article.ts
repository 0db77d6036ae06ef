/**
 * Closing the reader on an article main took away on its own: a backup
 * restored (or the list rebuilt or repaired) is told by the 'library-changed'
 * push; when the article open in the reader is no longer in the library, the
 * reader goes back to the library with a status message saying why, instead
 * of staying on an article the library no longer holds.
 */

import { useEffect, useRef } from 'react';
import { api } from '../api';
import type { Notify } from '../status';

/**
 * On each 'library-changed' push, asks main for the article `openId`; when
 * main answers 'not-found' and it is still the one open, calls `close` (back
 * to the library) and says so in the status line (status.openArticleGone).
 * Any other answer leaves the reader as it is.
 */
export function useCloseGoneArticle(openId: string | null, close: () => void, notify: Notify): void {
  const open = useRef(openId);
  useEffect(() => {
    open.current = openId;
  }, [openId]);
  useEffect(
    () =>
      api.onLibraryChanged(() => {
        const id = open.current;
        if (id === null) return;
        void api.getArticle(id).then((result) => {
          if (result.ok || result.error.code !== 'not-found' || open.current !== id) return;
          close();
          notify({ kind: 'info', key: 'status.openArticleGone' });
        });
      }),
    [close, notify],
  );
}
