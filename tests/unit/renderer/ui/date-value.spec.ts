/**
 * A date the UI cannot format reaching the views (a door that let
 * "2025-13-45" through) in real Chromium with React: the app's LibraryTable
 * still renders the article's row, with the date shown as stored and marked
 * invalid, and the reader's ArticleHeader does the same; a real date beside
 * it is formatted. Without the marking, Intl throws a RangeError and the view
 * is gone.
 */

import type { ArticleMeta } from '../../../../shared/model';
import { expect, test, type HamishDom } from '../dom/dom-page';

declare const window: { hamishDom: HamishDom };

const meta = (id: string, title: string, date: string): ArticleMeta => ({
  id,
  title,
  source: 'وكالة الأنباء',
  date,
  language: 'ar',
  addedAt: '2026-11-30T12:00:00.000Z',
  textSha256: '0'.repeat(64),
  length: 100,
  annotationCount: 0,
});
const bad = meta('a1', 'ويتكوف مستعد للقاء خليل الحية', '2025-13-45');
const good = meta('a2', 'بيان الهدنة', '2025-03-01');

test('the library row and the reader header show an impossible date marked invalid, in Arabic', async ({
  dom,
}) => {
  await dom.evaluate((items) => window.hamishDom.articleViews(items, 'ar'), [bad, good]);
  const row = dom.locator('.article-row', { hasText: bad.title });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-invalid="date"]')).toHaveText('2025-13-45 (غير صالح)');
  await expect(row.locator('[data-invalid="date"]')).toHaveAttribute(
    'title',
    'التاريخ «2025-13-45» في ملفات المكتبة ليس تاريخاً صحيحاً؛ عدّل بيانات المقال لتصحيحه.',
  );
  await expect(row).toContainText('وكالة الأنباء');
  const goodRow = dom.locator('.article-row', { hasText: good.title });
  await expect(goodRow.locator('time')).toHaveAttribute('datetime', '2025-03-01');
  await expect(goodRow.locator('[data-invalid]')).toHaveCount(0);

  const header = dom.locator('.article-header', { hasText: bad.title });
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(bad.title);
  await expect(header.locator('.article-meta')).toHaveText('وكالة الأنباء · 2025-13-45 (غير صالح)');
});

test('in English the mark says "invalid" and the real date is written out', async ({ dom }) => {
  await dom.evaluate((items) => window.hamishDom.articleViews(items, 'en'), [bad, good]);
  await expect(
    dom.locator('.article-row', { hasText: bad.title }).locator('[data-invalid="date"]'),
  ).toHaveText('2025-13-45 (invalid)');
  await expect(dom.locator('.article-row', { hasText: good.title }).locator('time')).toHaveText(
    'Mar 1, 2025',
  );
  await expect(dom.locator('.article-header', { hasText: bad.title }).locator('[data-invalid]')).toHaveText(
    '2025-13-45 (invalid)',
  );
});
