/**
 * shared/import-report-lines.ts words a report with the app's locale strings:
 * the shortfall warning follows the words kept on the same line, the
 * near-duplicate line gives the rounded percentage, a refusal without its own
 * reason falls back to the app's error sentence, the hidden-text warning
 * follows too; English and Arabic.
 */

import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_OPTIONS } from '../../../renderer/src/i18n/resources';
import { importReportLines, importSummaryLine, type Translate } from '../../../shared/import-report-lines';
import type { BatchImportReport } from '../../../shared/import-types';

function appT(language: 'en' | 'ar'): Translate {
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language, initAsync: false });
  return (key, options) => instance.t(key, options ?? {});
}

const report: BatchImportReport = {
  total: 4,
  added: [
    { file: 'bbc.html', id: 'a1', title: 'T', words: 68, shortfall: { keptWords: 68, pageWords: 1900 } },
  ],
  duplicates: [
    {
      file: 'copy.md',
      existingId: 'a0',
      existingTitle: 'هدنة',
      words: 300,
      reason: 'near-duplicate',
      similarity: 0.916,
    },
  ],
  refused: [
    { file: 'a.docx', code: 'file-unsupported', message: 'x', params: { file: 'a.docx' } },
    { file: 'b.txt', code: 'internal', message: 'disk on fire', params: {} },
  ],
  cancelled: false,
};

describe('importReportLines', () => {
  it('words every line as the app does, in English', () => {
    const t = appT('en');
    expect(importReportLines(report, t)).toEqual([
      {
        kind: 'added',
        file: 'bbc.html',
        text:
          `${t('import.added', { file: '\u2068bbc.html\u2069', count: 68 })} ` +
          t('import.shortfall', { kept: 68, page: 1900 }),
      },
      {
        kind: 'refused',
        file: 'a.docx',
        text: t('import.reasons.line', {
          file: '\u2068a.docx\u2069',
          reason: t('import.reasons.file-unsupported'),
        }),
      },
      {
        kind: 'refused',
        file: 'b.txt',
        text: t('import.reasons.line', {
          file: '\u2068b.txt\u2069',
          reason: t('errors.internal', { message: 'disk on fire' }),
        }),
      },
      {
        kind: 'duplicate',
        file: 'copy.md',
        text: t('import.duplicateReasons.near-duplicate', {
          file: '\u2068copy.md\u2069',
          title: '\u2068هدنة\u2069',
          percent: 92,
        }),
      },
    ]);
    const lines = importReportLines(report, t).map((l) => l.text);
    expect(lines[0]).toMatch(/68 words kept\..*Only 68 words were kept from a page of 1900/u);
    expect(lines[2]).toContain('disk on fire');
    expect(lines[3]).toContain('92 %');
    expect(importSummaryLine(report, t)).toBe(t('import.summary', { added: 1, duplicates: 1, refused: 2 }));
  });

  it('speaks Arabic with the Arabic strings', () => {
    const lines = importReportLines(report, appT('ar')).map((l) => l.text);
    expect(lines[0]).toContain(appT('ar')('import.shortfall', { kept: 68, page: 1900 }));
    expect(lines[3]).toContain('92٪');
    expect(lines.every((l) => !/[a-z]+ (words|kept)/u.test(l))).toBe(true);
  });

  it('adds the hidden-text warning to an added page that left body copy hidden on it out', () => {
    const hidden: BatchImportReport = {
      ...report,
      added: [{ file: 'more.html', id: 'a2', title: 'T', words: 89, hidden: { words: 44 } }],
    };
    const [en] = importReportLines(hidden, appT('en')).map((l) => l.text);
    expect(en).toBe(
      '“\u2068more.html\u2069” added: 89 words kept. ' +
        '44 words of text hidden on the page were left out: check the article against the page.',
    );
    const [ar] = importReportLines(hidden, appT('ar')).map((l) => l.text);
    expect(ar).toContain('تُركت 44 كلمة من نص مخفي في الصفحة');
    expect(importReportLines(report, appT('en'))[0]?.text).not.toContain('hidden');
  });

  it('says "1 word", "2 words" in English and the Arabic number forms (one, two, few, many, other)', () => {
    const line = (language: 'en' | 'ar', words: number) =>
      importReportLines(
        { ...report, added: [{ file: 'a.txt', id: 'a', title: 'T', words }] },
        appT(language),
      )[0]?.text;
    expect(line('en', 1)).toBe('“\u2068a.txt\u2069” added: 1 word kept.');
    expect(line('en', 2)).toBe('“\u2068a.txt\u2069” added: 2 words kept.');
    expect(line('ar', 1)).toBe('أُضيف «\u2068a.txt\u2069»: حُفظت كلمة واحدة.');
    expect(line('ar', 2)).toBe('أُضيف «\u2068a.txt\u2069»: حُفظت كلمتان.');
    expect(line('ar', 7)).toBe('أُضيف «\u2068a.txt\u2069»: حُفظت 7 كلمات.');
    expect(line('ar', 68)).toBe('أُضيف «\u2068a.txt\u2069»: حُفظت 68 كلمةً.');
    expect(line('ar', 412)).toBe('أُضيف «\u2068a.txt\u2069»: حُفظت 412 كلمةً.');
    expect(line('ar', 400)).toBe('أُضيف «\u2068a.txt\u2069»: حُفظت 400 كلمة.');
  });
});
