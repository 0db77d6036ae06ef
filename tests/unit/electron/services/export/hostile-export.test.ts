/**
 * A hostile library exported in every format, read back as the next tool
 * would: no CSV cell (nor piece after a separator) starts a formula, no
 * control other than TAB/LF reaches CSV, .ann or .txt, every brat offset
 * still slices the .txt to its quote, and the JSON formats keep every
 * character (JSON escapes controls, so nothing raw is written).
 */

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import type { Library } from '../../../../../electron/services/library/library';
import { CSV_COLUMNS } from '../../../../../shared/export/csv';
import { EXPORT_FORMATS } from '../../../../../shared/export/export-request';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, cpOffset, openLibrary, parseCsv } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** What attackers and bad luck put in titles, sources, notes and names. */
export const PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  '+cmd',
  '-2+3',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  '\t=1',
  '\r=1',
  ' =1+1',
  '\u00A0-1',
  '＝1+1',
  'عنوان;=1+1',
  'ملاحظة,+1',
  'سطر\n@SUM(1)',
  'قال "=1"',
  'NUL\u0000بعد',
  'ESC\u001B[31mأحمر',
  'C1\u0085\u009Bسطر',
  'DEL\u007Fهنا',
  'BEL\u0007 VT\u000B FF\u000C',
  'exe.\u202Etxt.سيرة',
  'ويتكوف: "لقاء" مع الحية / الدوحة',
];

/** Anything a spreadsheet would run: a trigger at the start of the cell or after a separator, spaces between. */
const FORMULA = /(^|[,;\t\r\n"])[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** Controls that must not reach CSV, .ann or .txt. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** A library of the sample article and one article per payload (as title, source and note), with hostile entity names. */
async function hostileLibrary(): Promise<Library> {
  const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
  const entity = await library.saveEntity({
    name: { ar: '=HYPERLINK("http://x","اسم")\u001B', en: '@evil\u0000' },
    kind: 'person',
    aliases: [],
  });
  for (const [i, payload] of PAYLOADS.entries()) {
    // The text is canonical (controls are removed on entry), but its lines may start with triggers.
    const text = `=HYPERLINK("http://x","y") خبر رقم ${i}\n-2+3 قال ستيف ويتكوف إن المفاوضات مستمرة.`;
    const meta = await library.addArticle({ title: `${payload} ${i}`, source: payload, text });
    const stored = (await library.getArticle(meta.id)).text;
    for (const phrase of ['=HYPERLINK("http://x","y")', '-2+3 قال', 'ويتكوف']) {
      const [start, end] = cpOffset(stored, phrase);
      await library.createAnnotation({ articleId: meta.id, start, end, tag: 'actor' });
    }
    await library.updateAnnotations(meta.id, (list) =>
      list.map((a, k) =>
        k === 0 ? { ...a, note: payload, entityId: entity.id } : { ...a, note: `${payload}\r\n${payload}` },
      ),
    );
  }
  return library;
}

describe('a hostile library exported in every format', () => {
  it('writes CSV in which no cell starts a formula and no control other than TAB/LF is left', async () => {
    const library = await hostileLibrary();
    const path = join(await tempDir(), 'out.csv');
    const summary = await writeExport(library, { format: 'csv' }, path, 'test');
    const rows = parseCsv((await readFile(path, 'utf8')).replace(/^\uFEFF/u, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(summary.annotations + 1);
    const cells = rows.flat();
    expect(cells.length).toBe((summary.annotations + 1) * CSV_COLUMNS.length);
    for (const cell of cells) {
      expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
      expect(CONTROL.test(cell), JSON.stringify(cell)).toBe(false);
    }
    const notes = new Set(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('note')]));
    expect(notes).toContain(`'=HYPERLINK("http://x","y")`);
    expect(notes).toContain("'-2+3");
    expect(notes).toContain("'\t'=1"); // TAB is a trigger and a separator: both neutralised.
    expect(notes).toContain("'=1"); // "\r=1": the CR is dropped, then the = is neutralised.
    expect(notes).toContain("' =1+1");
    expect(notes).toContain("عنوان;'=1+1");
    expect(notes).toContain("ملاحظة,'+1");
    expect(notes).toContain("سطر\n'@SUM(1)");
    expect(notes).toContain('NULبعد');
    expect(notes).toContain('ESC[31mأحمر');
    expect(notes).toContain('exe.\u202Etxt.سيرة'); // bidi controls are text here; only file names drop them
    // Quotes keep their length: end − start code points.
    for (const row of rows.slice(1)) {
      const quote = row[CSV_COLUMNS.indexOf('quote')] ?? '';
      const length = Number(row[CSV_COLUMNS.indexOf('end')]) - Number(row[CSV_COLUMNS.indexOf('start')]);
      expect([...quote.replace(/^'/u, '')].length).toBe(length);
    }
  });

  it('writes brat files whose lines are well formed, control free, and whose offsets slice the .txt exactly', async () => {
    const library = await hostileLibrary();
    const dir = join(await tempDir(), 'brat');
    await writeExport(library, { format: 'brat' }, dir, 'test');
    const names = await readdir(dir);
    const anns = names.filter((n) => n.endsWith('.ann'));
    expect(anns).toHaveLength(PAYLOADS.length + 1);
    let spans = 0;
    for (const name of names) {
      const content = await readFile(join(dir, name), 'utf8');
      expect(CONTROL.test(content), name).toBe(false);
      if (!name.endsWith('.ann')) continue;
      const text = [...(await readFile(join(dir, name.replace(/\.ann$/u, '.txt')), 'utf8'))];
      for (const line of content.split('\n').filter(Boolean)) {
        const t = /^T\d+\t[a-z0-9_-]+ (\d+ \d+(?:;\d+ \d+)*)\t([^\t\n]*)$/u.exec(line);
        if (t) {
          const fragments = (t[1] ?? '').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
          expect(fragments.map(([s, e]) => text.slice(s, e).join('')).join(' ')).toBe(t[2]);
          spans++;
        } else {
          expect(line).toMatch(
            /^(#\d+\tAnnotatorNotes T\d+|N\d+\tReference T\d+ Hamish:[0-9a-f-]+)\t[^\t\n]*$/u,
          );
        }
      }
    }
    expect(spans).toBe(PAYLOADS.length * 3);
  });

  it.each(EXPORT_FORMATS.filter((f) => f === 'json' || f === 'w3c'))(
    'writes %s that keeps every hostile character, C0 controls escaped by JSON (none raw but LF)',
    async (format) => {
      const library = await hostileLibrary();
      const path = join(await tempDir(), `out.${format}`);
      await writeExport(library, { format }, path, 'test');
      const raw = await readFile(path, 'utf8');
      // JSON escapes C0 controls; DEL and C1 are legal JSON characters and kept as the library holds them.
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u001F]/u.test(raw.replace(/\n/gu, ''))).toBe(false);
      const parsed = JSON.stringify(JSON.parse(raw));
      for (const payload of PAYLOADS) expect(parsed).toContain(JSON.stringify(payload).slice(1, -1));
    },
  );
});
