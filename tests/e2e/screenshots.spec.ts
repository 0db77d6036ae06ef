/**
 * Takes the screenshots a person checks (and the README shows): the reader on
 * the sample article with three tags, the tag menu, the library, the English
 * interface, the reader's colour and underline key open in both languages,
 * the entity picker, and the "tag in all articles" preview over a small
 * library. Written to test-results/screenshots, or to docs/ with
 * HAMISH_UPDATE_DOCS=1. Each shot asserts the state it claims to show and is
 * taken once the page's fonts have loaded, so Arabic is drawn in Noto Naskh.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Library } from '../../electron/services/library/library';
import { openArticle, waitForSaved } from './app-actions';
import { SAMPLE_PATH, type HamishApp } from './harness';
import { dragAndTag, dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

/** Screenshots the whole page into `shotsDir/name` once every web font in use has loaded. */
async function shoot(page: Page, shotsDir: string, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotsDir, name) });
}

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
  await shoot(app.page, shotsDir, 'reader-ar.png');

  await dragSelect(app.page, 'المشهد السياسي الإقليمي');
  await expect(app.page.getByTestId('tag-menu')).toBeVisible();
  await app.page.keyboard.press('2');
  await expect(app.page.getByRole('menuitem', { name: /الاستيطان/ })).toBeVisible();
  await shoot(app.page, shotsDir, 'tag-menu-ar.png');
});

test('reader and library with the English interface', async ({ app, shotsDir }) => {
  await tagSample(app);
  await app.page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(app.page.locator('html')).toHaveAttribute('dir', 'ltr');
  await shoot(app.page, shotsDir, 'reader-en.png');
  await app.page.getByRole('button', { name: 'Library' }).click();
  await expect(app.page.locator('.article-row')).toHaveCount(1);
  await shoot(app.page, shotsDir, 'library-en.png');
});

test('reader with the colour and underline key open, in Arabic and in English', async ({ app, shotsDir }) => {
  await tagSample(app);
  const { page } = app;
  const legend = page.getByTestId('tag-legend');
  await legend.locator('summary').click();
  await expect(legend.locator('[data-tag="actor.person"]')).toHaveText('شخص');
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  await shoot(page, shotsDir, 'reader-legend-ar.png');

  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(legend.locator('summary')).toHaveText('Colour and underline key');
  await expect(legend.locator('[data-tag="actor.person"]')).toHaveText('Person');
  await shoot(page, shotsDir, 'reader-legend-en.png');
});

test('entity picker open on a tagged name, the entity it names first', async ({ app, shotsDir }) => {
  const { page } = app;
  for (const [ar, en, aliases] of [
    ['ستيف ويتكوف', 'Steve Witkoff', ['ويتكوف']],
    ['خليل الحيّة', 'Khalil al-Hayya', ['الحية']],
    ['دونالد ترامب', 'Donald Trump', ['ترامب']],
  ] as const) {
    await app.library.saveEntity({ name: { ar, en }, kind: 'person', aliases: [...aliases] });
  }
  await openArticle(page);
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '1']);
  await waitForSaved(page);
  await page.keyboard.press('e');
  const picker = page.getByRole('combobox', { name: 'الكيان' });
  await expect(picker).toBeFocused();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  const first = page.getByRole('listbox', { name: 'الكيان' }).getByRole('option').first();
  await expect(first).toContainText('ستيف ويتكوف');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await shoot(page, shotsDir, 'entity-picker-link-ar.png');
});

test.describe('across the library', () => {
  /** Three more short items beside the sample, each saying «تبادل الأسرى» as papers spell it. */
  const MORE: [string, string][] = [
    ['الوسطاء يعرضون مقترحاً جديداً', 'قدّم الوسطاء مقترحاً جديداً لوقف القتال يشمل تبادل الأسرى على مراحل.'],
    ['عائلات المحتجزين تتظاهر', 'تظاهرت عائلات المحتجزين مطالبة الحكومة بإتمام تبادل الاسرى دون تأخير.'],
    ['تحليل: فرص الاتفاق', 'يرى محللون أن تبادلِ الأسرى هو العقبة الأكبر، إلى جانب الانسحاب من المعابر.'],
  ];
  test.use({
    libraryDir: async ({ dir }, use) => {
      const libraryDir = join(dir, 'library');
      const library = await Library.open(libraryDir, { samplePath: SAMPLE_PATH });
      for (const [title, text] of MORE) await library.addArticle({ title, text, language: 'ar' });
      await library.close();
      await use(libraryDir);
    },
  });

  test('the "tag in all articles" preview lists the other articles’ mentions in context', async ({
    app,
    shotsDir,
  }) => {
    const { page } = app;
    await openArticle(page);
    await dragAndTag(page, 'تبادل الأسرى', ['2', '1']);
    await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('تبادل الأسرى');
    await page.getByRole('button', { name: 'وسم في كل المقالات…' }).click();
    const dialog = page.getByTestId('mentions-dialog');
    // The other articles each listed once, their mention marked in its sentence whatever the spelling,
    // beside this article's own other mentions.
    for (const [title] of MORE) {
      await expect(dialog.locator('.mentions-article', { hasText: title })).toHaveCount(1);
    }
    await expect(dialog.locator('.mentions-article', { hasText: 'هذا المقال' })).not.toHaveCount(0);
    const marks = await dialog.locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['تبادل الأسرى', 'تبادل الاسرى', 'تبادلِ الأسرى']));
    await shoot(page, shotsDir, 'tag-all-articles-ar.png');
  });
});
