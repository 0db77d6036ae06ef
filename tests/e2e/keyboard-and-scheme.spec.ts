/**
 * Issue 3 without a mouse, and the tag scheme editor, in real Chromium
 * against the real library: keyboard-only tagging of a passage, moving an
 * annotation's edge by keys, the "?" overlay in both languages, a new type
 * that is saved and usable at once, and removing a used type without
 * orphaning its annotations. Also the English screenshot of overlaps.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Taxonomy } from '../../shared/taxonomy';
import { openArticle } from './app-actions';
import type { HamishApp } from './harness';
import { dragAndTag, dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

async function stored(app: HamishApp) {
  const [meta] = await app.library.listArticles();
  return (await app.library.listAnnotations(meta?.id ?? '')).map((a) => ({ quote: a.quote, tag: a.tag }));
}

const selectionText = (app: HamishApp) => app.page.evaluate(() => window.getSelection()?.toString() ?? '');

test('keyboard only: walk words and sentences, extend, tag, jump, grow, delete; "?" lists shortcuts', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  // In Arabic, ← reads on: first word, then the second.
  await page.keyboard.press('ArrowLeft');
  expect(await selectionText(app)).toBe('كشفت');
  await page.keyboard.press('ArrowLeft');
  expect(await selectionText(app)).toBe('مصادر');
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await selectionText(app)).toBe('مصادر إخبارية');
  await expect(page.getByTestId('tag-menu')).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect.poll(() => stored(app)).toEqual([{ quote: 'مصادر إخبارية', tag: 'actor.organisation' }]);
  // The new annotation is selected once saved.
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('مصادر إخبارية');

  // ↓ selects the next sentence; → goes back a word from there.
  await page.keyboard.press('ArrowDown');
  expect(await selectionText(app)).toMatch(/^يأتي هذا اللقاء في سياق الجهود المستمرة/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  expect(await selectionText(app)).toBe('غزة');
  await page.keyboard.press('3');
  await page.keyboard.press('0');
  await expect.poll(() => stored(app)).toContainEqual({ quote: 'غزة', tag: 'event' });
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('غزة');

  // ] and [ jump between annotations; Shift+← grows the selected one's end by a word.
  await page.keyboard.press('Escape');
  await page.keyboard.press('[');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('مصادر إخبارية');
  await page.keyboard.press(']');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('غزة');
  await page.keyboard.press('[');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('مصادر إخبارية');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('مصادر إخبارية عن');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('مصادر إخبارية');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('إخبارية');
  await page.keyboard.press('Delete');
  await expect.poll(() => stored(app)).toEqual([{ quote: 'غزة', tag: 'event' }]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => stored(app)).toContainEqual({ quote: 'إخبارية', tag: 'actor.organisation' });

  // Far down the article (the reader scrolls), a whole sentence tagged from the keyboard.
  await page.keyboard.press('Escape');
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
  const sentence = await selectionText(app);
  expect(sentence).toBe('هذه الجهود السابقة تعكس استمرارية المساعي الأمريكية لحل الأزمة');
  expect(await page.locator('.reader-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  await expect(page.getByTestId('tag-menu')).toBeVisible();
  await page.keyboard.press('2');
  await page.keyboard.press('6');
  await expect.poll(() => stored(app)).toContainEqual({ quote: sentence, tag: 'demand.other' });

  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('اختصارات لوحة المفاتيح');
  await expect(page.getByTestId('shortcuts')).toContainText('وسم كل إشارات التوسيم المحدد');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('Keyboard shortcuts');
  await expect(page.getByTestId('shortcuts')).toContainText('Tag all mentions of the selected annotation');
});

test('the scheme editor adds a type that is saved and usable, and a used type is only removed as asked', async ({
  app,
  dir,
  shotsDir,
}) => {
  const { page } = app;
  await openArticle(page);
  await page.getByRole('button', { name: 'مخطط الوسوم' }).click();
  await page.getByRole('button', { name: 'إضافة نوع', exact: true }).click();
  const row = page.locator('.taxonomy-type').last();
  await row.getByLabel('الاسم بالعربية').first().fill('مكان');
  await row.getByLabel('الاسم بالإنجليزية').first().fill('Place');
  await expect(row.getByLabel('مفتاح الاختصار').first()).toHaveValue('4');
  await page.screenshot({ path: join(shotsDir, 'tag-scheme-ar.png') });
  await page.getByRole('button', { name: 'حفظ المخطط' }).click();
  await expect(page.getByTestId('status')).toHaveText('حُفظ مخطط الوسوم.');
  const onDisk = JSON.parse(await readFile(join(dir, 'library', 'taxonomy.json'), 'utf8')) as Taxonomy;
  // Its id was made from the first label typed, «مكان».
  expect(onDisk.types.at(-1)).toMatchObject({ id: 'mkan', label: { ar: 'مكان', en: 'Place' }, key: '4' });

  // Usable at once: 4 in the tag menu.
  await dragSelect(page, 'الدوحة');
  await expect(page.getByRole('menuitem', { name: /مكان/ })).toBeVisible();
  await page.keyboard.press('4');
  await expect.poll(() => stored(app)).toEqual([{ quote: 'الدوحة', tag: 'mkan' }]);
  await expect(page.locator('.panel-group[data-type="mkan"] h3')).toContainText('مكان');

  // Its row's one Remove… control asks there where its annotation goes; moved to Event, nothing is orphaned.
  await page.getByRole('button', { name: 'مخطط الوسوم' }).click();
  await page.getByRole('button', { name: 'إزالة «مكان»' }).click();
  const question = page.getByRole('group', { name: 'إزالة «مكان»' });
  await expect(question).toContainText('«مكان» (توسيم واحد)');
  await question.locator('select').selectOption('event');
  await question.getByRole('button', { name: 'إزالة', exact: true }).click();
  await expect(page.locator('.taxonomy-type')).toHaveCount(3);
  await page.getByRole('button', { name: 'حفظ المخطط' }).click();
  await expect(page.getByTestId('status')).toHaveText('حُفظ مخطط الوسوم.');
  await expect.poll(() => stored(app)).toEqual([{ quote: 'الدوحة', tag: 'event' }]);
  expect((await app.library.getTaxonomy()).types.map((t) => t.id)).toEqual(['actor', 'demand', 'event']);
});

test('overlapping highlights with the English interface (screenshot)', async ({ app, shotsDir }) => {
  const { page } = app;
  await openArticle(page);
  await dragAndTag(page, 'تبادل الأسرى والمعتقلين', ['2', '1']);
  await dragAndTag(page, 'هدنة مؤقتة، تضمنت تبادل الأسرى', ['3', '3']);
  await dragAndTag(page, 'إسرائيل وحماس', ['1', '0'], 1);
  await expect(page.locator('.panel-item')).toHaveCount(3);
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'rtl');
  await page.keyboard.press('Escape');
  await page.locator('.panel-quote', { hasText: 'هدنة مؤقتة' }).click();
  await expect(page.getByTestId('annotation-editor').getByText('Note', { exact: true })).toBeVisible();
  await page.screenshot({ path: join(shotsDir, 'overlap-en.png') });

  // The panel: counts per type, text order, and a filter by type.
  await expect(page.locator('.panel-group h3')).toHaveText(['Actor1', 'Demand1', 'Event1']);
  await page.getByTestId('panel-grouping').selectOption('text');
  await expect(page.locator('.panel-item .panel-quote > span:first-child')).toHaveText([
    'إسرائيل وحماس',
    'هدنة مؤقتة، تضمنت تبادل الأسرى',
    'تبادل الأسرى والمعتقلين',
  ]);
  await page.getByTestId('panel-filter').selectOption('demand');
  await expect(page.locator('.panel-item')).toHaveCount(1);
  await expect(page.locator('.panel-item')).toContainText('Demand: Prisoners');
});
