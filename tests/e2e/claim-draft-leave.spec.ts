/**
 * A claim half built in the reader is neither lost silently nor stuck
 * (issue 18's polish), in real Chromium with real mouse drags and clicks:
 * each member added is an undo step (Ctrl+Z takes it out of the draft,
 * Ctrl+Shift+Z puts it back); clicking "Library" with the draft open asks
 * first — keep editing (a click, or Esc, which no longer also cancels the
 * draft behind the dialog) keeps the draft and the article,
 * discard (reached with Tab, pressed with Enter) drops it and leaves; axe
 * finds nothing in the question.
 */

import type { Page } from '@playwright/test';
import { openArticle, waitForSaved } from './app-actions';
import { expectNoViolations } from './axe-check';
import { dragAndTag } from './mouse-selection';
import { clickInPhrase } from './text-points';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

const draftBar = (page: Page) => page.getByTestId('claim-draft');
/** The addressee role of the draft bar ("data-filled": whether a member fills it). */
const addressee = (page: Page) => draftBar(page).locator('[data-role="addressee"]');
const question = (page: Page) => page.getByTestId('claim-leave');
const libraryButton = (page: Page) => page.locator('.top-actions').getByRole('button', { name: 'المكتبة' });

test('a half-built claim: adding a member is undoable, and leaving the article asks first', async ({
  app,
}) => {
  const { page } = app;
  await openArticle(page);
  await dragAndTag(page, 'حماس', ['1', '4']);
  await dragAndTag(page, 'إسرائيل', ['1', '3']);
  await waitForSaved(page);
  await expect(page.locator('.panel-item')).toHaveCount(2);

  await clickInPhrase(page, 'حماس', 1);
  await page.keyboard.press('c');
  await expect(draftBar(page).locator('[data-role="claimant"]')).toContainText('حماس');
  await clickInPhrase(page, 'إسرائيل', 1);
  await page.keyboard.press(' ');
  await page.keyboard.press('1');
  await expect(addressee(page)).toHaveAttribute('data-filled', 'true');

  // Adding the member is a step of the history.
  await page.keyboard.press('Control+z');
  await expect(addressee(page)).toHaveAttribute('data-filled', 'false');
  await expect(draftBar(page).locator('[data-role="claimant"]')).toContainText('حماس');
  await page.keyboard.press('Control+Shift+z');
  await expect(addressee(page)).toHaveAttribute('data-filled', 'true');

  // Leaving asks; "keep editing" (a real click) keeps the article and the draft.
  await libraryButton(page).click();
  await expect(question(page)).toBeVisible();
  await expect(question(page)).toContainText('تضم توسيمين');
  await expect(question(page).getByRole('button', { name: 'متابعة التحرير' })).toBeFocused();
  await expectNoViolations(page, '[data-testid="claim-leave"]');
  await question(page).getByRole('button', { name: 'متابعة التحرير' }).click();
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByTestId('article-text')).toBeVisible();
  await expect(addressee(page)).toHaveAttribute('data-filled', 'true');

  // Esc keeps editing too.
  await libraryButton(page).click();
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  await expect(draftBar(page)).toBeVisible();

  // Discard from the keyboard: Tab to it, Enter; the library shows, and the article opens without a draft.
  await libraryButton(page).click();
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(question(page).getByRole('button', { name: 'تجاهلها والمغادرة' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByTestId('article-text')).toHaveCount(0);
  await openArticle(page);
  await expect(draftBar(page)).toHaveCount(0);
  // With no draft, leaving does not ask.
  await libraryButton(page).click();
  await expect(page.getByTestId('article-text')).toHaveCount(0);
  await expect(question(page)).toHaveCount(0);
});
