/** User preferences kept by the main process (electron-store) and read by the UI. */

export const UI_LANGUAGES = ['ar', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Preferences {
  language: UiLanguage;
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'ar' };
