/**
 * Coders in exports (issue 20), on a real library folder: a library whose
 * local coder is سامي holds an annotation made before coders existed (no
 * author), سامي's claim and annotations, and ليلى's layer imported from her
 * file. Every format names the coder (Hamish JSON author, W3C creator, CSV
 * coder column, REFI-QDA creatingUser), each file checked with the
 * validators the export tests use, and the coder filter (the export
 * request's `coders`, the CLI's --coder) writes only the chosen coders' work.
 */

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import { Library } from '../../../../../electron/services/library/library';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { CSV_COLUMNS } from '../../../../../shared/export/csv';
import type { HamishExport } from '../../../../../shared/export-format';
import type { W3cItem } from '../../../../../shared/export/w3c-types';
import schema from '../../../../../shared/schema/generated/hamish-export-2.schema.json';
import w3cSchema from '../../../../../shared/schema/web-annotation.schema.json';
import { openWithClaim } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';
import { runCli } from '../../../electron/cli/run-cli';
import { closeLibraries, parseCsv } from '../../../transfer-helpers';
import { unpack, xmllint } from '../exchange/refi/refi-library';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateJson = ajv.compile(schema);
const validateW3c = ajv.compile(w3cSchema);

/** سامي's library: one old annotation without author, the fixture's four and claim (stamped), and ليلى's layer. */
async function twoCoders() {
  const dir = await tempDir();
  const { library, articleId } = await openWithClaim(join(dir, 'lib'), {
    coder: () => 'سامي',
    dailyBackup: false,
  });
  const file = await library.exportArticle(articleId, 'test');
  const article = file.articles[0];
  if (!article) throw new Error('nothing exported');
  article.annotations = article.annotations.slice(0, 2).map((a, i) => ({
    ...a,
    id: `aaaa000${i}-1111-4111-8111-111111111111`,
    author: 'ليلى',
  }));
  article.claims = [];
  await importAnnotations(library, JSON.stringify(file), 'keep-both', { layer: {} });
  await library.close();
  // Before coders: an annotation stored without author, by a library that had no coder.
  const old = await Library.open(join(dir, 'lib'), { dailyBackup: false });
  await old.createAnnotation({ articleId, start: 0, end: 3, tag: 'event' });
  await old.close();
  const reopened = await Library.open(join(dir, 'lib'), { dailyBackup: false, coder: () => 'سامي' });
  return { dir, library: reopened, articleId };
}

const authors = (list: readonly { author?: string }[]) => list.map((a) => a.author ?? '').sort();

describe('coders in exports', () => {
  it('names every coder in Hamish JSON (the unauthored as the local coder) and filters by coder', async () => {
    const { dir, library } = await twoCoders();
    const all = join(dir, 'all.json');
    await writeExport(library, { format: 'json' }, all, 'test');
    const data = JSON.parse(await readFile(all, 'utf8')) as HamishExport;
    expect(validateJson(data), JSON.stringify(validateJson.errors)).toBe(true);
    const annotations = data.articles.flatMap((a) => a.annotations);
    expect(authors(annotations)).toEqual(['سامي', 'سامي', 'سامي', 'سامي', 'سامي', 'ليلى', 'ليلى']);

    const hers = join(dir, 'hers.json');
    const summary = await writeExport(library, { format: 'json', coders: ['ليلى'] }, hers, 'test');
    expect(summary).toMatchObject({ annotations: 2, claims: 0 });
    const only = JSON.parse(await readFile(hers, 'utf8')) as HamishExport;
    expect(validateJson(only), JSON.stringify(validateJson.errors)).toBe(true);
    expect(authors(only.articles.flatMap((a) => a.annotations))).toEqual(['ليلى', 'ليلى']);

    const mine = await writeExport(
      library,
      { format: 'json', coders: ['سامي'] },
      join(dir, 'mine.json'),
      'test',
    );
    expect(mine).toMatchObject({ annotations: 5, claims: 1 });
    await library.close();
  });

  it('writes the W3C creator and the CSV coder column for each annotation', async () => {
    const { dir, library } = await twoCoders();
    await writeExport(library, { format: 'w3c' }, join(dir, 'a.jsonld'), 'test');
    const collection = JSON.parse(await readFile(join(dir, 'a.jsonld'), 'utf8')) as {
      first: { items: W3cItem[] };
    };
    expect(validateW3c(collection), JSON.stringify(validateW3c.errors)).toBe(true);
    const creators = collection.first.items.map(
      (i) => (i as { creator?: { name: string } }).creator?.name ?? '',
    );
    expect(creators.filter((c) => c === 'ليلى')).toHaveLength(2);
    expect(creators.filter((c) => c === 'سامي')).toHaveLength(6); // five annotations and the claim

    await writeExport(library, { format: 'csv', coders: ['ليلى'] }, join(dir, 'a.csv'), 'test');
    const text = await readFile(join(dir, 'a.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const coder = CSV_COLUMNS.indexOf('coder');
    expect(rows.slice(1).map((r) => r[coder])).toEqual(['ليلى', 'ليلى']);
    await library.close();
  });

  it('names each coder as a REFI-QDA User, valid against Project.xsd', async () => {
    const { dir, library } = await twoCoders();
    const path = join(dir, 'coders.qdpx');
    await writeExport(library, { format: 'qdpx' }, path, 'Hamish test');
    await unpack(path, join(dir, 'out'));
    const qde = join(dir, 'out', 'project.qde');
    const lint = await xmllint('Project.xsd', qde);
    expect(lint.code, lint.output).toBe(0);
    const xml = await readFile(qde, 'utf8');
    expect(xml).toContain('name="ليلى"');
    expect(xml).toContain('name="سامي"');
    await library.close();
  });

  it('takes --coder in the CLI export (repeatable)', async () => {
    const { dir, library } = await twoCoders();
    await library.close();
    const out = join(dir, 'cli.json');
    const run = await runCli([
      'export',
      '--format',
      'json',
      '--out',
      out,
      '--coder',
      'ليلى',
      '--library',
      join(dir, 'lib'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const data = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
    expect(authors(data.articles.flatMap((a) => a.annotations))).toEqual(['ليلى', 'ليلى']);
  });
});
