/**
 * Issue 15, finding 1, in real Chromium against the real library: linking a
 * mention to an existing entity from the keyboard. The text is selected with
 * a real mouse drag and tagged with the tag menu's keys (as the other specs
 * do); from there the keys are counted: E opens the picker with the likely
 * entity first, Enter links it — at most 3 keys. Arrow keys only move (no
 * link is saved while moving), Esc leaves everything as it was, and typing
 * filters by Arabic spelling variants and by the English name.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Annotation, EntityInput } from '../../shared/model';
import { openArticle, waitForSaved } from './app-actions';
import type { HamishApp } from './harness';
import { dragSelect } from './mouse-selection';
import { expect, test } from './fixtures';
import { heldAnswers } from './held-answers';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

const ENTITIES: EntityInput[] = [
  { name: { ar: 'حماس', en: 'Hamas' }, kind: 'organisation', aliases: ['حركة المقاومة الإسلامية'] },
  { name: { ar: 'قطر', en: 'Qatar' }, kind: 'state', aliases: [] },
  { name: { ar: 'خليل الحيّة', en: 'Khalil al-Hayya' }, kind: 'person', aliases: [] },
  { name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' }, kind: 'person', aliases: ['ويتكوف', 'وتكوف'] },
  { name: { ar: 'دونالد ترامب', en: 'Donald Trump' }, kind: 'person', aliases: ['ترمب'] },
  { name: { ar: 'إسرائيل', en: 'Israel' }, kind: 'state', aliases: [] },
];

/** Seeds the entities and returns their ids by English name. */
async function seed(app: HamishApp): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const input of ENTITIES) ids.set(input.name.en, (await app.library.saveEntity(input)).id);
  return ids;
}

async function stored(app: HamishApp): Promise<Annotation[]> {
  const [meta] = await app.library.listArticles();
  return app.library.listAnnotations(meta?.id ?? '');
}

/** Presses keys one at a time and counts them. */
function keyCounter(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      for (const ch of text) {
        count++;
        await page.keyboard.type(ch);
      }
    },
    get count() {
      return count;
    },
  };
}

/** The picker's options (the tag select's <option>s have the same role). */
const options = (page: Page) => page.getByRole('listbox', { name: 'الكيان' }).getByRole('option');

/** Drags over `phrase` and tags it Actor › Person with the tag menu's keys. */
async function tagPerson(page: Page, phrase: string) {
  await dragSelect(page, phrase);
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText(phrase);
}

test('linking a mention to an existing entity takes at most 3 keys after selecting the text', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const ids = await seed(app);
  await openArticle(page);
  // Tagged and straight on to E, without waiting for the save: the picker opens once the annotation is saved.
  await dragSelect(page, 'ويتكوف');
  await page.keyboard.press('1');
  await page.keyboard.press('1');

  const keys = keyCounter(page);
  await keys.press('e');
  const picker = page.getByRole('combobox', { name: 'الكيان' });
  await expect(picker).toBeFocused();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  // The entity named by the annotation's own text comes first and is active.
  const first = options(page).first();
  await expect(first).toContainText('ستيف ويتكوف');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: join(shotsDir, 'entity-picker-ar.png') });
  await keys.press('Enter');

  expect(keys.count).toBeLessThanOrEqual(3);
  await expect(picker).toHaveAttribute('data-entity-id', ids.get('Steve Witkoff') ?? 'missing');
  await expect(picker).toHaveValue('ستيف ويتكوف');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await waitForSaved(page);
  expect((await stored(app)).map((a) => [a.quote, a.entityId])).toEqual([
    ['ويتكوف', ids.get('Steve Witkoff')],
  ]);
  console.log(`entity link: ${keys.count} keys after the selection and tag`);

  // In English: the same picker, left to right, with the link's removal offered.
  await page.getByRole('button', { name: 'التبديل إلى الإنجليزية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.keyboard.press('e');
  const english = page.getByRole('combobox', { name: 'Entity' });
  await expect(english).toBeFocused();
  await expect(page.getByRole('listbox', { name: 'Entity' }).getByRole('option').first()).toContainText(
    'Steve Witkoff',
  );
  await expect(page.getByRole('option', { name: 'Remove the link' })).toBeVisible();
  await page.screenshot({ path: join(shotsDir, 'entity-picker-en.png') });
  await page.keyboard.press('Escape');
  await expect(english).toHaveAttribute('data-entity-id', ids.get('Steve Witkoff') ?? 'missing');
});

test('arrow keys only move, Esc leaves nothing changed, and nothing enters the undo history', async ({
  app,
}) => {
  const { page } = app;
  await seed(app);
  await openArticle(page);
  await tagPerson(page, 'ويتكوف');
  await waitForSaved(page);

  await page.keyboard.press('e');
  const picker = page.getByRole('combobox', { name: 'الكيان' });
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = page.locator('[role="option"][aria-selected="true"]');
  await expect(active).toHaveCount(1);
  await expect(picker).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  // Moving saved nothing.
  expect((await stored(app))[0]?.entityId).toBeUndefined();
  await expect(picker).toHaveAttribute('data-entity-id', '');

  await page.keyboard.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(picker).not.toBeFocused();
  await expect(picker).toHaveValue('');
  // The annotation stays selected (Esc closed the picker only) and unlinked.
  await expect(page.getByTestId('annotation-editor')).toBeVisible();
  expect((await stored(app))[0]?.entityId).toBeUndefined();
  // The last step in the history is still the tagging: one undo removes the annotation.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(app)).length).toBe(0);
});

test('typing filters by Arabic spelling variants and by the English name; Enter links the match', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const ids = await seed(app);
  await openArticle(page);
  await tagPerson(page, 'خليل الحية');

  await page.keyboard.press('e');
  // Without the shadda, with ه for ة: still al-Hayya, alone.
  await page.keyboard.type('الحيه');
  await expect(options(page).filter({ hasText: 'خليل الحيّة' })).toHaveCount(1);
  await expect(page.locator('[data-choice="entity"]')).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.keyboard.press('e');
  await page.keyboard.type('WITK');
  await expect(page.locator('[data-choice="entity"]')).toHaveText([/ستيف ويتكوف/]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('e');
  await page.keyboard.type('khalil');
  await page.screenshot({ path: join(shotsDir, 'entity-picker-typed-ar.png') });
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  expect((await stored(app))[0]?.entityId).toBe(ids.get('Khalil al-Hayya'));

  // Recently linked entities come early next time: on another mention, al-Hayya is offered first.
  await tagPerson(page, 'ويتكوف');
  await page.keyboard.press('e');
  const names = await page.locator('[data-choice="entity"] .picker-name').allTextContents();
  expect(names.slice(0, 2)).toEqual(['ستيف ويتكوف', 'خليل الحيّة']);
  await page.keyboard.press('Escape');

  // No entity matches: the list says so and still offers a new entity from the text.
  await page.keyboard.press('e');
  await page.keyboard.type('zzz');
  await expect(page.getByText('لا كيان يطابق')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'الكيان' })).toHaveValue('ويتكوف');
  await waitForSaved(page);
  expect(app.library.entities()).toHaveLength(ENTITIES.length + 1);
});

test.describe('with main’s answer to the create held back', () => {
  const held = heldAnswers('createAnnotation');

  test.use({ launch: { viewport: { width: 1360, height: 900 }, beforeDispatch: held.beforeDispatch } });

  test.beforeEach(() => {
    held.holding = false;
  });

  // Let go of anything still held, so the app closes.
  test.afterEach(() => held.releaseAll());

  test('E and Enter pressed before main has saved the annotation link it once it is saved', async ({
    app,
  }) => {
    const { page } = app;
    const ids = await seed(app);
    await openArticle(page);
    held.holding = true;
    await dragSelect(page, 'ويتكوف');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect.poll(() => held.gates.length).toBe(1);
    // Main has not created it yet: E is pressed on the draft the reader shows.
    await page.keyboard.press('e');
    const picker = page.getByRole('combobox', { name: 'الكيان' });
    // The request waits for the save; nothing may be linked to a draft meanwhile.
    await page.keyboard.press('Enter');
    expect(await stored(app)).toEqual([]);
    held.holding = false;
    held.gates.shift()?.();
    await expect(picker).toBeFocused();
    await expect(picker).toHaveAttribute('aria-expanded', 'true');
    await expect(options(page).first()).toContainText('ستيف ويتكوف');
    await page.keyboard.press('Enter');
    await waitForSaved(page);
    await expect
      .poll(async () => (await stored(app)).map((a) => [a.quote, a.entityId]))
      .toEqual([['ويتكوف', ids.get('Steve Witkoff')]]);
  });

  test('E pressed as main’s answer arrives, before the reader has shown the saved annotation, opens the picker', async ({
    app,
  }) => {
    const { page } = app;
    const ids = await seed(app);
    await openArticle(page);
    for (let round = 0; round < 3; round++) {
      const phrase = ['ويتكوف', 'إسرائيل', 'حماس'][round] ?? '';
      held.holding = true;
      await dragSelect(page, phrase);
      await page.keyboard.press('1');
      await page.keyboard.press('1');
      await expect.poll(() => held.gates.length).toBe(1);
      held.holding = false;
      // The answer and the key leave together: E lands after the save resolved, before React rendered it.
      held.gates.shift()?.();
      await page.keyboard.press('e');
      const picker = page.getByRole('combobox', { name: 'الكيان' });
      await expect(picker).toBeFocused();
      await expect(picker).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText(phrase);
    }
    expect((await stored(app)).map((a) => a.entityId)).toEqual([undefined, undefined, undefined]);
    expect(ids.size).toBe(ENTITIES.length);
  });
});
