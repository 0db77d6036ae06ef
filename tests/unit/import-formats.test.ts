import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../shared/canonical-text';
import { decodeBytes } from '../../electron/services/import/decode';
import { readImportFile, type ImportedArticle } from '../../electron/services/import/import-file';
import { encodeUtf16, encodeWindows1256 } from './import-encoding';
import { fixture, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const blocksOf = (a: ImportedArticle) =>
  blockTexts(a.canonical.text, a.canonical.blocks).map((text, i) => [a.canonical.blocks[i]?.kind, text]);

describe('decoding', () => {
  const arabic = 'وطالب الوفد بالإفراج عن الأسرى المرضى وكبار السن.';

  it('detects windows-1256 Arabic and decodes it exactly', async () => {
    const source = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
    const bytes = encodeWindows1256(source);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeBytes(bytes)).toEqual({ text: source, encoding: 'windows-1256' });
  });

  it('decodes UTF-16 with and without a BOM, and UTF-8 with and without a BOM', () => {
    expect(decodeBytes(encodeUtf16(arabic, 'le'))).toEqual({ text: arabic, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(arabic, 'be'))).toEqual({ text: arabic, encoding: 'utf-16be' });
    expect(decodeBytes(encodeUtf16(arabic, 'le', false))).toEqual({ text: arabic, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16('Talks resume in Doha.', 'be', false))?.text).toBe(
      'Talks resume in Doha.',
    );
    const utf8 = Buffer.from(arabic, 'utf8');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))?.text).toBe(arabic);
    expect(decodeBytes(utf8)).toEqual({ text: arabic, encoding: 'utf-8' });
  });

  it('refuses binary data and invalid bytes that are not Arabic in windows-1256', () => {
    expect(
      decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toBeNull();
    expect(decodeBytes(Buffer.from('hello\u0000world'))).toBeNull();
    // Latin-1 French: invalid UTF-8, and in windows-1256 it is Latin letters, not Arabic.
    expect(decodeBytes(Buffer.from('Le cessez-le-feu a été prolongé à Gaza', 'latin1'))).toBeNull();
  });
});

describe('readImportFile', () => {
  it('imports an Arabic .txt in windows-1256 with its first line as the title', async () => {
    const path = join(await tempDir(), 'هدنة.txt');
    const source = await readFile(fixture('import/legacy-1256.source.txt'), 'utf8');
    await writeFile(path, encodeWindows1256(source));
    const article = await readImportFile(path);
    expect(article.encoding).toBe('windows-1256');
    expect(article.format).toBe('text');
    expect(article.title).toBe('الاحتلال يعلن تمديد الهدنة');
    expect(article.language).toBe('ar');
    expect(article.canonical.text).toContain('تمديد الهدنة الإنسانية لمدة أسبوع إضافي');
    // The headline is the title, not repeated as the first heading (issue 21).
    expect(blocksOf(article).map(([kind]) => kind)).toEqual(['paragraph', 'paragraph']);
    expect(article.canonical.text).not.toContain('الاحتلال يعلن تمديد الهدنة');
  });

  it('imports an Arabic .md keeping headings, paragraphs and quotes, without markup or images', async () => {
    const article = await readImportFile(fixture('import/ceasefire.ar.md'));
    expect(article).toMatchObject({
      format: 'markdown',
      title: 'الوسطاء يبحثون تثبيت وقف إطلاق النار في غزة',
      source: 'وكالة الأنباء المحلية',
      author: 'سارة الخطيب',
      date: '2025-10-14',
      language: 'ar',
    });
    expect(blocksOf(article)).toEqual([
      [
        'paragraph',
        'أعلن الوسطاء، مساء الثلاثاء، عن جولة جديدة من المفاوضات تهدف إلى تثبيت وقف إطلاق النار وبحث ملف تبادل الأسرى بين الطرفين.',
      ],
      ['heading', 'مطالب الوفد'],
      [
        'paragraph',
        'وطالب الوفد بالإفراج عن الأسرى المرضى وكبار السن، وبإدخال المساعدات الإنسانية دون قيود، بحسب ما نقلته وكالة الأنباء عن مصدر مطلع.',
      ],
      [
        'quote',
        'إننا مستعدون للقاء في أي وقت إذا كانت هناك جدية حقيقية في التفاوض. ولن نقبل بشروط تمس حقوق شعبنا.',
      ],
      ['paragraph', 'وقف الاستيطان في الضفة الغربية.'],
      ['paragraph', 'فتح المعابر أمام الشاحنات.'],
      ['paragraph', 'وختم المتحدث بأن الأيام المقبلة ستكون حاسمة.'],
    ]);
    expect(article.canonical.text).not.toMatch(/https?:|\*\*|!\[|\]\(/u);
  });

  it('extracts the article of a saved Arabic news page: no navigation, ads, scripts or handlers', async () => {
    const article = await readImportFile(fixture('import/news-page.ar.html'));
    expect(article).toMatchObject({
      format: 'html',
      title: 'ويتكوف يلتقي الوفد المفاوض في القاهرة',
      source: 'شبكة الأخبار',
      author: 'محمود العلي',
      date: '2025-10-02',
      url: 'https://news.example.com/politics/2025/10/02/witkoff-cairo',
      language: 'ar',
    });
    const blocks = blocksOf(article);
    expect(blocks).toContainEqual(['heading', 'مطالب بالإفراج عن الأسرى']);
    expect(blocks).toContainEqual([
      'quote',
      'إننا مستعدون للقاء في أي وقت إذا كانت هناك جدية حقيقية في التفاوض.',
    ]);
    expect(blocks.filter(([kind]) => kind === 'paragraph').length).toBeGreaterThanOrEqual(4);
    expect(article.canonical.text).toContain('التقى المبعوث الأمريكي ستيف ويتكوف');
    expect(article.canonical.text).toContain('ومن المقرر أن تستأنف المحادثات');
    for (const noise of [
      'الرئيسية',
      'اقتصاد',
      'اشترك الآن',
      'إعلان',
      'أسعار الذهب',
      'جميع الحقوق',
      'track',
      'fetch',
      '<',
    ]) {
      expect(article.canonical.text).not.toContain(noise);
    }
  });

  it('extracts an English page with its metadata and left-to-right language', async () => {
    const article = await readImportFile(fixture('import/report.en.html'));
    expect(article).toMatchObject({
      title: 'Talks on prisoner exchange resume in Doha',
      source: 'World Desk',
      author: 'Jane Porter',
      date: '2025-09-30',
      url: 'https://worlddesk.example.org/talks-resume',
      language: 'en',
    });
    expect(blocksOf(article)).toContainEqual(['heading', 'What each side wants']);
    expect(blocksOf(article)).toContainEqual([
      'quote',
      'We are ready to meet at any time if there is real seriousness in the negotiations.',
    ]);
    expect(article.canonical.text).not.toMatch(/Home|Subscribe|newsletter/u);
  });

  it('detects the language from the text when the page does not declare it', async () => {
    const dir = await tempDir();
    const html = (await readFile(fixture('import/news-page.ar.html'), 'utf8')).replace(' lang="ar"', '');
    await writeFile(join(dir, 'page.htm'), html);
    expect((await readImportFile(join(dir, 'page.htm'))).language).toBe('ar');
  });

  it('decodes an HTML page saved in windows-1256 that declares its charset', async () => {
    const dir = await tempDir();
    const body = 'وطالب الوفد بالإفراج عن الأسرى المرضى وكبار السن في الدفعة الأولى من الاتفاق.';
    const html = `<html><head><meta charset="windows-1256"><title>خبر</title></head><body><p>${body}</p></body></html>`;
    await writeFile(join(dir, 'old.html'), encodeWindows1256(html));
    const article = await readImportFile(join(dir, 'old.html'));
    expect(article.encoding).toBe('windows-1256');
    expect(article.canonical.text).toBe(body);
  });

  it('refuses unsupported, empty and binary files naming the file', async () => {
    const dir = await tempDir();
    await copyFile(fixture('import/report.en.html'), join(dir, 'report.pdf'));
    await writeFile(join(dir, 'فارغ.txt'), '');
    await writeFile(join(dir, 'blank.md'), '\n   \n\t\n');
    await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    for (const [name, code] of [
      ['report.pdf', 'file-unsupported'],
      ['فارغ.txt', 'empty-text'],
      ['blank.md', 'empty-text'],
      ['image.txt', 'file-not-text'],
      ['missing.txt', 'file-unreadable'],
    ] as const) {
      await expect(readImportFile(join(dir, name))).rejects.toMatchObject({ code, params: { file: name } });
    }
  });
});
