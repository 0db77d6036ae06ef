/**
 * The article importer (.html, .md) hands the library only metadata that
 * the library's schema accepts, so a page's odd metadata never gets the
 * import refused or index.json set aside: a date that does not exist
 * ("2025-02-30", which Date.parse takes, or "2025-13-45") becomes "", and a
 * language that is not a language subtag ("arabic") is detected from the text.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../../electron/services/import/html-article';
import { readImportFile } from '../../../../../electron/services/import/import-file';
import { articleMetaSchema } from '../../../../../shared/schema/article-schema';
import { publicationDateSchema } from '../../../../../shared/schema/fields';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const BODY =
  'أعلن المبعوث الأمريكي ستيف ويتكوف استعداده للقاء رئيس حركة حماس في غزة خليل الحية لبحث تثبيت وقف إطلاق النار وتبادل الأسرى والمعتقلين بين الطرفين.';

describe('isoDate', () => {
  it.each([
    ['2025-10-02', '2025-10-02'],
    ['2025-10-02T10:00:00Z', '2025-10-02'],
    ['Oct 2, 2025', '2025-10-02'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-30', ''],
    ['2025-13-45', ''],
    ['yesterday', ''],
  ])('%s → "%s", which the schema accepts', (input, expected) => {
    const date = isoDate(input);
    expect(date).toBe(expected);
    expect(publicationDateSchema.safeParse(date).success).toBe(true);
  });
});

describe('imported metadata fits the library schema', () => {
  it('a page dated 2025-02-30 is imported without a date', async () => {
    const dir = await tempDir();
    const path = join(dir, 'page.html');
    await writeFile(
      path,
      `<!doctype html><html lang="ar"><head><title>ويتكوف</title><meta property="article:published_time" content="2025-02-30"></head><body><article><p>${BODY}</p><p>${BODY}</p></article></body></html>`,
    );
    const article = await readImportFile(path);
    expect(article.date).toBe('');
    expect(article.language).toBe('ar');
  });

  it('a Markdown file with "lang: arabic" gets the language detected from its text', async () => {
    const dir = await tempDir();
    const path = join(dir, 'note.md');
    await writeFile(path, `---\ntitle: ويتكوف والحية\nlang: arabic\ndate: 2025-13-45\n---\n\n${BODY}\n`);
    const article = await readImportFile(path);
    expect(article.language).toBe('ar');
    expect(article.date).toBe('');
    const meta = {
      id: '6d1248e9-50d3-4ede-9021-d1ddf7643d54',
      title: article.title,
      source: article.source,
      date: article.date,
      language: article.language,
      addedAt: '2026-11-25T12:00:00.000Z',
      textSha256: 'a'.repeat(64),
      length: 1,
      annotationCount: 0,
    };
    expect(articleMetaSchema.safeParse(meta).success).toBe(true);
  });
});
