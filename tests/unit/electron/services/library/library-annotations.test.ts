/**
 * One edit in an article with many annotations, on a real library folder
 * with the sample article (issue 17, B5): an edit that keeps the span and the
 * tag (a note, an entity) neither sorts the list nor counts its tags again
 * (counted: sorts of the whole list during the edit), and the list, the
 * counts and the files stay exactly what a full re-sort and recount gives; a
 * span or tag edit still re-sorts and recounts.
 */

import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import type { Annotation } from '../../../../../shared/model';
import { SAMPLE_PATH, storedAnnotations, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const N = 1_500;
const TAGS = ['actor', 'event', 'demand'];

/** The sample article with N annotations (distinct spans, three tags), open. */
async function crowded() {
  const dir = await tempDir();
  const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
  const [meta] = await library.listArticles();
  if (!meta) throw new Error('sample not seeded');
  const inputs = Array.from({ length: N }, (_, i) => ({
    articleId: meta.id,
    start: (i * 7) % 2_000,
    end: ((i * 7) % 2_000) + 3 + (i % 5),
    tag: TAGS[i % 3] as string,
  }));
  await library.createAnnotations(meta.id, inputs);
  return { dir, library, articleId: meta.id };
}

/** Runs `work`, counting sorts of arrays of at least N items (the whole list) meanwhile. */
async function wholeListSorts(work: () => Promise<unknown>): Promise<number> {
  const sort = Array.prototype.sort;
  let count = 0;
  Array.prototype.sort = function (this: unknown[], compare?: (a: unknown, b: unknown) => number): unknown[] {
    if (this.length >= N) count++;
    return sort.call(this, compare) as unknown[];
  } as typeof sort;
  try {
    await work();
  } finally {
    Array.prototype.sort = sort;
  }
  return count;
}

const order = (list: readonly Annotation[]) =>
  [...list].sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );

const countsOf = (list: readonly Annotation[]) =>
  Object.fromEntries(TAGS.map((t) => [t, list.filter((a) => a.tag === t).length]));

describe('one edit among many annotations', () => {
  it('a note edit keeps the order and counts without sorting or recounting; a span or tag edit re-sorts', async () => {
    const { dir, library, articleId } = await crowded();
    const before = await library.listAnnotations(articleId);
    const target = before[700] as Annotation;

    expect(
      await wholeListSorts(() =>
        library.updateAnnotation(articleId, target.id, { note: 'ملاحظة عن الموقف' }),
      ),
    ).toBe(0);
    const afterNote = await library.listAnnotations(articleId);
    expect(afterNote.map((a) => a.id)).toEqual(before.map((a) => a.id));
    expect(afterNote[700]?.note).toBe('ملاحظة عن الموقف');
    expect(afterNote).toEqual(order(afterNote));
    const meta = (await library.listArticles()).find((m) => m.id === articleId);
    expect(meta?.annotationCount).toBe(N);
    expect(meta?.annotationCounts).toEqual(countsOf(afterNote));

    // A span moved to the very start: sorted to its new place.
    expect(
      await wholeListSorts(() => library.updateAnnotation(articleId, target.id, { start: 0, end: 1 })),
    ).toBeGreaterThan(0);
    const afterSpan = await library.listAnnotations(articleId);
    expect(afterSpan).toEqual(order(afterSpan));
    expect(afterSpan.findIndex((a) => a.id === target.id)).toBeLessThan(5);

    // A retag: counted again.
    const retagged = afterSpan.find((a) => a.tag === 'actor') as Annotation;
    await library.updateAnnotation(articleId, retagged.id, { tag: 'event' });
    const afterTag = await library.listAnnotations(articleId);
    const counts = (await library.listArticles()).find((m) => m.id === articleId)?.annotationCounts;
    expect(counts).toEqual(countsOf(afterTag));
    expect(counts?.['actor']).toBe(N / 3 - 1);
    await library.close();

    // On disk (file and journal folded), and after a reopen: the same list in the same order.
    const stored = await storedAnnotations(dir, articleId);
    expect(stored.map((a) => [a.id, a.start, a.tag])).toEqual(afterTag.map((a) => [a.id, a.start, a.tag]));
    const reopened = await Library.open(dir);
    expect(await reopened.listAnnotations(articleId)).toEqual(afterTag);
    await reopened.close();
  });
});
