/**
 * createServices, the one composition every host calls: search follows the
 * library from creation (or from first use, for the CLI), import progress
 * goes to whoever subscribed, and exports carry the host's generator name.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import { SEARCH_INDEX_FILE } from '../../../../electron/services/search/search-index';
import { createServices } from '../../../../electron/services/services';
import type { ImportProgress } from '../../../../shared/import-types';
import { SAMPLE_PATH, fixture, useTempDirs } from '../../helpers';

const tempDir = useTempDirs();

describe('createServices', () => {
  it('attaches search at once: an article added afterwards is found, and the index is saved on close', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const services = createServices(library);
    expect(services.search).toBe(services.search);
    await library.addArticle({ title: 'زيارة', text: 'وصل الوفد المصري إلى غزة صباح اليوم.' });
    const found = await services.search.search('الوفد المصري');
    expect(found.results.map((r) => r.meta.title)).toEqual(['زيارة']);
    await library.close();
    expect(await readdir(dir)).toContain(SEARCH_INDEX_FILE);
  });

  it('with searchAtOnce false builds no index until search is used', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const lazy = createServices(library, { searchAtOnce: false });
    await library.addArticle({ title: 'زيارة', text: 'وصل الوفد المصري إلى غزة صباح اليوم.' });
    await library.flush();
    expect(await readdir(dir)).not.toContain(SEARCH_INDEX_FILE);
    // First use attaches it and indexes what is already there.
    expect((await lazy.search.search('الوفد')).results.map((r) => r.meta.title)).toEqual(['زيارة']);
    await library.close();
  });

  it('with searchAtOnce false an import checks duplicates in the search workers once the index exists, reading no library article on main', async () => {
    const dir = await tempDir();
    const first = await Library.open(dir, { samplePath: SAMPLE_PATH });
    // No index file yet: the import checks on main and builds no index.
    const cli = createServices(first, { searchAtOnce: false });
    await cli.imports.importPaths([fixture('mixed-english.en.txt')]);
    await first.close();
    expect(await readdir(dir)).not.toContain(SEARCH_INDEX_FILE);
    // The app built it; the next import checks in the search workers.
    const app = await Library.open(dir);
    await createServices(app).search.ready();
    await app.close();
    const library = await Library.open(dir);
    const services = createServices(library, { searchAtOnce: false });
    const reads = vi.spyOn(library, 'getArticle');
    const report = await services.imports.importPaths([SAMPLE_PATH, fixture('short-article.ar.txt')]);
    expect(report.added).toHaveLength(1);
    expect(report.duplicates.map((d) => d.reason)).toEqual(['same-text']);
    expect(reads).not.toHaveBeenCalled();
    await library.close();
  });

  it('tells every progress subscriber, until it unsubscribes', async () => {
    const library = await Library.open(await tempDir());
    const services = createServices(library, { searchAtOnce: false });
    const seen: ImportProgress[] = [];
    const off = services.imports.onProgress((p) => seen.push(p));
    const report = await services.imports.importPaths([fixture('short-article.ar.txt')]);
    expect(report.added).toHaveLength(1);
    expect(seen.at(-1)).toMatchObject({ done: 1, total: 1, added: 1, finished: true });
    off();
    const count = seen.length;
    await services.imports.importPaths([fixture('mixed-english.en.txt')]);
    expect(seen).toHaveLength(count);
    await library.close();
  });

  it("stamps the host's generator into every export", async () => {
    const dir = await tempDir();
    const library = await Library.open(join(dir, 'library'), { samplePath: SAMPLE_PATH });
    const { exporter } = createServices(library, { generator: 'Hamish 9.9 (test)', searchAtOnce: false });
    const [sample] = await library.listArticles();
    await exporter.write({ format: 'json' }, join(dir, 'all.json'));
    await exporter.writeArticle(sample?.id ?? '', join(dir, 'one.json'));
    for (const name of ['all.json', 'one.json']) {
      const data = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
        generator: string;
        articles: unknown[];
      };
      expect(data.generator).toBe('Hamish 9.9 (test)');
      expect(data.articles).toHaveLength(1);
    }
    await library.close();
  });
});
