/**
 * The library table's row buttons in real Chromium with React, clicked with
 * the mouse: in the library each row has "edit" and "move to trash", in the
 * trash "restore"; each is named for its article (Arabic title) and calls
 * back with that row's article, not another.
 */

import type { ArticleMeta } from '../../../../shared/model';
import type { Page } from '@playwright/test';
import { expect, test, type HamishDom } from '../dom/dom-page';

declare const window: { hamishDom: HamishDom };

const meta = (id: string, title: string): ArticleMeta => ({
  id,
  title,
  source: 'وكالة الأنباء',
  date: '2025-03-01',
  language: 'ar',
  addedAt: '2026-11-30T12:00:00.000Z',
  textSha256: id.padEnd(64, '0'),
  length: 100,
  annotationCount: 0,
});
const first = meta('a1', 'ويتكوف مستعد للقاء خليل الحية');
const second = meta('a2', 'بيان الهدنة');
const calls = (dom: Page) => dom.evaluate(() => window.hamishDom.calls);

test('a library row edits and trashes its own article', async ({ dom }) => {
  await dom.evaluate((items) => window.hamishDom.articleViews(items, 'en'), [first, second]);
  const row = dom.locator('.article-row', { hasText: second.title });
  await expect(row.locator('.row-actions').getByRole('button')).toHaveCount(2);
  const edit = row.getByRole('button', { name: `Edit details of “${second.title}”`, exact: true });
  await expect(edit).toHaveText('Edit');
  await edit.click();
  await row.getByRole('button', { name: `Move “${second.title}” to the trash`, exact: true }).click();
  expect(await calls(dom)).toEqual(['edit:a2', 'trash:a2']);
});

test('a trash row restores its own article and offers nothing else', async ({ dom }) => {
  await dom.evaluate((items) => window.hamishDom.articleViews(items, 'ar', true), [first, second]);
  const row = dom.locator('.article-row', { hasText: first.title });
  await expect(row.locator('.row-actions').getByRole('button')).toHaveCount(1);
  const restore = row.getByRole('button', { name: `استعادة «${first.title}»`, exact: true });
  await expect(restore).toHaveText('استعادة');
  await restore.click();
  expect(await calls(dom)).toEqual(['restore:a1']);
});
