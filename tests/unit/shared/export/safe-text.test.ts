/**
 * The pieces that make export text safe: controls dropped or masked one for
 * one, formula triggers neutralised; and brat over a text that holds
 * controls (a library from before canonical text): the .txt masks them and
 * every offset still slices it to the quote.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrat } from '../../../../shared/export/brat';
import { buildCsv, CSV_COLUMNS } from '../../../../shared/export/csv';
import { dropControls, maskControls, neutraliseFormula } from '../../../../shared/export/safe-text';
import { buildExport } from '../../../../shared/export-format';
import type { Annotation, ArticleMeta } from '../../../../shared/model';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { parseCsv } from '../../transfer-helpers';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Every control, globally. */
const CONTROL_ALL = new RegExp(CONTROL.source, 'gu');
const FORMULA = /(^|[,;\t\r\n"])[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ' ',
      '\u00A0',
      ',',
      ';',
      '"',
      "'",
      '＝',
      '\u0000',
      '\u001B',
      '\u0085',
      '\u202E',
    ),
    fc.constantFrom('ع', 'ب', 'a', '1', '🙂'),
  ),
  maxLength: 30,
});

describe('safe text', () => {
  it('no cell made from any text starts a formula or holds a control but TAB/LF', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const cell = neutraliseFormula(dropControls(text));
        expect(FORMULA.test(cell)).toBe(false);
        expect(CONTROL.test(cell)).toBe(false);
        // Only apostrophes were added: removing the added ones gives the text without controls back.
        expect(cell.length - dropControls(text).length).toBe(
          [...cell].filter((c) => c === "'").length - [...text].filter((c) => c === "'").length,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('masking keeps the length in code points and UTF-16 units', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const masked = maskControls(text);
        expect(masked.length).toBe(text.length);
        expect([...masked].length).toBe([...text].length);
        expect(CONTROL.test(masked)).toBe(false);
      }),
    );
  });

  it('leaves text without triggers or controls alone', () => {
    const text = 'قال ستيف ويتكوف - المبعوث - إن "المفاوضات" مستمرة، 100%';
    expect(neutraliseFormula(dropControls(text))).toBe(text);
  });
});

describe('exports over a text that holds controls', () => {
  const text = 'خبر\u0000 عاجل\u001B[31m: قال ستيف ويتكوف\nإن\u0085 المفاوضات 🙂 مستمرة\u007F.';
  const cp = [...text];
  const span = (phrase: string): [number, number] => {
    const at = [...text.slice(0, text.indexOf(phrase))].length;
    return [at, at + [...phrase].length];
  };
  const annotations: Annotation[] = ['عاجل\u001B[31m', 'ويتكوف\nإن\u0085', '🙂 مستمرة\u007F'].map(
    (phrase, i) => {
      const [start, end] = span(phrase);
      return {
        id: `00000000-0000-4000-8000-00000000000${i}`,
        articleId: '10000000-0000-4000-8000-000000000000',
        start,
        end,
        tag: 'actor',
        quote: cp.slice(start, end).join(''),
        prefix: '',
        suffix: '',
        note: `=1\u0000${i}`,
        createdAt: '2026-11-30T00:00:00.000Z',
        updatedAt: '2026-11-30T00:00:00.000Z',
      };
    },
  );
  const meta: ArticleMeta = {
    id: '10000000-0000-4000-8000-000000000000',
    title: '@عنوان\u001B',
    source: '',
    date: '',
    language: 'ar',
    addedAt: '2026-11-30T00:00:00.000Z',
    textSha256: '0'.repeat(64),
    length: cp.length,
    annotationCount: annotations.length,
  };
  const data = buildExport([{ meta, annotations, text, blocks: [] }], DEFAULT_TAXONOMY, 'now', 'test', {
    includeText: true,
  });

  it('brat: the .txt masks each control with U+FFFD and every offset slices it to the quote', () => {
    const files = buildBrat(data);
    const txt = files.get(`${meta.id}.txt`) ?? '';
    expect([...txt]).toHaveLength(cp.length);
    expect(CONTROL.test(txt)).toBe(false);
    expect(txt).toBe(text.replace(CONTROL_ALL, '\uFFFD'));
    const ann = files.get(`${meta.id}.ann`) ?? '';
    expect(CONTROL.test(ann)).toBe(false);
    const lines = ann.split('\n').filter((l) => l.startsWith('T'));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const [, spans = '', quote] = line.split('\t');
      const pieces = spans
        .split(' ')
        .slice(1)
        .join(' ')
        .split(';')
        .map((f) => f.split(' ').map(Number));
      expect(pieces.map(([s, e]) => [...txt].slice(s, e).join('')).join(' ')).toBe(quote);
    }
    expect(ann).toContain('AnnotatorNotes T1\t=10\n');
  });

  it('CSV: the quote keeps its length with U+FFFD, notes and titles lose their controls and formulas', () => {
    const rows = parseCsv(buildCsv(data).replace(/^\uFEFF/u, ''));
    for (const cell of rows.flat()) {
      expect(CONTROL.test(cell)).toBe(false);
      expect(FORMULA.test(cell)).toBe(false);
    }
    expect(rows[1]?.[1]).toBe("'@عنوان");
    expect(rows[1]?.[CSV_COLUMNS.indexOf('quote')]).toBe('عاجل\uFFFD[31m');
    expect(rows[1]?.[CSV_COLUMNS.indexOf('note')]).toBe("'=10");
  });
});
