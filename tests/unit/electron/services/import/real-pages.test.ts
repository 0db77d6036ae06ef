/**
 * @vitest-environment node
 * Real saved pages (tests/fixtures/pages, see SOURCES.md) through the whole
 * file importer, each against its hand-checked expectation: word count within
 * the stated margin, first and last sentence present, no furniture line
 * present, and the page's own metadata.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../../electron/services/import/import-file';
import { fixture } from '../../../helpers';

interface Expectation {
  file: string;
  site: string;
  words: number;
  first: string;
  last: string;
  absent: string[];
  meta: Record<string, string>;
}

const { margin, pages } = JSON.parse(readFileSync(fixture('pages/expectations.json'), 'utf8')) as {
  margin: number;
  pages: Expectation[];
};

const fold = (text: string) => text.replace(/\s+/gu, ' ');

describe('real saved pages', () => {
  it.each(pages)('$site: $file', async (page) => {
    const html = readFileSync(fixture(`pages/${page.file}`), 'utf8');
    for (const line of page.absent) expect(fold(html)).toContain(line);
    const article = await readImportFile(fixture(`pages/${page.file}`));
    const text = fold(article.canonical.text);
    expect(Math.abs(article.words - page.words) / page.words).toBeLessThanOrEqual(margin);
    expect(text).toContain(page.first);
    expect(text).toContain(page.last);
    for (const line of page.absent) expect(text).not.toContain(line);
    expect(article).toMatchObject(page.meta);
    expect(article.shortfall).toBeUndefined();
  });
});
