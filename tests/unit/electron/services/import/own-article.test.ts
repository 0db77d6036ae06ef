/**
 * @vitest-environment node
 * A saved infinite-scroll page holding its own story and the next one, each
 * in an <article>: the import keeps the story the page's title heads, not the
 * longer next story; pages whose title heads no single article are left whole.
 */

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../../../electron/services/import/html-article';
import { parseDocument } from '../../../../../electron/services/import/html-dom';
import { keepOwnArticle } from '../../../../../electron/services/import/own-article';
import { SAMPLE_PATH } from '../../../helpers';

const TITLE = 'الاحتلال يعلن تمديد الهدنة';
const NEXT = 'مقال تال: لقاءات سابقة بين الوسطاء والوفود';

/** The real Arabic paragraphs of the sample article (resources/), split in two stories (the second longer). */
async function stories(): Promise<{ own: string[]; next: string[] }> {
  const sample = await readFile(SAMPLE_PATH, 'utf8');
  const paragraphs = sample.split('\n').filter((line) => line.trim().split(/\s+/u).length > 12);
  return { own: paragraphs.slice(0, 3), next: paragraphs.slice(3) };
}

const story = (heading: string, paragraphs: string[]) =>
  `<article class="story"><h1>${heading}</h1><div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article>`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta property="og:title" content="${title}">
<title>${title} - الموقع</title></head><body><main>${body}</main></body></html>`;

describe('keepOwnArticle', () => {
  it('imports the story the title heads, not the longer next story loaded below it', async () => {
    const { own, next } = await stories();
    const html = page(TITLE, `${story(TITLE, own)}<div class="next-story">${story(NEXT, next)}</div>`);
    const doc = extractHtmlArticle(html);
    expect(doc.title).toBe(TITLE);
    expect(doc.blocks.map((b) => b.text.trim())).toEqual(own.map((p) => p.trim()));
  });

  it('keeps the whole page when the title heads no article, or more than one', async () => {
    const { own, next } = await stories();
    const none = parseDocument(page('عنوان آخر تماما', `${story(TITLE, own)}${story(NEXT, next)}`));
    expect(keepOwnArticle(none, 'عنوان آخر تماما')).toBe(0);
    expect(none.querySelectorAll('article').length).toBe(2);
    const twice = parseDocument(page(TITLE, `${story(TITLE, own)}${story(TITLE, next)}`));
    expect(keepOwnArticle(twice, TITLE)).toBe(0);
    const single = parseDocument(page(TITLE, story(TITLE, own)));
    expect(keepOwnArticle(single, TITLE)).toBe(0);
  });

  it('takes a title with the site name around it, and leaves articles nested in the own one', async () => {
    const { own, next } = await stories();
    const nested = `<article><h2>${TITLE}</h2><p>${own[0] ?? ''}</p><article><h3>تعليق</h3><p>${own[1] ?? ''}</p></article></article>`;
    const document = parseDocument(page(`${TITLE} | الموقع`, `${nested}${story(NEXT, next)}`));
    expect(keepOwnArticle(document, `${TITLE} | الموقع`)).toBe(1);
    expect(document.querySelectorAll('article').length).toBe(2);
    expect(cleanTexts(document)).toContain(own[1]?.slice(0, 40));
  });
});

function cleanTexts(document: ReturnType<typeof parseDocument>): string {
  return (document.body?.textContent ?? '').replace(/\s+/gu, ' ');
}
