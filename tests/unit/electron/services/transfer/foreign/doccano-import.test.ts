/**
 * doccano JSONL import (issue 16) of doccano's own example exports (sequence
 * labelling and relation extraction; tests/fixtures/foreign/SOURCES.md):
 * each line becomes an article, each span an annotation whose text is the
 * line's text at its offsets, counted in code points as doccano's Python
 * backend does; relations are reported as skipped.
 */

import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDoccano } from '../../../../../../electron/services/transfer/foreign/doccano-parse';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { parseLabelMap } from '../../../../../../electron/services/transfer/foreign/label-map';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries } from '../../../../transfer-helpers';
import { emptyLibrary, foreignFixture, spanRows } from './foreign-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const LABELS = parseLabelMap(['ORG=actor.organisation', 'PERSON=actor.person', 'MISC=-', 'DATE=-']);

/** The spans of a doccano file as [label, text[start:end] in code points], from the file itself. */
async function fileSpans(name: string): Promise<[string, string][]> {
  const lines = (await readFile(foreignFixture(name), 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.flatMap((line) => {
    const record = JSON.parse(line) as {
      text: string;
      label?: [number, number, string][];
      entities?: { start_offset: number; end_offset: number; label: string }[];
    };
    const points = [...record.text];
    const spans =
      record.label ?? record.entities?.map((e) => [e.start_offset, e.end_offset, e.label] as const) ?? [];
    return spans.map(([s, e, l]): [string, string] => [l, points.slice(s, e).join('')]);
  });
}

describe('doccano import', () => {
  it.each(['doccano/sequence-labeling-export.jsonl', 'doccano/relation-extraction.jsonl'])(
    'imports %s: every kept span with the text at its offsets',
    async (name) => {
      const library = await emptyLibrary(await tempDir());
      const report = await importForeignFile(library, foreignFixture(name), 'doccano', 'keep-both', {
        labels: LABELS,
      });
      const kept = (await fileSpans(name)).filter(([label]) => LABELS.get(label) !== null);
      expect(report.annotationsAdded).toBe(kept.length);
      const rows = await spanRows(library);
      expect(rows.every((r) => r.quote === r.textAtOffsets)).toBe(true);
      expect(rows.map((r) => r.quote).sort()).toEqual(kept.map(([, text]) => text).sort());
      expect(rows.map((r) => r.tag).sort()).toEqual(kept.map(([label]) => LABELS.get(label)).sort());
      if (name.includes('relation'))
        expect(report.skipped.filter((s) => s.reason === 'relation')).toHaveLength(3);
    },
  );

  it('counts offsets in code points, as Python does (an emoji is one)', () => {
    const parse = parseDoccano('{"text": "عاجل 🙂 حماس", "label": [[7, 11, "ORG"]]}\n', 'emoji.jsonl');
    if (parse.kind !== 'documents') throw new Error('documents expected');
    const [document] = parse.documents;
    const span = document?.spans[0];
    expect([...(document?.text ?? '')].slice(span?.start, span?.end).join('')).toBe('حماس');
  });

  it('refuses a span outside its text, naming the line', () => {
    expect(() => parseDoccano('{"text": "حماس", "label": [[0, 9, "ORG"]]}', 'bad.jsonl')).toThrow(
      /bad.jsonl line 1/u,
    );
  });
});
