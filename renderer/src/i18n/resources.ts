/**
 * The interface translations, one JSON file per feature and language under
 * locales/<language>/, merged here into one i18next namespace per language.
 * Each top-level section (e.g. "reader", "backups") lives in exactly one
 * feature file; tests/unit/renderer/i18n/resources.test.ts checks that and
 * that Arabic and English have the same keys.
 */

import arAdjudication from './locales/ar/adjudication.json';
import arAgreement from './locales/ar/agreement.json';
import arAnalysis from './locales/ar/analysis.json';
import arClaims from './locales/ar/claims.json';
import arCoders from './locales/ar/coders.json';
import arCommon from './locales/ar/common.json';
import arCompare from './locales/ar/compare.json';
import arLibrary from './locales/ar/library.json';
import arReader from './locales/ar/reader.json';
import arSafety from './locales/ar/safety.json';
import arTaxonomy from './locales/ar/taxonomy.json';
import arTransfer from './locales/ar/transfer.json';
import arWorkbench from './locales/ar/workbench.json';
import enAdjudication from './locales/en/adjudication.json';
import enAgreement from './locales/en/agreement.json';
import enAnalysis from './locales/en/analysis.json';
import enClaims from './locales/en/claims.json';
import enCoders from './locales/en/coders.json';
import enCommon from './locales/en/common.json';
import enCompare from './locales/en/compare.json';
import enLibrary from './locales/en/library.json';
import enReader from './locales/en/reader.json';
import enSafety from './locales/en/safety.json';
import enTaxonomy from './locales/en/taxonomy.json';
import enTransfer from './locales/en/transfer.json';
import enWorkbench from './locales/en/workbench.json';

/** The feature files of each language, in the same order (for the key checks). */
export const FEATURE_FILES = {
  ar: {
    adjudication: arAdjudication,
    agreement: arAgreement,
    analysis: arAnalysis,
    claims: arClaims,
    coders: arCoders,
    common: arCommon,
    compare: arCompare,
    library: arLibrary,
    reader: arReader,
    safety: arSafety,
    taxonomy: arTaxonomy,
    transfer: arTransfer,
    workbench: arWorkbench,
  },
  en: {
    adjudication: enAdjudication,
    agreement: enAgreement,
    analysis: enAnalysis,
    claims: enClaims,
    coders: enCoders,
    common: enCommon,
    compare: enCompare,
    library: enLibrary,
    reader: enReader,
    safety: enSafety,
    taxonomy: enTaxonomy,
    transfer: enTransfer,
    workbench: enWorkbench,
  },
} as const;

/** One language's translations: its feature files merged (their sections never overlap). */
function merge(files: Record<string, object>): Record<string, unknown> {
  return Object.assign({}, ...Object.values(files)) as Record<string, unknown>;
}

/** i18next resources: Arabic and English, each in the default "translation" namespace. */
export const RESOURCES = {
  ar: { translation: merge(FEATURE_FILES.ar) },
  en: { translation: merge(FEATURE_FILES.en) },
};

/**
 * How the app sets up i18next, besides the language: the CLI's import report
 * (electron/cli/app-sentences.ts) uses the same options so its sentences are
 * the app's to the letter.
 */
export const I18N_OPTIONS = {
  resources: RESOURCES,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;
