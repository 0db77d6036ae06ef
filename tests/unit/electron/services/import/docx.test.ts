/**
 * @vitest-environment node
 * Word documents: a real .docx written by LibreOffice (right-to-left Arabic
 * runs, headings, a list, core properties) imported through mammoth, and a
 * file that only claims to be one refused by name, changing nothing.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../../../../shared/canonical-text';
import { readImportFile } from '../../../../../electron/services/import/import-file';
import { failureCode, fixture, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

describe('.docx import', () => {
  it('reads paragraphs, headings, list items and core properties of an Arabic statement', async () => {
    const article = await readImportFile(fixture('docx/statement.ar.docx'));
    expect(article).toMatchObject({
      format: 'docx',
      title: 'بيان صادر عن الهيئة الوطنية لشؤون الأسرى حول مفاوضات التبادل',
      author: 'مكتب الإعلام في الهيئة',
      date: '2025-11-12',
      language: 'ar',
    });
    const blocks = blockTexts(article.canonical.text, article.canonical.blocks).map((text, i) => [
      article.canonical.blocks[i]?.kind,
      text,
    ]);
    expect(blocks[0]?.[1]).toMatch(/^تتابع الهيئة الوطنية لشؤون الأسرى باهتمام بالغ/u);
    expect(blocks).toContainEqual(['heading', 'مطالب الهيئة']);
    expect(blocks).toContainEqual(['paragraph', 'وقف سياسة الاعتقال الإداري دون تهمة أو محاكمة.']);
    expect(blocks.at(-1)).toEqual(['paragraph', 'صدر في رام الله، الثاني عشر من تشرين الثاني 2025.']);
    expect(blocks).toHaveLength(8);
    // The title is not repeated as the first heading.
    expect(article.canonical.text).not.toContain('بيان صادر عن الهيئة');
  });

  it('refuses a .docx that is not a Word document, naming the file', async () => {
    const path = join(await tempDir(), 'تقرير.docx');
    await writeFile(path, 'هذا نص عادي وليس ملف وورد');
    expect(await failureCode(readImportFile(path))).toBe('file-not-text');
  });
});
