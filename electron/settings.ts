/**
 * Preferences and window bounds, kept with electron-store. A preferences file
 * that does not parse is renamed aside (never wiped) and defaults are used;
 * the caller is told so it can show a notice.
 */

import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { DEFAULT_PREFERENCES, UI_LANGUAGES, type UiLanguage } from '../shared/preferences';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface SettingsShape {
  language: UiLanguage;
  window: WindowBounds;
}

const DEFAULTS: SettingsShape = {
  language: DEFAULT_PREFERENCES.language,
  window: { width: 1280, height: 860, maximized: false },
};

export interface Settings {
  store: Store<SettingsShape>;
  /** Path of a corrupt preferences file that was kept aside at start, if any. */
  setAside: string | null;
}

function createStore(cwd: string): Store<SettingsShape> {
  return new Store<SettingsShape>({
    name: 'preferences',
    cwd,
    defaults: DEFAULTS,
    clearInvalidConfig: false,
  });
}

/** Opens the preferences in `cwd` (the userData folder). */
export function openSettings(cwd: string): Settings {
  try {
    return { store: createStore(cwd), setAside: null };
  } catch {
    const file = join(cwd, 'preferences.json');
    const aside = join(cwd, `preferences.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    if (existsSync(file)) renameSync(file, aside);
    return { store: createStore(cwd), setAside: aside };
  }
}

export function readLanguage(settings: Settings): UiLanguage {
  const value = settings.store.get('language');
  return (UI_LANGUAGES as readonly string[]).includes(value) ? value : DEFAULT_PREFERENCES.language;
}
