/**
 * Default export names are safe on Windows, macOS and Linux whatever the
 * title: property-tested with fast-check over hostile and random titles,
 * plus the named cases (reserved devices, bidi spoofing, dots, length).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExportName, EXPORT_FORMATS, exportExtension } from '../../../shared/export/export-request';
import { exportFileName } from '../../../shared/export-format';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../../shared/file-name';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/iu;

/** Every rule a name must keep; `extension` is what it must end with. */
function expectSafe(name: string, extension: string): void {
  expect(name.endsWith(extension)).toBe(true);
  const stem = name.slice(0, name.length - extension.length);
  expect(stem.length).toBeGreaterThan(0);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  // eslint-disable-next-line no-control-regex
  expect(/[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/u.test(name)).toBe(false);
  expect(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u.test(name)).toBe(false);
  expect(/^[\s.]|[\s.]$/u.test(stem)).toBe(false);
  expect(/^\.+$/u.test(name)).toBe(false);
  expect(RESERVED.test((name.split('.')[0] ?? '').trim())).toBe(false);
  // Well-formed UTF-16 (in u-mode the class matches only a lone surrogate): no character split in two.
  expect(/[\uD800-\uDFFF]/u.test(name)).toBe(false);
}

const hostilePiece = fc.constantFrom(
  'CON',
  'nul',
  'Com1',
  'LPT9',
  'COM¹',
  'conout$',
  '.',
  '..',
  ' ',
  '\u202E',
  '\u2066',
  '\u200F',
  '<',
  '>',
  ':',
  '"',
  '/',
  '\\',
  '|',
  '?',
  '*',
  '\u0000',
  '\u001B',
  '\t',
  '\n',
  'عنوان',
  'ـ',
  'َ',
  '🙂',
  '👩🏽‍🔬',
  'a',
  '.txt',
  '.exe',
);
const title = fc.oneof(
  fc.array(hostilePiece, { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(hostilePiece, { minLength: 40, maxLength: 120 }).map((p) => p.join('')),
);

describe('safeFileName', () => {
  it('gives a safe name for any title and every export extension', () => {
    fc.assert(
      fc.property(title, fc.constantFrom(...EXPORT_FORMATS), (t, format) => {
        const extension = exportExtension(format);
        expectSafe(safeFileName(t, extension, 'annotations'), extension);
        expectSafe(defaultExportName(format, [t]), extension);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a safe title as it is, Arabic included', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(
          /^[a-zA-Z0-9\u0621-\u064A]([a-zA-Z0-9 \u0621-\u064A]{0,40}[a-zA-Z0-9\u0621-\u064A])?$/u,
        ),
        (t) => {
          fc.pre(!RESERVED.test(t));
          expect(safeFileName(t, '.csv', 'x')).toBe(`${t.replace(/ +/gu, ' ')}.csv`);
        },
      ),
    );
  });

  it.each([
    ['CON', '.csv', 'CON_.csv'],
    ['nul', '.hamish.json', 'nul_.hamish.json'],
    ['COM1.txt', '.csv', 'COM1_.txt.csv'],
    ['LPT¹', '', 'LPT¹_'],
    ['CON ', '', 'CON_'],
    ['CONTROL', '.csv', 'CONTROL.csv'],
    ['...', '.csv', 'annotations.csv'],
    ['. .', '', 'annotations'],
    ['report. . ', '', 'report'],
    ['.hidden', '.csv', 'hidden.csv'],
    ['سيرة\u202Efdp.exe', '.csv', 'سيرةfdp.exe.csv'],
    ['a\u2066b\u2069c\u200Fd', '.csv', 'abcd.csv'],
    ['a<b>c:d"e/f\\g|h?i*j', '.csv', 'a b c d e f g h i j.csv'],
    ['خبر\u0000عاجل\u001B', '.csv', 'خبر عاجل.csv'],
  ])('%j + %j → %j', (t, extension, expected) => {
    expect(safeFileName(t, extension, 'annotations')).toBe(expected);
  });

  it('cuts long titles to the byte limit at a character boundary', () => {
    const name = safeFileName('👩🏽‍🔬'.repeat(60), '.hamish.json', 'x');
    expectSafe(name, '.hamish.json');
    expect(name.replace('.hamish.json', '')).toMatch(/^(👩🏽‍🔬)+$/u);
    const arabic = safeFileName('مُحَمَّد '.repeat(40), '.csv', 'x');
    expectSafe(arabic, '.csv');
  });

  it('is what the single-article export proposes', () => {
    expect(exportFileName('AUX')).toBe('AUX_.hamish.json');
    expect(defaultExportName('brat', ['PRN.'])).toBe('PRN_');
    expect(defaultExportName('csv', ['a', 'b'])).toBe('hamish-2-articles.csv');
  });
});
