/**
 * brat standoff import (issue 16) of a real brat file, the note-annotation
 * tutorial of brat's own repository (tests/fixtures/foreign/SOURCES.md):
 * every T line becomes an annotation whose text is the T line's, under the
 * tag its label was mapped to; notes come with their T; relations, events and
 * notes on them are reported as skipped. Unmapped labels are refused by name,
 * writing nothing. Hamish's own brat export comes back with its notes' line breaks.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectExport } from '../../../../../../electron/services/export/export-service';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { parseLabelMap } from '../../../../../../electron/services/transfer/foreign/label-map';
import { buildBrat } from '../../../../../../shared/export/brat';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries, seededLibrary, snapshot } from '../../../../transfer-helpers';
import { emptyLibrary, foreignFixture, spanRows } from './foreign-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const MAP = parseLabelMap([
  'Organization=actor.organisation',
  'Person=actor.person',
  'GPE=actor.state',
  'Merge-org=event',
]);

describe('brat import', () => {
  it('imports the brat tutorial: every T line with its text, notes and what was skipped', async () => {
    const library = await emptyLibrary(await tempDir());
    const path = foreignFixture('brat/110-note_annotation.ann');
    const report = await importForeignFile(library, path, 'brat', 'keep-both', { labels: MAP });
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 14, problems: [] });
    // Events, relations and the notes on them are not Hamish annotations: listed, not dropped silently.
    expect(report.skipped.map((s) => `${s.ref}:${s.reason}`).sort()).toEqual([
      'E1:event',
      'E1:unlinked-note',
      'E2:event',
      'R1:relation',
      'R1:unlinked-note',
      'R2:relation',
    ]);
    // Every span: the .ann's own text, at the annotation's offsets in the canonical text.
    const ann = await readFile(path, 'utf8');
    // In text order, as spanRows lists the library's (the .ann lists T5 "merged" after T4).
    const expected = ann
      .split('\n')
      .filter((l) => l.startsWith('T'))
      .map((l) => l.split('\t'))
      .map(([, typeAndSpan = '', text = '']) => {
        const [label = '', start = ''] = typeAndSpan.split(' ');
        return { label, start: Number(start), text };
      })
      .sort((x, y) => x.start - y.start);
    const rows = await spanRows(library);
    expect(rows.map((r) => r.textAtOffsets)).toEqual(expected.map((e) => e.text));
    expect(rows.map((r) => r.quote)).toEqual(expected.map((e) => e.text));
    expect(rows.map((r) => r.tag)).toEqual(expected.map((e) => MAP.get(e.label)));
    expect(rows[0]).toMatchObject({ quote: 'Discworld', note: 'Should fictional places be annotated?' });
  });

  it('refuses labels nobody mapped, naming each, and writes nothing', async () => {
    const library = await emptyLibrary(await tempDir());
    await library.flush();
    const before = await snapshot(library.paths.dir);
    const attempt = importForeignFile(
      library,
      foreignFixture('brat/110-note_annotation.ann'),
      'brat',
      'keep-both',
      {
        labels: parseLabelMap(['Person=actor.person']),
      },
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-import',
      params: { reason: 'unmapped-label', where: 'labels "GPE", "Organization", "Merge-org"' },
    });
    await library.flush();
    expect(await snapshot(library.paths.dir)).toEqual(before);
  });

  it('reads Hamish’s own brat export back, notes with their line breaks', async () => {
    const source = await seededLibrary(join(await tempDir(), 'source'));
    const data = await collectExport(source, { includeText: true, generator: 'test' });
    const folder = join(await tempDir(), 'brat');
    await mkdir(folder);
    for (const [name, content] of buildBrat(data)) await writeFile(join(folder, name), content);
    const target = await emptyLibrary(await tempDir());
    const labels = parseLabelMap([
      'demand-prisoners=demand.prisoners',
      'demand-settlements=demand.settlements',
      'demand-other=demand.other',
    ]);
    const report = await importForeignFile(target, folder, 'brat', 'keep-both', { labels });
    expect(report).toMatchObject({ articlesAdded: 3, annotationsAdded: 7 });
    const original = data.articles.flatMap((a) => a.annotations).map((a) => [a.tag, a.quote, a.note ?? null]);
    const rows = await spanRows(target);
    expect(rows.every((r) => r.quote === r.textAtOffsets)).toBe(true);
    expect(rows.map((r) => [r.tag, r.quote, r.note ?? null]).sort()).toEqual(original.sort());
  });
});
