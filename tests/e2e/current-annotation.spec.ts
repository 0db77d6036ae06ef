/**
 * Issue 14 follow-up: the keys that act on "the current annotation" (E, the
 * tag keys, Delete, N) act only on an annotation that is there now. An
 * annotation that an undo, a redo or a delete took away leaves nothing
 * behind: no selection that a redo brings back, no entity-picker request
 * that opens on the next selection, no retag menu that writes a span the
 * undo had put back. Real Chromium, real mouse drags, real keys.
 */

import type { Page } from '@playwright/test';
import type { Annotation } from '../../shared/model';
import { openArticle, waitForSaved } from './app-actions';
import type { HamishApp } from './harness';
import { heldAnswers } from './held-answers';
import { dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

const held = heldAnswers('createAnnotation');
test.use({ launch: { viewport: { width: 1360, height: 900 }, beforeDispatch: held.beforeDispatch } });
test.afterEach(() => held.releaseAll());

async function stored(app: HamishApp): Promise<Annotation[]> {
  const [meta] = await app.library.listArticles();
  return app.library.listAnnotations(meta?.id ?? '');
}

const picker = (page: Page) => page.getByRole('combobox', { name: 'الكيان' });
const editorTitle = (page: Page) => page.getByTestId('annotation-editor').locator('h3');
const status = (page: Page) => page.getByTestId('status');

/** Drags over `phrase` and tags it Actor › Person with the tag menu's keys. */
async function tagPerson(page: Page, phrase: string): Promise<void> {
  await dragSelect(page, phrase);
  await page.keyboard.press('1');
  await page.keyboard.press('1');
}

/** Opens the sample, tags `phrase` Actor › Person and waits until it is saved and selected. */
async function tagSaved(page: Page, phrase: string): Promise<void> {
  await openArticle(page);
  await tagPerson(page, phrase);
  await expect(editorTitle(page)).toHaveText(phrase);
  await waitForSaved(page);
}

/** Tags «ويتكوف» and undoes it with Ctrl+Z: it is gone and nothing is selected. */
async function tagAndUndo(page: Page): Promise<void> {
  await tagSaved(page, 'ويتكوف');
  await page.keyboard.press('Control+z');
  await expect(status(page)).toHaveText('تم التراجع عن إنشاء التوسيم.');
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);
}

/** The next tagged span is selected with its picker closed and the focus left alone. */
async function expectPickerClosedOn(page: Page, phrase: string): Promise<void> {
  await tagPerson(page, phrase);
  await expect(editorTitle(page)).toHaveText(phrase);
  await waitForSaved(page);
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(picker(page)).not.toBeFocused();
}

test('E right after an undone annotation opens no picker, not even on the next selection', async ({
  app,
}) => {
  const { page } = app;
  await tagAndUndo(page);
  // E now has no annotation to open: nothing opens, now or later.
  await page.keyboard.press('e');
  await expect(picker(page)).toHaveCount(0);
  await expectPickerClosedOn(page, 'خليل');
  expect((await stored(app)).map((a) => a.quote)).toEqual(['خليل']);
});

test('E while a tag is saving, then Esc: the picker opens neither on that annotation nor on the next', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  held.holding = true;
  await tagPerson(page, 'ويتكوف');
  await expect.poll(() => held.gates.length).toBe(1);
  await page.keyboard.press('e');
  // The analyst lets go before the save ends: the E of a moment ago is let go with it.
  await page.keyboard.press('Escape');
  held.releaseAll();
  await waitForSaved(page);
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);
  await expectPickerClosedOn(page, 'خليل');
});

test('a redo brings an undone annotation back unselected: Delete, N and E then touch nothing', async ({
  app,
}) => {
  const { page } = app;
  await tagAndUndo(page);
  await page.keyboard.press('Control+Shift+z');
  await expect(status(page)).toHaveText('أُعيد إنشاء التوسيم.');
  await expect(page.locator('.panel-item')).toHaveCount(1);
  // Back, and not selected: the keys for "the current annotation" have none.
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);
  for (const key of ['Delete', 'n', 'e']) await page.keyboard.press(key);
  await expect(page.getByTestId('annotation-editor')).toHaveCount(0);
  await expect(page.locator('.panel-item')).toHaveCount(1);
  expect((await stored(app)).map((a) => a.quote)).toEqual(['ويتكوف']);
});

test('the retag menu acts on the annotation as it is now, after an undo moved its end back', async ({
  app,
}) => {
  const { page } = app;
  await tagSaved(page, 'خليل');
  // Shift+← grows the end by a word in right-to-left text.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(editorTitle(page)).toHaveText('خليل الحية');
  await waitForSaved(page);

  await page.keyboard.press('r');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(status(page)).toHaveText('تم التراجع عن تعديل التوسيم.');
  await expect(editorTitle(page)).toHaveText('خليل');
  // Actor › Organisation from the menu opened before the undo.
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await waitForSaved(page);
  expect((await stored(app)).map((a) => [a.quote, a.tag])).toEqual([['خليل', 'actor.organisation']]);
  // Undoing the retag gives the tag back and keeps the span the first undo put back.
  await page.keyboard.press('Control+z');
  await expect(status(page)).toHaveText('تم التراجع عن تغيير الوسم.');
  await waitForSaved(page).catch(() => undefined);
  await expect
    .poll(async () => (await stored(app)).map((a) => [a.quote, a.tag]))
    .toEqual([['خليل', 'actor.person']]);
});
