/**
 * @vitest-environment node
 * Near-duplicates found by the search worker (duplicate-table.ts), the path
 * the app and the CLI take: a real library in a temp folder, its real
 * SQLite index in a worker thread, real Arabic texts. The import through
 * the services reports the same duplicates as the in-memory check, main
 * reads no library article to do it, the keys survive a reopen, and the
 * banded lookup finds exactly what comparing with every article finds.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import {
  duplicateKey,
  findLikelyDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../../../../electron/services/import/near-duplicate';
import { Library } from '../../../../../electron/services/library/library';
import { FtsStore } from '../../../../../electron/services/search/fts-store';
import { createServices } from '../../../../../electron/services/services';
import { fixture, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');

const page = (paragraphs: readonly string[], canonical = '') =>
  `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title>${
    canonical ? `<link rel="canonical" href="${canonical}">` : ''
  }</head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('near-duplicates in the search worker', () => {
  it('reports a resave, a shorter copy and a same-URL page, in one batch and in the next, without main reading the library', async () => {
    const root = await tempDir();
    const sample = (await readFile(SAMPLE, 'utf8')).trim();
    const paragraphs = sample.split('\n').filter((line) => line.trim() !== '');
    const other = (await readFile(fixture('import/legacy-1256.source.txt'), 'utf8')).trim();
    await writeFile(join(root, '1-original.txt'), sample);
    await writeFile(join(root, '2-resaved.html'), page(paragraphs.map((p) => p.replace(/[أإ]/gu, 'ا'))));
    await writeFile(join(root, '3-shorter.html'), page(paragraphs.filter((_, i) => i !== 5)));
    await writeFile(join(root, '4-url-a.html'), page([other], 'https://www.example.org/news/1/'));
    await writeFile(join(root, '5-url-b.html'), page(['نص آخر تماما.'], 'https://example.org/news/1#top'));
    const names = ['1-original.txt', '2-resaved.html', '3-shorter.html', '4-url-a.html', '5-url-b.html'];
    const library = await Library.open(join(root, 'library'), { dailyBackup: false });
    const services = createServices(library);
    const reads = vi.spyOn(library, 'getArticle');
    // Within one batch: the original is held in the worker until its chunk is committed.
    const first = await services.imports.importPaths(names.map((n) => join(root, n)));
    expect(first.added.map((a) => a.file)).toEqual(['1-original.txt', '4-url-a.html']);
    const byFile = Object.fromEntries(first.duplicates.map((d) => [d.file, d]));
    const original = first.added[0]?.id;
    expect(byFile['2-resaved.html']).toMatchObject({ existingId: original, reason: 'same-text' });
    expect(byFile['3-shorter.html']).toMatchObject({ existingId: original, reason: 'near-duplicate' });
    expect(byFile['3-shorter.html']?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(byFile['5-url-b.html']).toMatchObject({ existingId: first.added[1]?.id, reason: 'same-url' });
    expect(reads).not.toHaveBeenCalled();
    await library.close();

    // Reopened: the keys come from the index file, and the same files are all duplicates.
    const again = await Library.open(join(root, 'library'), { dailyBackup: false });
    const reopened = createServices(again);
    await reopened.search.ready();
    expect(reopened.search.loadedFromDisk).toBe(true);
    const second = await reopened.imports.importPaths(names.map((n) => join(root, n)));
    expect(second.added).toEqual([]);
    expect(second.duplicates.map((d) => [d.file, d.reason])).toEqual([
      ['1-original.txt', 'same-text'],
      ['2-resaved.html', 'same-text'],
      ['3-shorter.html', 'near-duplicate'],
      ['4-url-a.html', 'same-url'],
      ['5-url-b.html', 'same-url'],
    ]);
    await again.close();
  }, 60_000);

  it('a trashed article is no longer near-duplicated (as with the in-memory check); its same text still is', async () => {
    const root = await tempDir();
    const sample = (await readFile(SAMPLE, 'utf8')).trim();
    const paragraphs = sample.split('\n').filter((line) => line.trim() !== '');
    await writeFile(join(root, 'a.txt'), sample);
    await writeFile(join(root, 'shorter.html'), page(paragraphs.filter((_, i) => i !== 5)));
    for (const finder of ['worker', 'memory'] as const) {
      const library = await Library.open(join(root, `library-${finder}`), { dailyBackup: false });
      const services = createServices(library);
      const run = (files: string[]) =>
        finder === 'worker'
          ? services.imports.importPaths(files.map((f) => join(root, f)))
          : importFiles(
              library,
              files.map((f) => join(root, f)),
            );
      const [added] = (await run(['a.txt'])).added;
      if (!added) throw new Error('not added');
      expect((await run(['shorter.html'])).duplicates.map((d) => d.reason)).toEqual(['near-duplicate']);
      await library.trashArticle(added.id);
      // The exact text is caught by its hash, trashed or not (canonicalRecord).
      const same = await run(['a.txt']);
      expect(same.duplicates.map((d) => [d.reason, d.existingId])).toEqual([['same-text', added.id]]);
      expect((await run(['shorter.html'])).added.map((a) => a.file)).toEqual(['shorter.html']);
      await library.close();
    }
  }, 60_000);

  it('finds by bands exactly what comparing with every indexed article finds', async () => {
    const root = await tempDir();
    const store = FtsStore.open(join(root, 'index.sqlite'));
    // 150 articles of real sentences, then variants of some of them: cut, extended, mixed.
    const texts = Array.from({ length: 150 }, (_, i) => generateArticleText(300, SEED + 7_000 + i));
    store.put(texts.map((text, i) => ({ id: `a${i}`, stamp: 's', title: `t${i}`, text })));
    const keys = texts.map((text, i) => duplicateKey(`a${i}`, `t${i}`, text, ''));
    const words = (t: string) => t.split(' ');
    const probes: string[] = [];
    for (let i = 0; i < 150; i += 5) {
      const w = words(texts[i] ?? '');
      probes.push(w.slice(0, Math.floor(w.length * 0.95)).join(' '));
      probes.push(w.slice(Math.floor(w.length * 0.1)).join(' '));
      probes.push([...w.slice(0, w.length / 2), ...words(texts[i + 1] ?? '').slice(0, 20)].join(' '));
      probes.push(generateArticleText(300, SEED + 90_000 + i));
    }
    let near = 0;
    for (const probe of probes) {
      const banded = store.likelyDuplicate(probe, '');
      const everyone = findLikelyDuplicate(duplicateKey('', '', probe, ''), keys);
      // The in-memory key keeps the whole body, the table its digest: same ids, reasons and scores.
      expect(banded).toEqual(everyone);
      if (banded?.reason === 'near-duplicate') near++;
    }
    expect(near).toBeGreaterThan(10);
    store.close();
  });

  it('the default finder of a bare library still works (no search index attached)', async () => {
    const root = await tempDir();
    const sample = await readFile(SAMPLE, 'utf8');
    await writeFile(join(root, 'a.txt'), sample);
    await writeFile(join(root, 'b.txt'), `${sample}\n`);
    const library = await Library.open(join(root, 'library'), { dailyBackup: false });
    const report = await importFiles(library, [join(root, 'a.txt'), join(root, 'b.txt')]);
    expect(report.duplicates.map((d) => d.reason)).toEqual(['same-text']);
    await library.close();
  });
});
