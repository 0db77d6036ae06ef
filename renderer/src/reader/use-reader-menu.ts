/**
 * The application menu's Article items acting on the open article: the same
 * actions as the reader's own keys (] [ M Delete), so a command chosen in the
 * menu and the key shown beside it do one and the same thing.
 */

import { useMenuCommands } from '../ui/use-menu-commands';
import type { ReaderKeyActions } from './use-reader-keys';

/** Runs the Article menu's commands with `actions` (nothing while the article is loading). */
export function useReaderMenu(actions: ReaderKeyActions | null): void {
  useMenuCommands({
    'next-annotation': () => actions?.annotation(1),
    'previous-annotation': () => actions?.annotation(-1),
    'tag-all-mentions': () => actions?.tagAllSelected(),
    'delete-annotation': () => actions?.deleteSelected(),
  });
}
