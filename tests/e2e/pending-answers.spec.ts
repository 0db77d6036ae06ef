/**
 * What the reader does when main answers after the user has moved on. Main's
 * answers are held back with the harness's `beforeDispatch` (as a slow disk or
 * a busy machine would), the user lets go of the new annotation or selects
 * another one, then the answer is released: the user's latest choice stands.
 * Real Chromium, real mouse drags and clicks, the real library on disk.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openArticle, waitForSaved } from './app-actions';
import { expect, test } from './fixtures';
import type { HamishApp } from './harness';
import { dragAndTag } from './mouse-selection';
import { clickInPhrase } from './text-points';
import { Gate } from './answer-gate';

/** Each test gets a gate in front of main and the sample library opened on the sample article. */
const it = test.extend<{ gate: Gate; reader: HamishApp }>({
  gate: async ({}, use) => {
    const gate = new Gate();
    await use(gate);
    gate.open(); // nothing stays held while the app closes
  },
  reader: async ({ dir, launchApp, gate }, use) => {
    const app = await launchApp({ libraryDir: join(dir, 'library'), beforeDispatch: gate.beforeDispatch });
    await openArticle(app.page);
    await use(app);
  },
});

/** Texts of the ranges painted as the selected annotation. */
const selectedMarker = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('hamish-selected') ?? [])].map((r) => (r as Range).toString()));

/** Clicks the annotation of `phrase` while an answer is held, then releases it: the clicked one stays selected. */
async function clickThenRelease(page: Page, gate: Gate, phrase: string): Promise<void> {
  const title = page.getByTestId('annotation-editor').locator('h3');
  await clickInPhrase(page, phrase, 7);
  await expect(title).toHaveText(phrase);
  gate.open();
  await waitForSaved(page);
  await expect(title).toHaveText(phrase);
  expect(await selectedMarker(page)).toEqual([phrase]);
}

it('Esc while a new annotation is being saved lets go of it: the late answer opens no editor', async ({
  gate,
  reader: { page },
}) => {
  const editor = page.getByTestId('annotation-editor');

  // Control: answered late, with nothing done meanwhile, the new annotation is selected.
  gate.hold('createAnnotation');
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '1']);
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  gate.open();
  await waitForSaved(page);
  await expect(editor.locator('h3')).toHaveText('ستيف ويتكوف');

  // Esc before the answer: it stays let go once main answers.
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  gate.hold('createAnnotation');
  await dragAndTag(page, 'هدنة مؤقتة', ['3', '3']);
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  await expect(page.getByTestId('status')).toHaveText('جارٍ الحفظ…');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  gate.open();
  await waitForSaved(page);
  await expect(page.locator('.panel-item')).toHaveCount(2);
  await expect(editor).toHaveCount(0);
  await expect(page.locator('.panel-item[aria-current="true"]')).toHaveCount(0);
  expect(await selectedMarker(page)).toEqual([]);
});

it('an annotation clicked while a new one is being saved stays selected when main answers', async ({
  gate,
  reader: { page },
}) => {
  const editor = page.getByTestId('annotation-editor');
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '1']);
  await expect(editor.locator('h3')).toHaveText('ستيف ويتكوف');
  await page.keyboard.press('Escape');

  gate.hold('createAnnotation');
  await dragAndTag(page, 'هدنة مؤقتة', ['3', '3']);
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  await clickThenRelease(page, gate, 'ستيف ويتكوف');
});

it('an annotation clicked while another is being deleted stays selected when main answers', async ({
  gate,
  reader: { page },
}) => {
  const editor = page.getByTestId('annotation-editor');
  for (const [phrase, keys] of [
    ['ستيف ويتكوف', ['1', '1']],
    ['هدنة مؤقتة', ['3', '3']],
  ] as const) {
    await dragAndTag(page, phrase, keys);
    await expect(editor.locator('h3')).toHaveText(phrase);
  }

  gate.hold('deleteAnnotations');
  await page.keyboard.press('Delete');
  await expect(page.locator('.panel-item')).toHaveCount(1);
  await clickThenRelease(page, gate, 'ستيف ويتكوف');
});
