/**
 * Takes the screenshots a person checks (and the README shows): the reader on
 * the sample article with three tags, the tag menu, the library, and the
 * English interface. Written to test-results/screenshots, or to docs/ with
 * HAMISH_UPDATE_DOCS=1. Each shot asserts the state it claims to show.
 */

import { join } from 'node:path';
import { openArticle } from './app-actions';
import type { HamishApp } from './harness';
import { dragAndTag, dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

async function tagSample(app: HamishApp): Promise<void> {
  const { page } = app;
  await openArticle(page);
  for (const [phrase, keys] of [
    ['ستيف ويتكوف', ['1', '1']],
    ['خليل الحية', ['1', '1']],
    ['تبادل الأسرى', ['2', '1']],
    ['وقف إطلاق النار', ['3', '3']],
  ] as const) {
    await dragAndTag(page, phrase, keys);
  }
  await expect(page.locator('.panel-item')).toHaveCount(4);
  // Let go of the last new annotation, so the shots show the tags, not its editor.
  await page.keyboard.press('Escape');
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
}

test('reader in Arabic with highlights in three colours and the side panel', async ({ app, shotsDir }) => {
  await tagSample(app);
  await expect(app.page.locator('.panel-group')).toHaveCount(3);
  await app.page.screenshot({ path: join(shotsDir, 'reader-ar.png') });

  await dragSelect(app.page, 'المشهد السياسي الإقليمي');
  await expect(app.page.getByTestId('tag-menu')).toBeVisible();
  await app.page.keyboard.press('2');
  await expect(app.page.getByRole('menuitem', { name: /الاستيطان/ })).toBeVisible();
  await app.page.screenshot({ path: join(shotsDir, 'tag-menu-ar.png') });
});

test('reader and library with the English interface', async ({ app, shotsDir }) => {
  await tagSample(app);
  await app.page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(app.page.locator('html')).toHaveAttribute('dir', 'ltr');
  await app.page.screenshot({ path: join(shotsDir, 'reader-en.png') });
  await app.page.getByRole('button', { name: 'Library' }).click();
  await expect(app.page.locator('.article-row')).toHaveCount(1);
  await app.page.screenshot({ path: join(shotsDir, 'library-en.png') });
});
