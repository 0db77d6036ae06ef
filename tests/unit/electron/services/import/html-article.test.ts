/**
 * @vitest-environment node
 * HTML extraction on small pages built for one behaviour each: a Drupal
 * article whose wrapper class once matched a furniture pattern, boilerplate
 * lines in English and Arabic, captions and related links inside the article,
 * and a body Readability first passes over.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../../../../shared/canonical-text';
import { extractHtmlArticle } from '../../../../../electron/services/import/html-article';
import { importFiles } from '../../../../../electron/services/import/import-batch';
import { readImportFile } from '../../../../../electron/services/import/import-file';
import { Library } from '../../../../../electron/services/library/library';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const P1 =
  'قال وزير الخارجية التونسي في مقابلة مطولة إن الحكومة ماضية في خطة الإصلاح الاقتصادي رغم الضغوط الاجتماعية المتزايدة في الولايات الداخلية.';
const P2 =
  'وأضاف أن المفاوضات مع صندوق النقد الدولي بلغت مرحلة متقدمة، وأن الاتفاق النهائي سيعرض على البرلمان قبل نهاية الشهر المقبل للمصادقة عليه.';

/** A normal page around `article`: site header, navigation, a sidebar and a footer. */
function page(article: string, head = ''): string {
  return `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>الصحيفة</title>${head}</head><body>
<header class="site-header"><a href="/">الصحيفة</a><nav><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li><li><a href="/c">رياضة</a></li></ul></nav></header>
<div class="main-container"><div class="region-content">${article}</div>
<aside class="sidebar"><h2>الأكثر قراءة</h2><ul><li><a href="/x">خبر أول</a></li><li><a href="/y">خبر ثان</a></li></ul></aside></div>
<footer class="site-footer"><p>العنوان: شارع الحرية، تونس. الهاتف 71000000. الفاكس 71000001.</p><p>تابعونا على الشبكات الاجتماعية</p></footer>
</body></html>`;
}

describe('extractHtmlArticle', () => {
  it('imports the minimal Drupal article (class "node node-not-promoted") with its two paragraphs', async () => {
    const html = page(
      `<article class="node node-not-promoted"><h1>وزير الخارجية: الإصلاح مستمر</h1><p>${P1}</p><p>${P2}</p></article>`,
    );
    const path = join(await tempDir(), 'drupal.html');
    await writeFile(path, html);
    const article = await readImportFile(path);
    const texts = blockTexts(article.canonical.text, article.canonical.blocks);
    expect(texts).toEqual([P1, P2]);
    expect(article.title).toBe('وزير الخارجية: الإصلاح مستمر');
    expect(article.canonical.text).not.toContain('الفاكس');
  });

  it('drops known boilerplate lines in English and Arabic, captions that are credits, and related links', () => {
    const html = page(`<article><h1>Talks resume</h1>
<p>Continue reading the main story</p><p>Media playback is unsupported on your device</p><p>Photo</p>
<p>${P1}</p><figure><img src="a.jpg"><figcaption>Reuters/Getty Images</figcaption></figure>
<p>اقرأ أيضا</p><p><a href="/other">مفاوضات جديدة في الدوحة بشأن الأسرى</a></p>
<p>${P2}</p><p>التعليقات المنشورة لا تعبر بالضرورة عن رأي الصحيفة</p>
<h3>مواضيع ذات صلة</h3><p><a href="/r1">خبر ذو صلة أول</a></p><p><a href="/r2">خبر ذو صلة ثان</a></p></article>`);
    const doc = extractHtmlArticle(html);
    expect(doc.blocks.map((b) => b.text.trim())).toEqual([P1, P2]);
  });

  it('drops a short caption beside the photo of a photo holder, and the article details of a Joomla page', () => {
    const html = page(`<div class="item-page"><h2 itemprop="headline">الإصلاح مستمر</h2>
<dl class="article-info muted"><dt class="article-info-term">التفاصيل</dt>
<dd class="published"><time datetime="2024-03-14T10:00:00+02:00">نشر بتاريخ: 14 آذار/مارس 2024</time></dd>
<dd class="hits">الزيارات: 1234</dd></dl>
<div class="article_image"><img src="a.jpg"><div></div><div class="red">وزير الخارجية في مؤتمر صحفي</div></div>
<div itemprop="articleBody"><p>${P1}</p><p>${P2}</p></div></div>`);
    const doc = extractHtmlArticle(html);
    expect(doc.blocks.map((b) => b.text.trim())).toEqual([P1, P2]);
    expect(doc.title).toBe('الإصلاح مستمر');
    expect(doc.date).toBe('2024-03-14');
  });

  it('keeps the longer candidate when Readability first keeps much less than the page main text, and says so', () => {
    const body = Array.from({ length: 16 }, (_, i) => `<p>${i % 2 ? P1 : P2}</p>`).join('');
    const teaser = `<div class="teaser-box"><p>${'نص تشويقي قصير عن موضوع آخر في الموقع. '.repeat(15)}</p></div>`;
    // "remark" in the class makes Readability drop the body as unlikely on its first pass.
    const html = page(`${teaser}<div class="remark-box">${body}</div>`);
    const doc = extractHtmlArticle(html);
    expect(doc.check?.candidate).not.toBe('readability');
    expect(doc.check?.keptWords).toBeGreaterThanOrEqual(doc.check?.pageWords ?? Infinity);
    expect(doc.blocks.filter((b) => b.text.includes(P1.slice(0, 40))).length).toBe(8);
  });

  it('reports a shortfall when the kept text is under half the page main text (a gallery of credited captions)', async () => {
    const caption = (i: number) =>
      `<p>الصورة ${i}: متظاهرون أمام مقر الحكومة في العاصمة صباح اليوم © رويترز</p>`;
    const gallery = `<div class="gallery">${Array.from({ length: 20 }, (_, i) => caption(i + 1)).join('')}</div>`;
    const html = page(`<article><h1>صور: احتجاجات في العاصمة</h1><p>${P1}</p>${gallery}</article>`);
    const root = await tempDir();
    const path = join(root, 'gallery.html');
    await writeFile(path, html);
    const article = await readImportFile(path);
    expect(article.shortfall).toEqual({ keptWords: article.words, pageWords: 20 * 12 });
    expect(article.words).toBeLessThan(120);
    const library = await Library.open(join(root, 'library'));
    const report = await importFiles(library, [path]);
    expect(report.added[0]).toMatchObject({ file: 'gallery.html', shortfall: article.shortfall });
    await library.close();
  });
});
