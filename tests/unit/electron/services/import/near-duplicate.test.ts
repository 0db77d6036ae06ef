/**
 * @vitest-environment node
 * Near-duplicates caught at import: the same article saved twice by two tools
 * (a .txt and a saved page with spelling variants), a copy missing one
 * paragraph, and two pages with the same canonical URL; a different article
 * on the same subject is still added. Real library in a temp folder.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DuplicateIndex } from '../../../../../electron/services/import/duplicate-index';
import { Library } from '../../../../../electron/services/library/library';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import {
  NEAR_DUPLICATE_THRESHOLD,
  normalizedBody,
  signatureOf,
  similarity,
} from '../../../../../electron/services/import/near-duplicate';
import { fixture, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');

const htmlPage = (paragraphs: readonly string[], canonical = '') =>
  `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title>${
    canonical ? `<link rel="canonical" href="${canonical}">` : ''
  }</head><body><nav><a href="/">الرئيسية</a></nav><article>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}<p>اقرأ أيضا</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`;

describe('near-duplicate detection at import', () => {
  it('reports a second save, a copy missing a paragraph and a same-URL page as duplicates, and adds a different article', async () => {
    const root = await tempDir();
    const sample = (await readFile(SAMPLE, 'utf8')).trim();
    const paragraphs = sample.split('\n').filter((line) => line.trim() !== '');
    // The second tool saved the page with hamza-less alefs and its own spacing.
    const resaved = paragraphs.map((p) => p.replace(/[أإ]/gu, 'ا').replace(/ /gu, '  '));
    const other = (await readFile(fixture('import/legacy-1256.source.txt'), 'utf8')).trim();
    await writeFile(join(root, '1-original.txt'), sample);
    await writeFile(join(root, '2-resaved.html'), htmlPage(resaved));
    await writeFile(join(root, '3-shorter.html'), htmlPage(paragraphs.filter((_, i) => i !== 5)));
    await writeFile(join(root, '4-other.txt'), other);
    await writeFile(
      join(root, '5-url-a.html'),
      htmlPage([other, 'فقرة أولى مختلفة.'], 'https://www.example.org/news/1/'),
    );
    await writeFile(
      join(root, '6-url-b.html'),
      htmlPage(['نص آخر تماما عن موضوع مختلف.'], 'https://example.org/news/1#top'),
    );
    const library = await Library.open(join(root, 'library'));
    const before = library.allMeta().length;
    const report = await importFiles(
      library,
      [
        '1-original.txt',
        '2-resaved.html',
        '3-shorter.html',
        '4-other.txt',
        '5-url-a.html',
        '6-url-b.html',
      ].map((f) => join(root, f)),
    );
    expect(report.added.map((a) => a.file)).toEqual(['1-original.txt', '4-other.txt', '5-url-a.html']);
    const byFile = Object.fromEntries(report.duplicates.map((d) => [d.file, d]));
    expect(byFile['2-resaved.html']).toMatchObject({ existingId: report.added[0]?.id, reason: 'same-text' });
    expect(byFile['3-shorter.html']).toMatchObject({
      existingId: report.added[0]?.id,
      reason: 'near-duplicate',
    });
    expect(byFile['3-shorter.html']?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(byFile['6-url-b.html']).toMatchObject({ existingId: report.added[2]?.id, reason: 'same-url' });
    expect(library.allMeta().length).toBe(before + 3);
    await library.close();
  });

  it('scores two different articles on the same subject well below the threshold', async () => {
    const sample = await readFile(SAMPLE, 'utf8');
    const other = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
    const score = similarity(signatureOf(normalizedBody(sample)), signatureOf(normalizedBody(other)));
    expect(score).toBeLessThan(0.2);
  });

  it('reads the text of a library article only when its length could make it a duplicate', async () => {
    const root = await tempDir();
    const library = await Library.open(join(root, 'library'));
    const sample = await readFile(SAMPLE, 'utf8');
    const short = 'خبر قصير عن اجتماع الوسطاء في الدوحة.';
    await library.addArticle({ title: 'طويل', text: sample });
    const reads = vi.spyOn(library, 'getArticle');
    const index = new DuplicateIndex(library);
    expect(await index.find(short, '')).toBeNull();
    expect(reads).not.toHaveBeenCalled();
    expect(await index.find(sample, '')).toMatchObject({ reason: 'same-text' });
    expect(reads).toHaveBeenCalled();
    await library.close();
  });
});

describe('signatureOf', () => {
  // Values from the signature as first written (a Set of shingle hashes, words found by a regex): the stored
  // keys of an index built before stay comparable with those computed now.
  it.each([
    [
      'قال المتحدث باسم الوزاره ان المفاوضات مستمره منذ يومين في القاهره',
      [115608916, 137405103, 58861629, 108416662],
      [218063101, 163864571, 675780, 3088551002],
    ],
    ['غزه', [3615174077, 2461522768, 1448508192, 269251130], [3763635929, 1902682030, 111531576, 882518598]],
    [
      'يوم يوم يوم يوم يوم يوم يوم',
      [3897726237, 2862503856, 797048448, 2629195482],
      [2437299769, 1904102670, 1963522904, 2686819366],
    ],
  ])('keeps the values it had for %s', (body, first, last) => {
    const signature = signatureOf(body);
    expect(Array.from(signature.slice(0, 4))).toEqual(first);
    expect(Array.from(signature.slice(124))).toEqual(last);
  });

  it('finds words between spaces, so spaces before the first word and after the last change nothing', () => {
    const body = 'قال المتحدث باسم الوزاره ان المفاوضات مستمره';
    expect(signatureOf(`   ${body}  `)).toEqual(signatureOf(body));
  });
});
