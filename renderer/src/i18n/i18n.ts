/**
 * Interface translations (Arabic default, English) with i18next. Changing the
 * language also sets <html lang dir>, so the whole UI flips; article text
 * keeps its own direction.
 */

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/preferences';
import type { AppError } from '../../../shared/result';
import { RESOURCES } from './resources';

export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
}

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', (lng) => applyDocumentLanguage(lng === 'en' ? 'en' : 'ar'));
}

/** The user-facing message for an error value, in the current language. */
export function errorMessage(error: AppError): string {
  return i18next.t(`errors.${error.code}`, {
    field: '',
    file: '',
    message: error.message,
    ...error.params,
  });
}

export { i18next };
