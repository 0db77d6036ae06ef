/**
 * W3C Web Annotation and Hypothesis import (issue 16). A real Hypothesis
 * export (hypothesis/client's anchoring baseline: five annotations of a saved
 * Wikipedia page, TextQuote and TextPosition selectors counted in the page's
 * DOM text; tests/fixtures/foreign/SOURCES.md) is anchored in the article the
 * app's own HTML importer made of that page, matched by its URL: each
 * annotation found has its exact quote (spaces folded) as its text, with its
 * note; the two whose quote the importer left out of the article's text (the
 * footer, and the h1 that became its title) are reported as skipped. Hamish's own W3C export, with Latin and Arabic notes,
 * comes back onto its articles by urn:uuid.
 */

import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectExport } from '../../../../../../electron/services/export/export-service';
import { importFiles } from '../../../../../../electron/services/import/import-batch';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { parseLabelMap } from '../../../../../../electron/services/transfer/foreign/label-map';
import { importAnnotations } from '../../../../../../electron/services/transfer/import-service';
import { buildW3cCollection } from '../../../../../../shared/export/w3c';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries, seededLibrary } from '../../../../transfer-helpers';
import { claimsOf, emptyLibrary, foreignFixture, spanRows } from './foreign-helpers';
import { codedLibrary } from '../../export/claims-library';

const tempDir = useTempDirs();
afterEach(closeLibraries);

interface HypothesisRow {
  id: string;
  text: string;
  target: { selector: { type: string; exact?: string }[] }[];
}

describe('W3C / Hypothesis import', () => {
  it('anchors a real Hypothesis export in the page the app imported, by its URL', async () => {
    const library = await emptyLibrary(await tempDir());
    const added = await importFiles(library, [
      foreignFixture('hypothesis/wikipedia-regression-testing.html'),
    ]);
    expect(added.added).toHaveLength(1);
    const path = foreignFixture('hypothesis/wikipedia-regression-testing.json');
    const report = await importForeignFile(library, path, 'w3c', 'keep-both', {
      labels: parseLabelMap(['(none)=event']),
    });
    const rows = (JSON.parse(await readFile(path, 'utf8')) as { rows: HypothesisRow[] }).rows;
    const exact = (row: HypothesisRow) =>
      (row.target[0]?.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '').replace(
        /\s+/gu,
        ' ',
      );
    const imported = await spanRows(library);
    expect(report.annotationsAdded).toBe(imported.length);
    expect(report.annotationsAdded + report.skipped.length).toBe(rows.length);
    expect(imported).toHaveLength(3);
    for (const row of imported) {
      expect(row.textAtOffsets).toBe(row.quote);
      const source = rows.find((r) => r.text === row.note);
      expect(source, row.note).toBeDefined();
      expect(source && row.quote).toBe(source && exact(source));
      expect(row.tag).toBe('event');
    }
    // The footer's date and the page's h1 (which became the article's title) are not in its text.
    expect(report.skipped.map((s) => [rows.find((r) => r.id === s.ref)?.text, s.reason])).toEqual([
      ['Footer', 'not-found'],
      ['Heading', 'not-found'],
    ]);
  });

  it('refuses annotations of a page the library does not hold, writing nothing', async () => {
    const library = await emptyLibrary(await tempDir());
    const attempt = importForeignFile(
      library,
      foreignFixture('hypothesis/wikipedia-regression-testing.json'),
      'w3c',
      'keep-both',
      { labels: parseLabelMap(['(none)=event']) },
    );
    await expect(attempt).rejects.toMatchObject({ params: { reason: 'unknown-article' } });
    expect(await library.listArticles()).toEqual([]);
  });

  it('takes Hamish’s own W3C export back onto its articles, Latin and Arabic notes included', async () => {
    const source = await seededLibrary(join(await tempDir(), 'source'));
    const [first] = await source.listArticles();
    await source.updateAnnotations(first?.id ?? '', (list) =>
      list.map((a, i) => (i === 0 ? { ...a, note: 'The envoy, met in Doha.' } : a)),
    );
    const data = await collectExport(source, { includeText: true, generator: 'test' });
    const file = join(await tempDir(), 'w3c.jsonld');
    await writeFile(file, JSON.stringify(buildW3cCollection(data, randomUUID())));
    // A copy of the library without the annotations: the same articles, by id.
    const target = await emptyLibrary(await tempDir());
    const bare = { ...data, articles: data.articles.map((a) => ({ ...a, annotations: [] })) };
    await importAnnotations(target, JSON.stringify(bare), 'keep-both');
    const labels = parseLabelMap([]);
    const report = await importForeignFile(target, file, 'w3c', 'keep-both', { labels });
    expect(report).toMatchObject({ articlesMerged: 3, annotationsAdded: 7 });
    const rows = await spanRows(target);
    const original = data.articles.flatMap((a) => a.annotations);
    expect(rows.map((r) => [r.tag, r.quote, r.note ?? null]).sort()).toEqual(
      original.map((a) => [a.tag, a.quote, a.note ?? null]).sort(),
    );
    expect(rows.every((r) => r.quote === r.textAtOffsets)).toBe(true);
  });

  it('takes the claims of Hamish’s own W3C export back (linking annotations), on the Arabic sample', async () => {
    const dir = await tempDir();
    const { library, articleId } = await codedLibrary(join(dir, 'source'));
    const data = await collectExport(library, { includeText: true, generator: 'test' });
    const file = join(dir, 'claims.jsonld');
    await writeFile(file, JSON.stringify(buildW3cCollection(data, randomUUID())));
    const target = await emptyLibrary(join(dir, 'target'));
    const bare = { ...data, articles: data.articles.map((a) => ({ ...a, annotations: [], claims: [] })) };
    await importAnnotations(target, JSON.stringify(bare), 'keep-both');
    const report = await importForeignFile(target, file, 'w3c', 'keep-both', { labels: parseLabelMap([]) });
    const claims = await library.listClaims(articleId);
    expect(report).toMatchObject({ claimsAdded: claims.length, claimsRefused: 0 });
    expect(report.skipped).toEqual([]);
    expect(await claimsOf(target, articleId)).toEqual(await claimsOf(library, articleId));
  });
});
