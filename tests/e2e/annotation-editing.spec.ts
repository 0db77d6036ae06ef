/**
 * Issue 3 in real Chromium against the real library: overlapping annotations
 * made with mouse drags, selecting one by clicking its highlight, retagging
 * and noting it, undo and redo (also after switching articles), double-click
 * with proclitics left out, and tag all mentions of "ويتكوف" with an entity.
 */

import { join } from 'node:path';
import type { Annotation } from '../../shared/model';
import { openArticle, waitForSaved } from './app-actions';
import type { HamishApp } from './harness';
import { dragAndTag } from './mouse-selection';
import { clickInPhrase, pointInPhrase } from './text-points';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

async function stored(app: HamishApp): Promise<Annotation[]> {
  const [meta] = (await app.library.listArticles()).filter((a) => a.title.includes('ويتكوف'));
  return app.library.listAnnotations(meta?.id ?? '');
}

const summary = async (app: HamishApp) =>
  (await stored(app)).map((a) => ({ quote: a.quote, tag: a.tag, note: a.note }));

function highlighted(app: HamishApp, name: string) {
  return app.page.evaluate(
    (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()),
    name,
  );
}

test('overlapping annotations by mouse; click selects the innermost; retag, note, undo and redo', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await openArticle(page);
  // Outer: the whole description with the name, as Actor › Person.
  await dragAndTag(page, 'المبعوث الخاص للرئيس الأمريكي، ستيف ويتكوف', ['1', '1']);
  // Inner, nested in it: the name alone, as Actor › State (to be corrected below).
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '3']);
  await expect(page.locator('.panel-item')).toHaveCount(2);
  expect(await highlighted(app, 'hamish-actor-person')).toEqual([
    'المبعوث الخاص للرئيس الأمريكي، ستيف ويتكوف',
  ]);
  expect(await highlighted(app, 'hamish-actor-state')).toEqual(['ستيف ويتكوف']);
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  // Esc lets go of the new annotation, so the screenshot shows the tags alone.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);
  await page.screenshot({ path: join(shotsDir, 'overlap-ar.png') });

  // A click on "ويتكوف" (inside both) selects the innermost annotation.
  await clickInPhrase(page, 'ستيف ويتكوف', 7);
  const editor = page.getByTestId('annotation-editor');
  await expect(editor.locator('h3')).toHaveText('ستيف ويتكوف');
  expect(await highlighted(app, 'hamish-selected')).toEqual(['ستيف ويتكوف']);
  await expect(page.locator('.panel-item[aria-current="true"]')).toContainText('ستيف ويتكوف');
  // Clicking it again selects the enclosing one.
  await clickInPhrase(page, 'ستيف ويتكوف', 7);
  await expect(editor.locator('h3')).toHaveText('المبعوث الخاص للرئيس الأمريكي، ستيف ويتكوف');
  // And once more, back to the innermost.
  await clickInPhrase(page, 'ستيف ويتكوف', 7);
  await expect(editor.locator('h3')).toHaveText('ستيف ويتكوف');

  // Retag to Person and write a note.
  await page.getByTestId('editor-tag').selectOption('actor.person');
  await expect(page.locator('.panel-item[data-tag="actor.person"]')).toHaveCount(2);
  await page.getByTestId('editor-note').fill('المبعوث الأمريكي الخاص');
  await page.getByRole('button', { name: 'حفظ الملاحظة' }).click();
  await expect(page.locator('.panel-note')).toHaveText('المبعوث الأمريكي الخاص');
  await waitForSaved(page);
  const edited = await summary(app);
  expect(edited).toContainEqual({
    quote: 'ستيف ويتكوف',
    tag: 'actor.person',
    note: 'المبعوث الأمريكي الخاص',
  });

  // Undo the note, then the retag; redo both.
  await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status')).toHaveText('تم التراجع عن تعديل التوسيم.');
  await expect
    .poll(() => summary(app))
    .toContainEqual({ quote: 'ستيف ويتكوف', tag: 'actor.person', note: undefined });
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => summary(app))
    .toContainEqual({ quote: 'ستيف ويتكوف', tag: 'actor.state', note: undefined });
  await expect.poll(() => highlighted(app, 'hamish-actor-state')).toEqual(['ستيف ويتكوف']);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect
    .poll(() => summary(app))
    .toContainEqual({ quote: 'ستيف ويتكوف', tag: 'actor.person', note: 'المبعوث الأمريكي الخاص' });
  await expect(page.locator('.panel-note')).toHaveText('المبعوث الأمريكي الخاص');

  // Undo survives switching articles: from the library, Ctrl+Z reopens the article and undoes.
  await page.getByRole('button', { name: 'المكتبة' }).click();
  await expect(page.locator('.article-row')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('article-text')).toBeVisible();
  await expect
    .poll(() => summary(app))
    .toContainEqual({ quote: 'ستيف ويتكوف', tag: 'actor.person', note: undefined });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(app)).length).toBe(0);
  await expect(page.locator('.panel-item')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await stored(app)).length).toBe(1);
  await expect(page.locator('.panel-item')).toHaveCount(1);
});

test('double-click picks the word without its proclitic; tag all mentions of "ويتكوف" links one entity', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  await openArticle(page);
  const { x, y } = await pointInPhrase(page, 'لخليل الحية', 3);
  await page.mouse.dblclick(x, y);
  await expect(page.getByTestId('tag-menu')).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('خليل');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect.poll(() => summary(app)).toEqual([{ quote: 'خليل', tag: 'actor.person', note: undefined }]);

  await dragAndTag(page, 'ويتكوف', ['1', '1'], 0);
  const editor = page.getByTestId('annotation-editor');
  await expect(editor.locator('h3')).toHaveText('ويتكوف');
  await page.getByTestId('editor-entity').click();
  await editor.getByRole('option', { name: 'كيان جديد من هذا النص' }).click();
  await expect(page.getByTestId('editor-entity')).toHaveAttribute('data-entity-id', /[0-9a-f-]{36}/);
  await editor.getByRole('button', { name: 'وسم 4 إشارات أخرى' }).click();
  await expect(page.getByTestId('status')).toHaveText('وُسمت 4 إشارات أخرى.');
  await expect(page.locator('.panel-item[data-tag="actor.person"]')).toHaveCount(6);
  const mentions = (await stored(app)).filter((a) => a.quote === 'ويتكوف');
  expect(mentions).toHaveLength(5);
  expect(new Set(mentions.map((a) => a.entityId)).size).toBe(1);
  expect(mentions[0]?.entityId).toBeTruthy();

  await page.getByRole('tab', { name: 'الكيانات' }).click();
  await expect(page.getByTestId('entity-mentions')).toHaveText('5 إشارات في 1 مقال');
  await page.screenshot({ path: join(shotsDir, 'entities-ar.png') });

  // One undo takes all four back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(app)).filter((a) => a.quote === 'ويتكوف').length).toBe(1);
  await expect(page.getByTestId('entity-mentions')).toHaveText('إشارة واحدة في 1 مقال');
});

test('an entity edited in the entities panel: its aliases make "tag all mentions" find the description too', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '1']);
  const editor = page.getByTestId('annotation-editor');
  await page.getByTestId('editor-entity').click();
  await editor.getByRole('option', { name: 'كيان جديد من هذا النص' }).click();
  await expect(page.getByTestId('editor-entity')).toHaveAttribute('data-entity-id', /[0-9a-f-]{36}/);
  await expect(editor.getByRole('button', { name: 'لا إشارات أخرى' })).toBeDisabled();

  await page.getByRole('tab', { name: 'الكيانات' }).click();
  await page.locator('.entity-open').click();
  await page.getByLabel('الاسم بالإنجليزية').fill('Steve Witkoff');
  await page.getByLabel('أسماء أخرى (سطر لكل اسم)').fill('ويتكوف\nالمبعوث الخاص للرئيس الأمريكي\n');
  await page.getByRole('button', { name: 'حفظ الكيان' }).click();
  await expect(page.getByTestId('entity-mentions')).toHaveText('إشارة واحدة في 1 مقال');

  await page.getByRole('tab', { name: 'التوسيمات' }).click();
  await editor.getByRole('button', { name: 'وسم 5 إشارات أخرى' }).click();
  await expect
    .poll(async () => (await stored(app)).map((a) => a.quote))
    .toEqual(['المبعوث الخاص للرئيس الأمريكي', 'ستيف ويتكوف', 'ويتكوف', 'ويتكوف', 'ويتكوف', 'ويتكوف']);
  expect(new Set((await stored(app)).map((a) => a.entityId)).size).toBe(1);
  await page.getByRole('tab', { name: 'الكيانات' }).click();
  await expect(page.getByTestId('entity-mentions')).toHaveText('6 إشارات في 1 مقال');
  const [entity] = await app.library.listEntities();
  expect(entity?.entity).toMatchObject({
    name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
    kind: 'person',
    aliases: ['ويتكوف', 'المبعوث الخاص للرئيس الأمريكي'],
  });
});
