/**
 * Acting on the application menu: a component names the menu commands it
 * handles and this hook runs the matching one each time main pushes a
 * 'menu-command'. The app shell handles the app's commands; the reader
 * handles the open article's (next annotation, tag all mentions…), so a
 * command meant for the reader does nothing while the library is shown.
 */

import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc-contract';
import { api } from '../api';
import { useLatest } from './use-latest';

/** What to do for each handled command; commands left out are someone else's. */
export type MenuHandlers = Partial<Record<MenuCommand, () => void>>;

/** Runs `handlers[command]` for every menu command main pushes while the component is mounted. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const latest = useLatest(handlers);
  useEffect(() => api.onMenuCommand((command) => latest()[command]?.()), [latest]);
}
