/**
 * Claims through the export service (issue 18): a real library in a temp
 * folder (the sample article, annotations and claims made through the
 * library API, then reopened from disk) exported in W3C, the claims CSV and
 * brat, each checked with the validators the export tests use (the Web
 * Annotation schema, the CSV checks, the brat checker).
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import { claimsCsvColumns } from '../../../../../shared/export/claims-csv';
import type { W3cClaimAnnotation, W3cItem } from '../../../../../shared/export/w3c-types';
import w3cSchema from '../../../../../shared/schema/web-annotation.schema.json';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, parseCsv } from '../../../transfer-helpers';
import { codedLibrary } from './claims-library';
import { checkBratAnn, checkBratConfig } from '../../../shared/export/brat-checker';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateW3c = ajv.compile(w3cSchema);

const FORMULA = /(^|[,;\t\r\n"])[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

describe('claims through the export service', () => {
  it('counts claims in the summary of every format that writes them, and not for the annotations CSV', async () => {
    const { library } = await codedLibrary(await tempDir());
    const out = await tempDir();
    const csv = await writeExport(library, { format: 'csv' }, join(out, 'a.csv'), 'test');
    expect(csv.claims).toBeUndefined();
    for (const format of ['json', 'claims-csv', 'qdpx'] as const)
      expect((await writeExport(library, { format }, join(out, `a.${format}`), 'test')).claims).toBe(3);
  });

  it('writes W3C with one linking annotation per claim, valid against the schema', async () => {
    const { library } = await codedLibrary(await tempDir());
    const path = join(await tempDir(), 'out.jsonld');
    const summary = await writeExport(library, { format: 'w3c' }, path, 'test');
    expect(summary.claims).toBe(3);
    const collection = JSON.parse(await readFile(path, 'utf8')) as { first: { items: W3cItem[] } };
    expect(validateW3c(collection), JSON.stringify(validateW3c.errors)).toBe(true);
    const claims = collection.first.items.filter((i): i is W3cClaimAnnotation => i.motivation === 'linking');
    // Claims made within one millisecond have no set order: compare as a sorted list.
    expect(claims.map((c) => c.target.map((t) => t['hamish:role']).join(' ')).sort()).toEqual([
      'claimant demand',
      'claimant demand addressee',
      'claimant demand addressee',
    ]);
  });

  it('writes the claims CSV: BOM, one row per claim, no cell that starts a formula', async () => {
    const { library } = await codedLibrary(await tempDir());
    const path = join(await tempDir(), 'claims.csv');
    const summary = await writeExport(library, { format: 'claims-csv' }, path, 'test');
    const raw = await readFile(path, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(raw.slice(1));
    const columns = claimsCsvColumns(DEFAULT_TAXONOMY);
    expect(rows[0]).toEqual(columns);
    expect(rows).toHaveLength((summary.claims ?? 0) + 1);
    for (const cell of rows.flat()) expect(FORMULA.test(cell), cell).toBe(false);
    const record = (claimant: string) => {
      const row = rows.find((r) => r[columns.indexOf('claimant')] === claimant) ?? [];
      return (name: string) => row[columns.indexOf(name)];
    };
    const hamas = record('حركة حماس');
    expect([hamas('demand'), hamas('addressee'), hamas('stance'), hamas('note')]).toEqual([
      'تبادل الأسرى',
      'إسرائيل',
      'for',
      "'=1+1 مطلب الحركة",
    ]);
    expect(record('الأمم المتحدة')('demand')).toBe('وقف فوري لهذه الانتهاكات');
  });

  it('writes brat with an event per claim that the brat checker accepts', async () => {
    const { library, articleId } = await codedLibrary(await tempDir());
    const dir = join(await tempDir(), 'brat');
    await writeExport(library, { format: 'brat' }, dir, 'test');
    expect((await readdir(dir)).sort()).toEqual(
      [`${articleId}.ann`, `${articleId}.txt`, 'annotation.conf', 'visual.conf'].sort(),
    );
    const read = (name: string) => readFile(join(dir, name), 'utf8');
    const config = checkBratConfig(await read('annotation.conf'), await read('visual.conf'));
    expect(config.problems).toEqual([]);
    const ann = await read(`${articleId}.ann`);
    expect(ann.split('\n').filter((l) => l.startsWith('E'))).toHaveLength(3);
    expect(checkBratAnn(await read(`${articleId}.txt`), ann, config)).toEqual([]);
  });
});
