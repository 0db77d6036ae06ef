/**
 * Interface translations (Arabic default, English) with i18next. Changing the
 * language also sets <html lang dir>, so the whole UI flips; article text
 * keeps its own direction.
 */

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/preferences';
import type { AppError } from '../../../shared/result';
import { errorSentence, isolate } from '../../../shared/import-report-lines';
import { I18N_OPTIONS } from './resources';

export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
}

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    ...I18N_OPTIONS,
    lng: language,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', (lng) => applyDocumentLanguage(lng === 'en' ? 'en' : 'ar'));
}

/** Message params that name a file or a folder: shown isolated, so a Latin path reads whole in Arabic. */
const PATH_PARAMS = ['file', 'path'];

/**
 * `params` with each non-empty file or path value (PATH_PARAMS) wrapped in
 * First Strong Isolate … Pop Directional Isolate, the other values as they are.
 */
export function withIsolatedPaths<T extends string | number>(
  params: Record<string, T>,
): Record<string, T | string> {
  const out: Record<string, T | string> = { ...params };
  for (const key of PATH_PARAMS) {
    const value = params[key];
    if (typeof value === 'string' && value !== '') out[key] = isolate(value);
  }
  return out;
}

/** The user-facing message for an error value, in the current language; file and path params isolated. */
export function errorMessage(error: AppError): string {
  const isolated = error.params ? { ...error, params: withIsolatedPaths(error.params) } : error;
  return errorSentence((key, options) => i18next.t(key, options ?? {}), isolated);
}

export { i18next };
