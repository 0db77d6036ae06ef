/**
 * Names of products and standards (REFI-QDA, JSON-LD, UTF-8, SHA-256) are
 * never broken across lines in the interface (polish brief, item 4): a line
 * may break after an ordinary hyphen, and "REFI-" / "QDA" on two lines reads
 * as two things. Every message of both languages writes them with the
 * non-breaking hyphen U+2011; tests/e2e/product-names-whole.spec.ts measures
 * the lines in a narrow window.
 */

import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../renderer/src/i18n/resources';

/** The hyphenated names kept whole, as a user would type them (with U+002D). */
const PRODUCT_NAMES = ['REFI-QDA', 'JSON-LD', 'UTF-8', 'SHA-256'] as const;

/** Every message of a nested translation object. */
function messages(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(messages);
  return [];
}

describe('product names in the interface', () => {
  for (const language of ['ar', 'en'] as const) {
    it(`are written with a non-breaking hyphen in every ${language} message`, () => {
      const all = messages(RESOURCES[language].translation);
      const broken = all.filter((m) => PRODUCT_NAMES.some((name) => m.includes(name)));
      expect(broken).toEqual([]);
      // The names are there (written whole): REFI‑QDA at least in the import and export dialogs.
      expect(all.filter((m) => m.includes('REFI\u2011QDA')).length).toBeGreaterThan(5);
    });
  }
});
