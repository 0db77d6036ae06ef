/**
 * Preferences and window bounds, kept with electron-store. A preferences file
 * that does not parse is renamed aside (never wiped) and defaults are used;
 * the caller is told so it can show a notice. A file starting with a UTF-8
 * byte order mark is read as usual.
 */

import Store from 'electron-store';
import { DEFAULT_PREFERENCES, UI_LANGUAGES, type UiLanguage } from '../shared/preferences';
import { CoderPreference } from './services/coder-preference';
import { openPreferencesFile, parsePreferencesText } from './services/storage/preferences-file';
import { settingsFileSchema } from './settings-schema';

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
  /** The local coder (issue 20); absent until chosen. */
  coder?: string;
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
    deserialize: (text) => parsePreferencesText(text) as SettingsShape,
  });
}

/** Opens the preferences in `cwd` (the userData folder); a damaged file is kept aside, never wiped. */
export function openSettings(cwd: string): Settings {
  return openPreferencesFile(
    cwd,
    () => createStore(cwd),
    (data) => settingsFileSchema.safeParse(data).success,
  );
}

/** The local coder preference kept under the key `coder` (see coder-preference.ts). */
export function coderSetting(settings: Settings): CoderPreference {
  return new CoderPreference({
    get: () => settings.store.get('coder'),
    set: (name) => settings.store.set('coder', name),
  });
}

export function readLanguage(settings: Settings): UiLanguage {
  const value = settings.store.get('language');
  return (UI_LANGUAGES as readonly string[]).includes(value) ? value : DEFAULT_PREFERENCES.language;
}
