/**
 * What the reader does when main answers after the user has moved on. Main's
 * answers are held back with the harness's `beforeDispatch` (as a slow disk or
 * a busy machine would), the user lets go of the new annotation or selects
 * another one, then the answer is released: the user's latest choice stands.
 * Real Chromium, real mouse drags and clicks, the real library on disk.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openArticle } from './app-actions';
import { launchHamish, type HamishApp } from './harness';
import { dragSelect } from './mouse-selection';
import { clickInPhrase } from './text-points';

let dir: string;
let app: HamishApp | undefined;

/** Holds calls of one API method back until released; other calls pass. */
class Gate {
  private method: string | null = null;
  private release: () => void = () => undefined;
  private held: Promise<void> = Promise.resolve();
  readonly beforeDispatch = (method: unknown): Promise<void> =>
    method === this.method ? this.held : Promise.resolve();
  hold(method: string): void {
    this.method = method;
    this.held = new Promise<void>((resolve) => (this.release = resolve));
  }
  open(): void {
    this.method = null;
    this.release();
  }
}

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-e2e-pending-'));
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function launch(gate: Gate): Promise<Page> {
  app = await launchHamish({ libraryDir: join(dir, 'library'), beforeDispatch: gate.beforeDispatch });
  await openArticle(app.page);
  return app.page;
}

/** Texts of the ranges painted as the selected annotation. */
const selectedMarker = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('hamish-selected') ?? [])].map((r) => (r as Range).toString()));

/** Waits for the "Saved" that follows main's answer (the reader acts on it in the same render). */
async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('status')).toHaveText('تم الحفظ');
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(0);
}

/** Clicks the annotation of `phrase` while an answer is held, then releases it: the clicked one stays selected. */
async function clickThenRelease(page: Page, gate: Gate, phrase: string): Promise<void> {
  const title = page.getByTestId('annotation-editor').locator('h3');
  await clickInPhrase(page, phrase, 7);
  await expect(title).toHaveText(phrase);
  gate.open();
  await expectSaved(page);
  await expect(title).toHaveText(phrase);
  expect(await selectedMarker(page)).toEqual([phrase]);
}

test('Esc while a new annotation is being saved lets go of it: the late answer opens no editor', async () => {
  const gate = new Gate();
  const page = await launch(gate);
  const editor = page.getByTestId('annotation-editor');

  // Control: answered late, with nothing done meanwhile, the new annotation is selected.
  gate.hold('createAnnotation');
  await dragSelect(page, 'ستيف ويتكوف');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  gate.open();
  await expectSaved(page);
  await expect(editor.locator('h3')).toHaveText('ستيف ويتكوف');

  // Esc before the answer: it stays let go once main answers.
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  gate.hold('createAnnotation');
  await dragSelect(page, 'هدنة مؤقتة');
  await page.keyboard.press('3');
  await page.keyboard.press('3');
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  await expect(page.getByTestId('status')).toHaveText('جارٍ الحفظ…');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  gate.open();
  await expectSaved(page);
  await expect(page.locator('.panel-item')).toHaveCount(2);
  await expect(editor).toHaveCount(0);
  await expect(page.locator('.panel-item[aria-current="true"]')).toHaveCount(0);
  expect(await selectedMarker(page)).toEqual([]);
});

test('an annotation clicked while a new one is being saved stays selected when main answers', async () => {
  const gate = new Gate();
  const page = await launch(gate);
  const editor = page.getByTestId('annotation-editor');
  await dragSelect(page, 'ستيف ويتكوف');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(editor.locator('h3')).toHaveText('ستيف ويتكوف');
  await page.keyboard.press('Escape');

  gate.hold('createAnnotation');
  await dragSelect(page, 'هدنة مؤقتة');
  await page.keyboard.press('3');
  await page.keyboard.press('3');
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  await clickThenRelease(page, gate, 'ستيف ويتكوف');
});

test('an annotation clicked while another is being deleted stays selected when main answers', async () => {
  const gate = new Gate();
  const page = await launch(gate);
  const editor = page.getByTestId('annotation-editor');
  for (const [phrase, keys] of [
    ['ستيف ويتكوف', ['1', '1']],
    ['هدنة مؤقتة', ['3', '3']],
  ] as const) {
    await dragSelect(page, phrase);
    for (const key of keys) await page.keyboard.press(key);
    await expect(editor.locator('h3')).toHaveText(phrase);
  }

  gate.hold('deleteAnnotations');
  await page.keyboard.press('Delete');
  await expect(page.locator('.panel-item')).toHaveCount(1);
  await clickThenRelease(page, gate, 'ستيف ويتكوف');
});

test("a new annotation's delete button waits for main's answer, then deletes it", async () => {
  const gate = new Gate();
  const page = await launch(gate);
  gate.hold('createAnnotation');
  await dragSelect(page, 'خليل الحية');
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await expect(page.locator('.panel-item[aria-busy="true"]')).toHaveCount(1);
  const remove = page.getByRole('button', { name: 'حذف التعليق «خليل الحية»' });
  // Not a button that swallows the click: it says it cannot act yet.
  await expect(remove).toBeDisabled();
  gate.open();
  await expectSaved(page);
  await remove.click();
  await expect(page.locator('.panel-item')).toHaveCount(0);
  const library = app?.library;
  const [meta] = (await library?.listArticles()) ?? [];
  await expect.poll(() => library?.listAnnotations(meta?.id ?? '')).toEqual([]);
});
