/**
 * The linear merge: the same outcome as the old one-search-per-annotation
 * merge (kept here as the oracle) on random lists, and the three conflict
 * policies on a real library with tens of thousands of annotations.
 */

import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeAnnotations } from '../../../../../electron/services/transfer/annotation-merge';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { quadraticMerge } from '../../../../../bench/quadratic-merge';
import { emptyImportReport, type ConflictPolicy } from '../../../../../shared/export/export-request';
import type { Annotation } from '../../../../../shared/model';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
/**
 * Budget of the 40,000–50,000-annotation imports: ~4–8 s alone, ~20 s with the
 * machine's two cores shared (the default 20 s cut them off under load).
 */
const LARGE_MERGE_TIMEOUT = 90_000;
afterEach(closeLibraries);

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const annotation = fc.record({
  id: fc.constantFrom(...IDS),
  start: fc.integer({ min: 0, max: 2 }),
  tag: fc.constantFrom('actor', 'event'),
  note: fc.option(fc.constantFrom('ملاحظة', 'أخرى'), { nil: undefined }),
});
interface Drawn {
  id: string;
  start: number;
  tag: string;
  note: string | undefined;
}
const toAnnotation = ({ id, start, tag, note }: Drawn): Annotation => ({
  id,
  articleId: 'x',
  start,
  end: start + 1,
  tag,
  quote: 'ع',
  prefix: '',
  suffix: '',
  ...(note === undefined ? {} : { note }),
  createdAt: '2026-11-30T00:00:00.000Z',
  updatedAt: '2026-11-30T00:00:00.000Z',
});
const uniqueList = fc
  .uniqueArray(annotation, { selector: (a) => a.id, maxLength: 6 })
  .map((l) => l.map(toAnnotation));

describe('mergeAnnotations', () => {
  it('gives what the old quadratic merge gave, for every policy (new ids aside)', () => {
    fc.assert(
      fc.property(
        uniqueList,
        uniqueList,
        fc.constantFrom<ConflictPolicy>('keep-both', 'keep-mine', 'take-theirs'),
        (mine, theirs, policy) => {
          const expectedReport = emptyImportReport();
          const expected = quadraticMerge(mine, theirs, policy, expectedReport);
          const report = emptyImportReport();
          const merged = mergeAnnotations(mine, theirs, policy, report);
          expect(report).toEqual(expectedReport);
          const shown = (list: Annotation[]) =>
            list.map((a) => ({ ...a, id: IDS.includes(a.id) ? a.id : 'copy' }));
          expect(shown(merged)).toEqual(shown(expected));
          // Nothing changed: the very same array, so the library does not write.
          if (report.annotationsAdded + report.annotationsReplaced === 0) expect(merged).toBe(mine);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('mergeAnnotations and coders', () => {
  const base = toAnnotation({ id: 'a', start: 0, tag: 'actor', note: undefined });
  const theirs = (id: string, author?: string): Annotation => ({
    ...base,
    id,
    ...(author === undefined ? {} : { author }),
  });

  it('adds another coder’s identical coding, but never a second copy by the same coder', () => {
    const mine = [{ ...base, author: 'سلمى' }];
    const report = emptyImportReport();
    const merged = mergeAnnotations(
      mine,
      [theirs('b', 'Omar'), theirs('c', 'سلمى')],
      'keep-both',
      report,
      'سلمى',
    );
    expect(merged.map((a) => a.author)).toEqual(['سلمى', 'Omar']);
    expect(report).toMatchObject({ annotationsAdded: 1, annotationsUnchanged: 1 });
  });

  it('counts one that names no coder as a twin of the same span and tag by any coder', () => {
    // A brat or CoNLL file cannot say who coded: importing it back must not copy a colleague's layer.
    const mine = [{ ...base, author: 'Omar' }];
    const report = emptyImportReport();
    const merged = mergeAnnotations(mine, [theirs('b')], 'keep-both', report, 'سلمى');
    expect(merged).toBe(mine);
    expect(report).toMatchObject({ annotationsAdded: 0, annotationsUnchanged: 1 });
    // Without any annotation on that span and tag, it is added (and is the local coder's).
    const elsewhere = [{ ...base, tag: 'event', author: 'Omar' }];
    const added = mergeAnnotations(elsewhere, [theirs('b')], 'keep-both', emptyImportReport(), 'سلمى');
    expect(added).toHaveLength(2);
  });
});

describe('importing large files into one article', () => {
  /** A library whose sample article holds 30,000 annotations imported from a file. */
  async function large() {
    const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
    const first = await fileWith(library, 30_000);
    const report = await importAnnotations(library, JSON.stringify(first), 'keep-both');
    expect(report).toMatchObject({ articlesMerged: 1, annotationsAdded: 30_000 });
    const articleId = first.articles[0]?.id ?? '';
    // Theirs: 10,000 the same, 10,000 with a note of their own, 10,000 new.
    const ids = first.articles[0]?.annotations.map((a) => a.id) ?? [];
    const sameTen = await fileWith(library, 10_000, { ids: ids.slice(0, 10_000) });
    const changed = await fileWith(library, 10_000, {
      from: 10_000,
      ids: ids.slice(10_000, 20_000),
      note: 'ملاحظتهم',
    });
    const added = await fileWith(library, 10_000, { from: 30_000 });
    const theirs = {
      ...sameTen,
      articles: [
        {
          ...(sameTen.articles[0] as (typeof sameTen.articles)[number]),
          annotations: [sameTen, changed, added].flatMap((f) => f.articles[0]?.annotations ?? []),
        },
      ],
    };
    return {
      library,
      articleId,
      raw: JSON.stringify(theirs),
      changedIds: new Set(ids.slice(10_000, 20_000)),
    };
  }

  it(
    'keep-mine keeps 10,000 conflicts as they were and adds 10,000 new',
    async () => {
      const { library, articleId, raw, changedIds } = await large();
      const report = await importAnnotations(library, raw, 'keep-mine');
      expect(report).toMatchObject({
        annotationsUnchanged: 10_000,
        annotationsKept: 10_000,
        annotationsAdded: 10_000,
      });
      const list = await library.listAnnotations(articleId);
      expect(list).toHaveLength(40_000);
      expect(list.filter((a) => changedIds.has(a.id) && a.note === undefined)).toHaveLength(10_000);
      expect(list.filter((a) => a.note === 'ملاحظتهم')).toHaveLength(0);
    },
    LARGE_MERGE_TIMEOUT,
  );

  it(
    'take-theirs replaces the 10,000 conflicts in place',
    async () => {
      const { library, articleId, raw, changedIds } = await large();
      const report = await importAnnotations(library, raw, 'take-theirs');
      expect(report).toMatchObject({
        annotationsUnchanged: 10_000,
        annotationsReplaced: 10_000,
        annotationsAdded: 10_000,
      });
      const list = await library.listAnnotations(articleId);
      expect(list).toHaveLength(40_000);
      expect(list.filter((a) => changedIds.has(a.id)).every((a) => a.note === 'ملاحظتهم')).toBe(true);
      expect(new Set(list.map((a) => a.id)).size).toBe(40_000);
    },
    LARGE_MERGE_TIMEOUT,
  );

  it(
    'keep-both adds their 10,000 versions under new ids, once however often the file comes',
    async () => {
      const { library, articleId, raw, changedIds } = await large();
      const report = await importAnnotations(library, raw, 'keep-both');
      expect(report).toMatchObject({ annotationsUnchanged: 10_000, annotationsAdded: 20_000 });
      const again = await importAnnotations(library, raw, 'keep-both');
      expect(again).toMatchObject({ annotationsUnchanged: 30_000, annotationsAdded: 0 });
      const list = await library.listAnnotations(articleId);
      expect(list).toHaveLength(50_000);
      const copies = list.filter((a) => a.note === 'ملاحظتهم');
      expect(copies).toHaveLength(10_000);
      expect(copies.some((a) => changedIds.has(a.id))).toBe(false);
      expect(list.filter((a) => changedIds.has(a.id) && a.note === undefined)).toHaveLength(10_000);
      expect(new Set(list.map((a) => a.id)).size).toBe(50_000);
    },
    LARGE_MERGE_TIMEOUT,
  );

  it('merges a file of 200,000 annotations into one article', async () => {
    const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
    const raw = JSON.stringify(await fileWith(library, 200_000));
    const report = await importAnnotations(library, raw, 'keep-both');
    expect(report).toMatchObject({ articlesMerged: 1, annotationsAdded: 200_000 });
    const [meta] = await library.listArticles();
    expect(meta?.annotationCount).toBe(200_000);
  }, 120_000);
});
