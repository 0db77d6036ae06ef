/**
 * Finding 8 of issue 15 in real Chromium, Arabic interface: keys for the
 * note (N), retagging (R) and back to the text (Esc in the note box); the
 * annotation list is one Tab stop walked with ↑ ↓ and Delete; the side
 * panel's tabs take ← →; every dialog takes focus when it opens and gives it
 * back to its opener when it closes; the "?" overlay lists the new keys.
 */

import type { Page } from '@playwright/test';
import { openArticle, waitForSaved } from './app-actions';
import { expect, test } from './fixtures';
import { dragAndTag } from './mouse-selection';
import type { HamishApp } from './harness';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

async function stored(app: HamishApp) {
  const [meta] = await app.library.listArticles();
  return (await app.library.listAnnotations(meta?.id ?? '')).map((a) => ({
    quote: a.quote,
    tag: a.tag,
    note: a.note ?? null,
  }));
}

/** The test id, class or text of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset['testid'] ?? el?.className ?? '';
  });

test('N writes the note, Esc goes back to the text, R retags: no mouse after the drag', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  await dragAndTag(page, 'خليل الحية', ['1', '1']);
  await waitForSaved(page);
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText('خليل الحية');

  await page.keyboard.press('n');
  expect(await focused(page)).toBe('editor-note');
  await page.keyboard.type('رئيس المكتب السياسي');
  await page.keyboard.press('Escape');
  expect(await focused(page)).toBe('reader-text');
  await waitForSaved(page);
  await expect
    .poll(() => stored(app))
    .toEqual([{ quote: 'خليل الحية', tag: 'actor.person', note: 'رئيس المكتب السياسي' }]);

  // The selection is kept: R opens the tag menu over it, 1 2 makes it an organisation.
  await page.keyboard.press('r');
  await expect(page.getByTestId('tag-menu')).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.getByTestId('tag-menu')).toHaveCount(0);
  await expect
    .poll(() => stored(app))
    .toEqual([{ quote: 'خليل الحية', tag: 'actor.organisation', note: 'رئيس المكتب السياسي' }]);
  // Arabic layout: the same physical keys (ى is N's key, ق is R's).
  await page.keyboard.press('Escape');
  await page.keyboard.press(']');
  await expect(page.getByTestId('annotation-editor')).toBeVisible();
  // Playwright's keyboard has no Arabic layout: the event an Arabic keyboard sends for N.
  await page.evaluate(() =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ى', code: 'KeyN', bubbles: true })),
  );
  expect(await focused(page)).toBe('editor-note');
});

test('the annotation list is one Tab stop: ↑ ↓ walk the cards, Delete removes one; tabs take ← →', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  await dragAndTag(page, 'ويتكوف', ['1', '1']);
  await waitForSaved(page);
  await dragAndTag(page, 'خليل الحية', ['1', '1']);
  await waitForSaved(page);
  await dragAndTag(page, 'الدوحة', ['1', '3']);
  await waitForSaved(page);
  await page.keyboard.press('Escape');

  const list = page.locator('.panel-list');
  const stops = () =>
    list.evaluate(
      (el) =>
        [...el.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.tabIndex >= 0 && !b.disabled)
          .length,
    );
  await expect.poll(stops).toBe(1);
  await list.locator('button[tabindex="0"]').focus();
  const first = await page.evaluate(
    () => document.activeElement?.closest('[data-annotation-id]')?.textContent,
  );
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(
    () => document.activeElement?.closest('[data-annotation-id]')?.textContent,
  );
  expect(second).not.toBe(first);
  expect(await stops()).toBe(1);
  // Tab leaves the list at once (it used to stop on each card's quote and its ×).
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.panel-list')))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(
    await page.evaluate(() => document.activeElement?.closest('[data-annotation-id]')?.textContent),
  ).toBe(second);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await stored(app)).length).toBe(2);

  // Tabs: ← is "next" in Arabic.
  await page.getByRole('tab', { name: 'التوسيمات' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'الكيانات' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'الكيانات' })).toBeFocused();
  await expect(page.getByTestId('entities-panel')).toBeVisible();
});

test('every dialog takes focus on opening and gives it back to its opener on closing', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  // The toolbar's dialogs (restore from backup lives in the File menu now: menu-commands.spec.ts).
  for (const name of ['مقال جديد', 'مخطط الوسوم', 'تصدير…']) {
    await test.step(name, async () => {
      const opener = page.getByRole('button', { name, exact: true });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(opener).toBeFocused();
    });
  }
  // The overlay opened by "?" from the text gives focus back to the text.
  await page.getByTestId('reader-text').focus();
  await page.keyboard.press('?');
  const overlay = page.getByTestId('shortcuts');
  expect(await overlay.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (const row of ['كتابة ملاحظته', 'تغيير وسمه', 'العودة إلى النص', 'البطاقة السابقة / التالية'])
    await expect(overlay).toContainText(row);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reader-text')).toBeFocused();
});
