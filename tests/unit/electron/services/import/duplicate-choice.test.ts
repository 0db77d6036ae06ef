/**
 * @vitest-environment node
 * The choice for a likely duplicate (issue 21): a second save of an Arabic
 * article that lacks its second paragraph, imported into a real lowdb library
 * in a temp folder. Keep both gives two articles; replace moves the annotation
 * whose quote is still there to its new offsets, reports the one whose
 * paragraph is gone, and leaves the old article in the trash with it; skip
 * changes nothing; the app's held duplicate is resolved once.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import { ImportRunner } from '../../../../../electron/services/import/import-runner';
import { Library } from '../../../../../electron/services/library/library';
import { codePointLength } from '../../../../../shared/code-points';
import { failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');

/** Code point offset of `quote` in `text` (it must be there once). */
function offsetOf(text: string, quote: string): number {
  const at = text.indexOf(quote);
  expect(at, quote).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(quote, at + 1), quote).toBe(-1);
  return codePointLength(text.slice(0, at));
}

/** A library holding the sample article, annotated twice, and a second save missing paragraph 2. */
async function setUp() {
  const root = await tempDir();
  const paragraphs = (await readFile(SAMPLE, 'utf8'))
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '');
  const first = join(root, 'first.txt');
  const second = join(root, 'second.txt');
  await writeFile(first, paragraphs.join('\n\n'));
  await writeFile(second, paragraphs.filter((_, i) => i !== 1).join('\n\n'));
  const library = await Library.open(join(root, 'library'));
  const added = await importFiles(library, [first]);
  const oldId = added.added[0]?.id ?? '';
  const old = await library.getArticle(oldId);
  // One quote in paragraph 4 (kept), one in paragraph 2 (gone from the second save).
  const kept = paragraphs[3]?.slice(10, 50) ?? '';
  const gone = paragraphs[1]?.slice(5, 45) ?? '';
  const keptAt = offsetOf(old.text, kept);
  const goneAt = offsetOf(old.text, gone);
  const keptNote = await library.createAnnotation({
    articleId: oldId,
    start: keptAt,
    end: keptAt + codePointLength(kept),
    tag: 'actor',
    note: 'يبقى',
  });
  await library.createAnnotation({
    articleId: oldId,
    start: goneAt,
    end: goneAt + codePointLength(gone),
    tag: 'actor',
  });
  return { library, second, oldId, kept, keptNote };
}

const live = (library: Library) => library.allMeta().filter((m) => !m.deletedAt);

describe('choosing what a likely duplicate does', () => {
  it('skip (the default) adds nothing and reports the duplicate', async () => {
    const { library, second } = await setUp();
    const before = live(library).length;
    const report = await importFiles(library, [second]);
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]?.reason).toBe('near-duplicate');
    expect(report.duplicates[0]?.outcome).toBeUndefined();
    expect(live(library)).toHaveLength(before);
  });

  it('keep both gives two articles, the old one with its annotations', async () => {
    const { library, second, oldId } = await setUp();
    const before = live(library).length;
    const report = await importFiles(library, [second], { onDuplicate: 'keep' });
    const outcome = report.duplicates[0]?.outcome;
    expect(outcome).toMatchObject({ choice: 'keep', trashedId: null, moved: 0, orphaned: 0 });
    expect(live(library)).toHaveLength(before + 1);
    expect(await library.listAnnotations(oldId)).toHaveLength(2);
    expect(await library.listAnnotations(outcome?.articleId ?? '')).toHaveLength(0);
  });

  it('replace moves the matching annotation to its new offsets, reports the other, and trashes the old article', async () => {
    const { library, second, oldId, kept, keptNote } = await setUp();
    const before = live(library).length;
    const report = await importFiles(library, [second], { onDuplicate: 'replace' });
    const outcome = report.duplicates[0]?.outcome;
    expect(outcome).toMatchObject({ choice: 'replace', trashedId: oldId, moved: 1, orphaned: 1 });
    const newId = outcome?.articleId ?? '';
    expect(live(library)).toHaveLength(before);
    expect(library.allMeta().find((m) => m.id === oldId)?.deletedAt).toBeTruthy();

    const fresh = await library.getArticle(newId);
    const [moved, ...others] = await library.listAnnotations(newId);
    expect(others).toHaveLength(0);
    const newAt = offsetOf(fresh.text, kept);
    expect(newAt).toBeLessThan(keptNote.start);
    expect(moved).toMatchObject({ id: keptNote.id, start: newAt, note: 'يبقى', quote: kept });
    expect(moved?.orphaned).toBeUndefined();
    // The annotation that could not be placed stays with the trashed article, restorable.
    const left = await library.listAnnotations(oldId);
    expect(left).toHaveLength(1);
    expect(left[0]?.id).not.toBe(keptNote.id);
    await library.restoreArticle(oldId);
    expect(await library.listAnnotations(oldId)).toHaveLength(1);
  });

  it('holds a duplicate of an app batch until one choice is applied, once', async () => {
    const { library, second, oldId } = await setUp();
    const runner = new ImportRunner(library);
    const report = await runner.importPaths([second]);
    const pendingId = report.duplicates[0]?.pendingId ?? '';
    expect(pendingId).not.toBe('');
    const outcome = await runner.resolveDuplicate(pendingId, 'replace');
    expect(outcome).toMatchObject({ trashedId: oldId, moved: 1, orphaned: 1 });
    expect(await failureCode(runner.resolveDuplicate(pendingId, 'keep'))).toBe('not-found');
  });
});
