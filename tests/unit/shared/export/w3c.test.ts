/**
 * W3C export (issue 16): each note body's `language` is told by the note's
 * own script, not copied from the article: an Arabic note on an Arabic
 * article is "ar", an English note "en", a Latin note in another language,
 * a mixed one or a Persian one carries no language; the collection still
 * validates against the Web Annotation schema.
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { scriptLanguage } from '../../../../shared/arabic-text';
import { buildW3cCollection, type W3cAnnotation, type W3cCollection } from '../../../../shared/export/w3c';
import type { HamishExport } from '../../../../shared/export-format';
import w3cSchema from '../../../../shared/schema/web-annotation.schema.json';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(w3cSchema);

const NOTES = [
  ['مبعوث أمريكي، "خاص"\nسطر ثان 𝕏', 'ar'],
  ['The envoy met the delegation in Doha.', 'en'],
  ["L'envoyé a rencontré la délégation à Doha.", undefined],
  ['Witkoff قال إن المفاوضات مستمرة and more English words here', undefined],
  ['این یک یادداشت فارسی است', undefined],
  ['🙂 2025', undefined],
] as const;

function exportWithNotes(): HamishExport {
  const text = 'قال ستيف ويتكوف إن المفاوضات مستمرة';
  const at = '2025-11-20T10:00:00.000Z';
  return {
    format: 'hamish-annotations',
    version: 2,
    exportedAt: at,
    generator: 'test',
    taxonomy: DEFAULT_TAXONOMY,
    articles: [
      {
        id: '0b7f5a52-6c1e-4e43-9f0a-2d5e8c1b7a10',
        title: 'لقاء',
        source: '',
        date: '',
        language: 'ar',
        textSha256: '0'.repeat(64),
        length: [...text].length,
        offsetUnit: 'codepoint',
        annotations: NOTES.map(([note], i) => ({
          id: `a0000000-0000-4000-8000-00000000000${i}`,
          start: 4,
          end: 15,
          quote: 'ستيف ويتكوف',
          prefix: 'قال ',
          suffix: ' إن المفاوضات مستمرة',
          tag: 'actor',
          note,
          createdAt: at,
          updatedAt: at,
        })),
      },
    ],
  };
}

describe('W3C note language', () => {
  it('labels each note by its own script, or leaves the language out', () => {
    // No claims in this export: every item annotates a span.
    const collection = buildW3cCollection(
      exportWithNotes(),
      '7d1c5a52-6c1e-4e43-9f0a-2d5e8c1b7a10',
    ) as W3cCollection<W3cAnnotation>;
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    const notes = collection.first.items.map((item) => item.body.find((b) => b.purpose === 'commenting'));
    expect(notes.map((b) => b?.value)).toEqual(NOTES.map(([note]) => note));
    notes.forEach((body, i) => {
      const expected = NOTES[i]?.[1];
      if (expected === undefined) expect(body).not.toHaveProperty('language');
      else expect(body?.language).toBe(expected);
    });
    // The article's own language is still on the target.
    expect(collection.first.items.every((item) => item.target.source.language === 'ar')).toBe(true);
  });

  it('scriptLanguage needs a clear majority of one script', () => {
    expect(scriptLanguage('')).toBeUndefined();
    expect(scriptLanguage('حماس Hamas')).toBeUndefined();
    expect(scriptLanguage('ملاحظة')).toBe('ar');
    expect(scriptLanguage('the note')).toBe('en');
    expect(scriptLanguage('Notiz zur Sitzung')).toBeUndefined();
  });
});
