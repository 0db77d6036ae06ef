/**
 * CoNLL/IOB2 import (issue 16) of a real Arabic gold NER file: the first six
 * sentences of NewsFANE Gold (Alotaibi and Lee 2014; token TAB tag, a tab
 * line between sentences, UTF-8 with a BOM, CRLF line ends, tokens marked
 * with U+200E; tests/fixtures/foreign/SOURCES.md). The text is the tokens
 * joined by spaces, one sentence a line; every B-/I- run becomes one span
 * whose text is its tokens; a label mapped to "-" is left out.
 */

import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { parseConll } from '../../../../../../electron/services/transfer/foreign/conll-parse';
import { parseLabelMap } from '../../../../../../electron/services/transfer/foreign/label-map';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries } from '../../../../transfer-helpers';
import { emptyLibrary, foreignFixture, spanRows } from './foreign-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const FILE = foreignFixture('newsfane-excerpt.conll');
const LABELS = parseLabelMap([
  'Nation=actor.state',
  'Government=actor.organisation',
  'Media=actor.organisation',
  'Other_PER=actor.person',
  'Population-Center=-',
]);
/** Without the U+200E marks the corpus puts before each token, for reading. */
const plain = (s: string): string => s.replace(/\u200E/gu, '');

describe('CoNLL import', () => {
  it('imports NewsFANE Gold sentences: text rebuilt from the tokens, each B-/I- run one span', async () => {
    const library = await emptyLibrary(await tempDir());
    const report = await importForeignFile(library, FILE, 'conll', 'keep-both', { labels: LABELS });
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 7, problems: [] });
    const [meta] = await library.listArticles();
    const { text } = await library.getArticle(meta?.id ?? '');
    // The article is the file's tokens, one sentence a line.
    const raw = (await readFile(FILE, 'utf8')).replace(/^\uFEFF/u, '');
    const sentences = raw
      .split(/\r?\n\t?\r?\n|\r?\n\t\r?\n/u)
      .map((block) =>
        block
          .split(/\r?\n/u)
          .filter((l) => l.trim() !== '')
          .map((l) => l.split('\t')[0])
          .join(' '),
      )
      .filter((s) => s !== '');
    expect(text).toBe(sentences.join('\n'));
    expect(meta?.language).toBe('ar');
    const rows = await spanRows(library);
    expect(rows.every((r) => r.quote === r.textAtOffsets)).toBe(true);
    expect(rows.map((r) => [r.tag, plain(r.quote)])).toEqual([
      ['actor.organisation', 'د ب ا'],
      ['actor.organisation', 'اتحاد صناعة السيارات'],
      ['actor.state', 'المانيا'],
      ['actor.state', 'المانيا'],
      ['actor.person', 'برند جوتشولك'],
      ['actor.person', 'جوتشولك'],
      ['actor.state', 'المانيا'],
    ]);
  });

  it('reads IOB1 and BIOES runs and -DOCSTART- documents', () => {
    const parse = parseConll(
      '-DOCSTART- O\n\nقال O\nخليل I-PER\nالحية I-PER\nفي O\nالدوحة S-LOC\n\n-DOCSTART- O\nوفد B-ORG\nحماس E-ORG\nوصل O\n',
      'mini.conll',
    );
    if (parse.kind !== 'documents') throw new Error('documents expected');
    expect(parse.documents.map((d) => d.text)).toEqual(['قال خليل الحية في الدوحة', 'وفد حماس وصل']);
    const texts = parse.documents.map((d) =>
      d.spans.map((s) => [s.label, [...d.text].slice(s.start, s.end).join('')]),
    );
    expect(texts).toEqual([
      [
        ['PER', 'خليل الحية'],
        ['LOC', 'الدوحة'],
      ],
      [['ORG', 'وفد حماس']],
    ]);
  });
});
