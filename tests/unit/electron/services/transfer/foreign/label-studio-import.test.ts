/**
 * Label Studio JSON import (issue 16). A real Label Studio task and its
 * manual "labels" result (label-studio-ml-backend's substring-matching test;
 * tests/fixtures/foreign/SOURCES.md says how it was arranged as an export)
 * becomes an article with that span; predictions are not annotations and are
 * left out. Offsets are read in code points, or in UTF-16 units as older
 * Label Studio wrote them, whichever gives the result's own text; neither is refused.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { parseLabelMap } from '../../../../../../electron/services/transfer/foreign/label-map';
import { parseLabelStudio } from '../../../../../../electron/services/transfer/foreign/label-studio-parse';
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
});
