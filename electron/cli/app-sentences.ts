/**
 * The app's own sentences for the CLI: an i18next instance over the
 * renderer's locale files (renderer/src/i18n/resources.ts), with the app's
 * options, so `hamish import` words its report exactly as the import panel.
 */

import i18next from 'i18next';
import { I18N_OPTIONS } from '../../renderer/src/i18n/resources';
import type { Translate } from '../../shared/import-report-lines';
import type { CliLanguage } from './messages';

const made = new Map<CliLanguage, Translate>();

/**
 * The app's translate function in `language`, made synchronously on first
 * use (no backend: the resources are bundled) and kept for later calls.
 */
export function appTranslate(language: CliLanguage): Translate {
  const known = made.get(language);
  if (known) return known;
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language, initAsync: false });
  const translate: Translate = (key, options) => instance.t(key, options ?? {});
  made.set(language, translate);
  return translate;
}
