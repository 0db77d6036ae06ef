/**
 * Label Studio JSON import (issue 16). A real Label Studio task and its
 * manual "labels" result (label-studio-ml-backend's substring-matching test;
 * tests/fixtures/foreign/SOURCES.md says how it was arranged as an export)
 * becomes an article with that span; predictions are not annotations and are
 * left out. Offsets are read in code points, or in UTF-16 units as older
 * Label Studio wrote them, whichever gives the result's own text; neither is refused.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { parseLabelMap } from '../../../../../../electron/services/transfer/foreign/label-map';
import { parseLabelStudio } from '../../../../../../electron/services/transfer/foreign/label-studio-parse';
import { detectForeignFormat } from '../../../../../../electron/services/transfer/foreign/foreign-preview';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries } from '../../../../transfer-helpers';
import { emptyLibrary, foreignFixture, spanRows } from './foreign-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** A task in Label Studio's export shape over Arabic text with an emoji before the spans. */
function task(results: { start: number; end: number; text: string; label: string }[]): string {
  return JSON.stringify([
    {
      id: 7,
      data: { text: 'عاجل 🙂 من الدوحة: وفد حماس يصل' },
      annotations: [
        {
          completed_by: { id: 1, email: 'salma@example.org' },
          was_cancelled: false,
          result: results.map((r, i) => ({
            id: `r${i}`,
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: r.start, end: r.end, text: r.text, labels: [r.label] },
          })),
        },
      ],
    },
  ]);
}

describe('Label Studio import', () => {
  it('imports the real task: the manual span with its text, not the predictions', async () => {
    const library = await emptyLibrary(await tempDir());
    const report = await importForeignFile(
      library,
      foreignFixture('labelstudio/substring-matching-task.json'),
      'labelstudio',
      'keep-both',
      { labels: parseLabelMap(['ORG=actor.organisation']) },
    );
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 1 });
    const rows = await spanRows(library);
    expect(rows).toEqual([{ tag: 'actor.organisation', quote: 'Apple', textAtOffsets: 'Apple', start: 32 }]);
  });

  it('reads code point and legacy UTF-16 offsets by the span’s own text, with its annotator', () => {
    // "حماس" is at code points 22..26, UTF-16 units 23..27 (the emoji counts two).
    const parse = parseLabelStudio(
      task([
        { start: 22, end: 26, text: 'حماس', label: 'ORG' },
        { start: 23, end: 27, text: 'حماس', label: 'ORG' },
        { start: 11, end: 17, text: 'الدوحة', label: 'LOC' },
      ]),
      'ls.json',
    );
    if (parse.kind !== 'documents') throw new Error('documents expected');
    const [document] = parse.documents;
    const points = [...(document?.text ?? '')];
    expect(document?.spans.map((s) => [points.slice(s.start, s.end).join(''), s.author])).toEqual([
      ['حماس', 'salma@example.org'],
      ['حماس', 'salma@example.org'],
      ['الدوحة', 'salma@example.org'],
    ]);
  });

  it('refuses a span whose offsets give another text in either unit, naming it', () => {
    expect(() =>
      parseLabelStudio(task([{ start: 0, end: 4, text: 'حماس', label: 'ORG' }]), 'ls.json'),
    ).toThrow(/ls.json › task 7 › r0/u);
  });

  it('imports Label Studio’s own named-entity example: one task alone, its span at its offsets', async () => {
    const path = foreignFixture('labelstudio/named-entity-annotation.json');
    expect(await detectForeignFormat(path)).toBe('labelstudio');
    const library = await emptyLibrary(await tempDir());
    const report = await importForeignFile(library, path, 'labelstudio', 'keep-both', {
      labels: parseLabelMap(['Date=event']),
    });
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 1, skipped: [] });
    expect(await spanRows(library)).toEqual([
      // 343 in the file's text; the blank line ("\n\n") becomes one line break in the canonical text.
      { tag: 'event', quote: 'February 22', textAtOffsets: 'February 22', start: 342 },
    ]);
  });

  it('reads the hand-made astral file: every span’s text, in code points or UTF-16 units, CRLF and spaces aside', async () => {
    const path = foreignFixture('labelstudio/astral-offsets.handmade.json');
    const tasks = JSON.parse(await readFile(path, 'utf8')) as {
      data: { text: string };
      annotations: { result: { id: string; value: { text: string; labels: string[] } }[] }[];
    }[];
    const labels = parseLabelMap([
      'region=event',
      'Annotation=demand',
      'ORG=actor.organisation',
      'LOC=actor.state',
      'EVENT=event.meeting',
    ]);
    const library = await emptyLibrary(await tempDir());
    const report = await importForeignFile(library, path, 'labelstudio', 'keep-both', { labels });
    const results = tasks.flatMap((t) => t.annotations.flatMap((a) => a.result));
    expect(report).toMatchObject({ articlesAdded: 3, annotationsAdded: results.length, skipped: [] });
    // Each result: an annotation of its label's tag whose text at its offsets is the result's text (trimmed).
    const rows = await spanRows(library);
    const expected = results.map((r) => [labels.get(r.value.labels[0] ?? ''), r.value.text.trim()]).sort();
    expect(rows.map((r) => [r.tag, r.textAtOffsets]).sort()).toEqual(expected);
    expect(rows.every((r) => r.quote === r.textAtOffsets)).toBe(true);
    // The units really differ in this file: an offset read in the wrong unit would give other text.
    const arabic = tasks[2]?.data.text ?? '';
    expect(arabic.length - [...arabic].length).toBe(4);
    expect(rows.map((r) => r.textAtOffsets)).toEqual(expect.arrayContaining(['منصة 𝕏', 'الدوحة 🙂', 'حماس']));
  });

  it('refuses a JSON-MIN export by name, writing nothing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'project-1-json-min.json');
    const item = {
      id: 1,
      text: 'وصل وفد حماس إلى الدوحة.',
      label: [{ start: 8, end: 12, text: 'حماس', labels: ['ORG'] }],
      annotator: 1,
      annotation_id: 1,
    };
    await writeFile(path, JSON.stringify([item]));
    const library = await emptyLibrary(dir);
    const attempt = importForeignFile(library, path, 'labelstudio', 'keep-both');
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-import',
      params: { reason: 'not-this-format' },
    });
    await expect(attempt).rejects.toThrow(/JSON-MIN and CSV exports are not read/u);
    expect(await library.listArticles()).toEqual([]);
  });
});
