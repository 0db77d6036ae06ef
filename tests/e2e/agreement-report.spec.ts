/**
 * The agreement report's HTML page as a browser lays it out (Debian's
 * Chromium, no app, no build needed): the Arabic page reads right to left
 * (its first column on the right), an Arabic title inside the English page
 * stays right to left, and the page fetches nothing.
 */

import { chromium, expect, test, type Browser } from '@playwright/test';
import { agreementReport, type CodedArticle } from '../../shared/agreement/report';
import { agreementHtml } from '../../shared/agreement/report-html';
import { tagLabels } from '../../shared/agreement/report-words';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy';
import { CHROMIUM_ARGS, chromiumPath } from './harness';

const article: CodedArticle = {
  id: 'a1',
  title: 'ويتكوف مستعد للقاء خليل الحية',
  length: 60,
  codings: [
    [
      { start: 0, end: 6, tag: 'actor.person' },
      { start: 20, end: 30, tag: 'demand.prisoners' },
    ],
    [
      { start: 0, end: 6, tag: 'actor.person' },
      { start: 40, end: 45, tag: 'event' },
    ],
  ],
};
const report = agreementReport(['سلمى', 'Omar'], [article], {
  measure: 'alpha-u',
  by: 'tag',
  unit: 'exact',
  untagged: 'none',
});
const labels = tagLabels([DEFAULT_TAXONOMY]);

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
test.afterAll(async () => {
  await browser.close();
});

test('the Arabic page lays its tables out right to left and fetches nothing', async () => {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(agreementHtml(report, labels, 'ar'));
  const header = page.locator('table').first().locator('thead th');
  const first = await header.first().boundingBox();
  const last = await header.last().boundingBox();
  expect(first && last && first.x > last.x).toBe(true);
  const actor = page.locator('tbody th bdi', { hasText: 'فاعل' }).first();
  await expect(actor).toHaveAttribute('dir', 'rtl');
  expect(await actor.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(requests).toEqual([]);
  await page.close();
});

test('the English page reads left to right and keeps an Arabic title right to left', async () => {
  const page = await browser.newPage();
  await page.setContent(agreementHtml(report, labels, 'en'));
  const header = page.locator('table').first().locator('thead th');
  const first = await header.first().boundingBox();
  const last = await header.last().boundingBox();
  expect(first && last && first.x < last.x).toBe(true);
  const title = page.locator('bdi', { hasText: 'ويتكوف مستعد' });
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // An English line naming an Arabic coder stays left to right: "Coders:" on the left.
  const coders = page.locator('li bdi', { hasText: 'Coders:' });
  expect(await coders.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  const word = await coders.evaluate((el) => {
    const range = document.createRange();
    const text = el.firstChild as Text;
    range.setStart(text, 0);
    range.setEnd(text, 'Coders:'.length);
    return { word: range.getBoundingClientRect().x, line: el.getBoundingClientRect().x };
  });
  expect(word.word).toBeCloseTo(word.line, 0);
  await page.close();
});
