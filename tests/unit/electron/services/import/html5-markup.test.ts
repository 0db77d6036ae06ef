/**
 * @vitest-environment node
 * Pages with a tag left open before the article (tests/fixtures/broken-markup,
 * modelled on real sites' markup) keep their whole body through the HTML
 * importer, and html5Markup re-writes a page the way a browser's HTML5 parser
 * builds it, closing what would swallow the article.
 */

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../../../electron/services/import/html-article';
import { html5Markup } from '../../../../../electron/services/import/html5-markup';
import { canonicalizeBlocks } from '../../../../../shared/canonical-text';
import { fixture } from '../../../helpers';

/** The openings of the article's four paragraphs, in order. */
const OPENINGS = [
  'أعلنت وزارة الصحة في غزة صباح اليوم عن وصول قافلة جديدة من المساعدات الطبية',
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي',
  'وأضاف أن الطواقم الطبية تعمل منذ أشهر',
  'من جهتها، دعت منظمة الصحة العالمية إلى فتح المعابر بشكل دائم',
];

/** Paragraphs held by an element that hides its content. */
const SWALLOWED = ['svg', 'math', 'iframe', 'noscript', 'template', 'textarea', 'title']
  .map((name) => `${name} p`)
  .join(', ');

const textOf = (file: string) => {
  const doc = extractHtmlArticle(readFileSync(fixture(`broken-markup/${file}`), 'utf8'));
  return { doc, text: canonicalizeBlocks(doc.blocks).text.replace(/\s+/gu, ' ') };
};

describe('pages with a tag left open before the article', () => {
  it.each([
    'unclosed-svg.ar.html',
    'unclosed-comment.ar.html',
    'unclosed-iframe.ar.html',
    'unclosed-noscript.ar.html',
    'unclosed-template.ar.html',
  ])('%s keeps its four paragraphs, and no footer', (file) => {
    const { doc, text } = textOf(file);
    expect(doc.title).toBe('وصول قافلة مساعدات طبية إلى غزة عبر معبر رفح');
    const lastFour = doc.blocks.slice(-4);
    expect(lastFour.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    lastFour.forEach((block, i) => expect(block.text.startsWith(OPENINGS[i] ?? '?')).toBe(true));
    expect(text).not.toContain('جميع الحقوق محفوظة');
    // The tree itself: the four paragraphs are in the body, none inside the broken element.
    const { document } = parseHTML(html5Markup(readFileSync(fixture(`broken-markup/${file}`), 'utf8'))) as {
      document: { querySelectorAll(selector: string): ArrayLike<unknown> };
    };
    expect(document.querySelectorAll('.entry-content > p')).toHaveLength(4);
    expect(document.querySelectorAll(SWALLOWED)).toHaveLength(0);
  });
});

describe('html5Markup', () => {
  it('ends an open <svg> or <math> where a browser does, at the first paragraph', () => {
    const markup = html5Markup('<div><svg viewBox="0 0 1 1"><path d="M0"><p>نص المقال</p></div>');
    expect(markup).toContain('<svg viewBox="0 0 1 1"><path d="M0"></path></svg><p>نص المقال</p>');
    expect(html5Markup('<math><mi>x</mi><p>نص</p>')).toContain('<math><mi>x</mi></math><p>نص</p>');
  });

  it('closes a text-only element or comment left open at the first tag after it (a browser swallows the page)', () => {
    expect(html5Markup('<title>عنوان الخبر</head><body><article><p>نص</p></article>')).toBe(
      '<html><head><title>عنوان الخبر</title></head><body><article><p>نص</p></article></body></html>',
    );
    expect(html5Markup('<textarea name="c">رأيك<div class="post"><p>نص</p></div>')).toContain(
      '<textarea name="c">رأيك</textarea><div class="post"><p>نص</p></div>',
    );
    expect(html5Markup('<figure><iframe src="https://www.youtube.com/embed/x"></figure><p>نص</p>')).toContain(
      '<figure><iframe src="https://www.youtube.com/embed/x"></iframe></figure><p>نص</p>',
    );
    expect(html5Markup('<xmp>a<section><p>نص</p>')).toContain('<xmp>a</xmp><section><p>نص</p>');
    expect(html5Markup('<p>أ</p><!-- end .meta <p>نص</p>')).toContain('<!-- end .meta --><p>نص</p>');
  });

  it('leaves alone what is closed, self-closed, or swallows no body text', () => {
    const closed = '<p>أ</p><!-- <div class="ad">إعلان</div> --><script>var s = "<div>";</script><p>ب</p>';
    expect(html5Markup(closed)).toContain(
      '<p>أ</p><!-- <div class="ad">إعلان</div> --><script>var s = "<div>";</script><p>ب</p>',
    );
    expect(html5Markup('<svg><use href="#i"/></svg><svg/><p>نص</p>')).toContain(
      '<svg><use href="#i"></use></svg><svg></svg><p>نص</p>',
    );
    // An open <iframe> at the end holding no body tag is as a browser builds it.
    expect(html5Markup('<p>نص</p><iframe src="x">')).toContain('<p>نص</p><iframe src="x"></iframe>');
    expect(html5Markup('')).toBe('<html><head></head><body></body></html>');
  });
});
