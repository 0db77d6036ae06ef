/**
 * Every export format of a library whose claims were coded through the UI
 * (issue 18's "exports in every format"), each checked with the validators
 * the export tests use: Hamish JSON and W3C against their JSON Schemas
 * (ajv), the annotations and claims CSV read back cell by cell (BOM, no cell
 * that starts a formula), brat with the checker written from brat's rules,
 * and the REFI-QDA project with xmllint against the standard's Project.xsd.
 */

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { expect } from '@playwright/test';
import { writeExport } from '../../electron/services/export/export-service';
import { CLAIM_MARK } from '../../electron/services/exchange/refi/refi-claims';
import type { Library } from '../../electron/services/library/library';
import type { HamishExport } from '../../shared/export-format';
import nativeSchema from '../../shared/schema/generated/hamish-export-2.schema.json' with { type: 'json' };
import w3cSchema from '../../shared/schema/web-annotation.schema.json' with { type: 'json' };
import { parseCsv } from '../unit/csv-parse';
import { checkBratAnn, checkBratConfig } from '../unit/shared/export/brat-checker';

const run = promisify(execFile);
const REFI_XSD = join(import.meta.dirname, '..', '..', '..', 'shared', 'refi-qda', 'Project.xsd');
/** A cell a spreadsheet would run as a formula (after optional spaces). */
const FORMULA = /^[ \u00A0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateNative = ajv.compile(nativeSchema);
const validateW3c = ajv.compile(w3cSchema);

/** Reads a CSV export: BOM first, then its rows; no cell may start a formula. */
async function csvRows(path: string): Promise<string[][]> {
  const raw = await readFile(path, 'utf8');
  expect(raw.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(raw.slice(1)).filter((r) => r.some((cell) => cell !== ''));
  for (const cell of rows.flat()) expect(FORMULA.test(cell), cell).toBe(false);
  return rows;
}

/**
 * Exports article `articleId` of `library` in every format that carries
 * claims and checks each: `claims` claims and `annotations` annotations.
 */
export async function checkEveryExport(
  library: Library,
  articleId: string,
  counts: { claims: number; annotations: number },
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'hamish-e2e-claims-'));
  const request = (format: 'json' | 'w3c' | 'csv' | 'claims-csv' | 'brat' | 'qdpx') => ({
    format,
    articleIds: [articleId],
  });

  const json = join(dir, 'a.hamish.json');
  expect((await writeExport(library, request('json'), json, 'e2e')).claims).toBe(counts.claims);
  const native = JSON.parse(await readFile(json, 'utf8')) as HamishExport;
  expect(validateNative(native), JSON.stringify(validateNative.errors)).toBe(true);
  expect(native.articles[0]?.claims).toHaveLength(counts.claims);

  const w3c = join(dir, 'a.jsonld');
  await writeExport(library, request('w3c'), w3c, 'e2e');
  const collection = JSON.parse(await readFile(w3c, 'utf8')) as {
    first: { items: { motivation: string }[] };
  };
  expect(validateW3c(collection), JSON.stringify(validateW3c.errors)).toBe(true);
  expect(collection.first.items.filter((i) => i.motivation === 'linking')).toHaveLength(counts.claims);

  const csv = join(dir, 'a.csv');
  await writeExport(library, request('csv'), csv, 'e2e');
  expect(await csvRows(csv)).toHaveLength(counts.annotations + 1);
  const claimsCsv = join(dir, 'a.claims.csv');
  await writeExport(library, request('claims-csv'), claimsCsv, 'e2e');
  expect(await csvRows(claimsCsv)).toHaveLength(counts.claims + 1);

  const brat = join(dir, 'brat');
  await writeExport(library, request('brat'), brat, 'e2e');
  const read = (name: string) => readFile(join(brat, name), 'utf8');
  const config = checkBratConfig(await read('annotation.conf'), await read('visual.conf'));
  expect(config.problems).toEqual([]);
  const ann = await read(`${articleId}.ann`);
  expect(ann.split('\n').filter((l) => l.startsWith('E'))).toHaveLength(counts.claims);
  expect(checkBratAnn(await read(`${articleId}.txt`), ann, config)).toEqual([]);

  const qdpx = join(dir, 'a.qdpx');
  await writeExport(library, request('qdpx'), qdpx, 'e2e');
  const zip = await JSZip.loadAsync(await readFile(qdpx));
  const qde = await zip.file('project.qde')?.async('string');
  expect(qde).toBeDefined();
  const unpacked = join(dir, 'refi');
  await mkdir(unpacked);
  await writeFile(join(unpacked, 'project.qde'), qde ?? '');
  const lint = await run('xmllint', ['--noout', '--schema', REFI_XSD, join(unpacked, 'project.qde')]);
  expect(lint.stderr).toContain('validates');
  expect((qde ?? '').split(CLAIM_MARK).length - 1).toBe(counts.claims);
  expect(await readdir(unpacked)).toEqual(['project.qde']);
}
