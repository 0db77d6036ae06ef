/**
 * Annotation edits are optimistic: the panel and the highlights change at
 * once, the status line says "Saving…" until main has written the file. These
 * tests hold main's answers back (the harness's beforeDispatch, a slow disk)
 * to pin what the user may rely on while an edit is in flight, and what
 * waitForSaved, the specs' wait for "on disk", stands on.
 */

import type { HamishApp } from './harness';
import { openArticle, waitForSaved } from './app-actions';
import { dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';

/** The API method held back, and the gate its calls wait on until release(). */
let heldMethod = '';
let gate: Promise<void> = Promise.resolve();
let release: () => void = () => undefined;

function hold(method: string): void {
  heldMethod = method;
  gate = new Promise<void>((resolve) => (release = resolve));
}

test.use({ launch: { beforeDispatch: (method) => (method === heldMethod ? gate : Promise.resolve()) } });

test.beforeEach(() => {
  heldMethod = '';
});

// Let go of anything still held, so the app closes.
test.afterEach(() => release());

const SAVING = 'جارٍ الحفظ…';

async function stored(app: HamishApp): Promise<string[]> {
  const [meta] = await app.library.listArticles();
  return (await app.library.listAnnotations(meta?.id ?? '')).map((a) => a.quote);
}

function highlighted(app: HamishApp, name: string) {
  return app.page.evaluate(
    (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()),
    name,
  );
}

/** Tags `phrase` as Actor (the type itself) with the keyboard. */
async function tagActor(app: HamishApp, phrase: string): Promise<void> {
  await dragSelect(app.page, phrase);
  await app.page.keyboard.press('1');
  await app.page.keyboard.press('0');
}

/** Tags "خليل الحية", waits for it to be saved, then deletes it from the panel with main's answer held back. */
async function deleteWithAnswerHeld(app: HamishApp): Promise<void> {
  const { page } = app;
  await openArticle(page);
  await tagActor(app, 'خليل الحية');
  await waitForSaved(page);
  hold('deleteAnnotations');
  await page.getByRole('button', { name: 'حذف التوسيم «خليل الحية»' }).click();
  await expect(page.locator('.panel-item')).toHaveCount(0);
}

test('a delete from the panel: row and highlight go at once, the record only when "Saved" shows', async ({
  app,
}) => {
  const { page } = app;
  await deleteWithAnswerHeld(app);
  // Painted in the same frame as the row went: no wait for a later frame is needed.
  expect(await highlighted(app, 'hamish-actor')).toEqual([]);
  // Not on disk yet, and the UI says so: a read of the library here races the write.
  await expect(page.getByTestId('status')).toHaveText(SAVING);
  expect(await stored(app)).toEqual(['خليل الحية']);

  release();
  await waitForSaved(page);
  expect(await stored(app)).toEqual([]);
});

test('the delete button of a row still being saved is disabled, not silently ignored', async ({ app }) => {
  const { page } = app;
  await openArticle(page);
  hold('createAnnotation');
  await tagActor(app, 'خليل الحية');
  const row = page.locator('.panel-item');
  await expect(row).toHaveAttribute('aria-busy', 'true');
  const remove = page.getByRole('button', { name: 'حذف التوسيم «خليل الحية»' });
  // The draft has no id main knows: a click here used to do nothing at all.
  await expect(remove).toBeDisabled();

  release();
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(row).toHaveCount(0);
  await waitForSaved(page);
  expect(await stored(app)).toEqual([]);
});

test('"Saved" waits for every edit in flight, not just the one answered last', async ({ app }) => {
  const { page } = app;
  await deleteWithAnswerHeld(app);
  // A second edit, answered while the delete is still held back.
  await tagActor(app, 'ستيف ويتكوف');
  await expect(page.locator('.panel-item')).toHaveCount(1);
  await expect(page.locator('.panel-item')).not.toHaveAttribute('aria-busy', 'true');
  // Its row is no longer a draft: main has answered, so it is on disk.
  expect(await stored(app)).toContain('ستيف ويتكوف');
  // The delete is not on disk: the status line must not claim it is.
  await expect(page.getByTestId('status')).toHaveText(SAVING);
  expect(await stored(app)).toContain('خليل الحية');

  release();
  await waitForSaved(page);
  expect(await stored(app)).toEqual(['ستيف ويتكوف']);
});
