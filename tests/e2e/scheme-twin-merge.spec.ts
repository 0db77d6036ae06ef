/**
 * Issue 14 follow-up, through the scheme editor with real clicks: removing
 * Actor › Person moves its annotations to Actor, where one lands on the span
 * of an Actor annotation. Before saving, the editor lists the group that will
 * become one and Back saves nothing; "Save and merge" saves, the reader
 * shows one annotation, and the status line names what merged and the undo
 * steps on them it dropped (steps that would write back a merged-away
 * annotation go). Undo then undoes the scheme save itself: the earlier scheme
 * and both annotations come back. Real Chromium, real mouse drags, a real library folder.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Taxonomy } from '../../shared/taxonomy';
import { openArticle, SAMPLE_TITLE, waitForSaved } from './app-actions';
import type { HamishApp } from './harness';
import { dragAndTag } from './mouse-selection';
import { expect, test } from './fixtures';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

const PHRASE = 'خليل الحية';

async function stored(app: HamishApp): Promise<string[][]> {
  const [meta] = await app.library.listArticles();
  return (await app.library.listAnnotations(meta?.id ?? '')).map((a) => [a.quote, a.tag, a.note ?? '']);
}

/** Tags PHRASE with the tag menu's `keys` and gives it `note` in the editor. */
async function tagWithNote(page: Page, keys: string[], note: string): Promise<void> {
  await dragAndTag(page, PHRASE, keys);
  await expect(page.getByTestId('annotation-editor').locator('h3')).toHaveText(PHRASE);
  await waitForSaved(page);
  await page.getByTestId('editor-note').fill(note);
  await page.getByRole('button', { name: 'حفظ الملاحظة' }).click();
  await waitForSaved(page);
}

test('removing a subtype that makes twins: the editor lists them first, Back saves nothing, then one annotation and the status says which', async ({
  app,
  dir,
}) => {
  const { page } = app;
  await openArticle(page);
  await tagWithNote(page, ['1', '0'], 'الفاعل');
  await tagWithNote(page, ['1', '1'], 'رئيس المكتب');
  await expect(page.locator('.panel-item')).toHaveCount(2);

  await page.locator('.top-bar').getByRole('button', { name: 'مخطط الوسوم' }).click();
  const scheme = page.getByRole('dialog', { name: 'مخطط الوسوم' });
  await expect(scheme).toBeVisible();
  await scheme.getByRole('button', { name: 'إزالة «شخص»' }).click();
  await scheme
    .getByRole('group', { name: 'إزالة «شخص»' })
    .getByRole('button', { name: 'إزالة', exact: true })
    .click();
  await scheme.getByRole('button', { name: 'حفظ المخطط' }).click();

  const warning = scheme.getByTestId('merge-warning');
  await expect(warning).toBeVisible();
  const [meta] = await app.library.listArticles();
  expect(meta?.title).toContain(SAMPLE_TITLE);
  await expect(warning.getByRole('listitem')).toHaveText([
    `«\u2068${PHRASE}\u2069» بوسم «\u2068فاعل\u2069» في «\u2068${meta?.title ?? ''}\u2069»: 2 من التوسيمات تصير توسيمًا واحدًا`,
  ]);
  // Back is the safe answer and has the focus; it saves nothing.
  const back = warning.getByRole('button', { name: 'رجوع' });
  await expect(back).toBeFocused();
  await back.click();
  await expect(warning).toHaveCount(0);
  const onDisk = async () =>
    JSON.parse(await readFile(join(dir, 'library', 'taxonomy.json'), 'utf8')) as Taxonomy;
  expect((await onDisk()).types.find((t) => t.id === 'actor')?.subtypes.map((s) => s.id)).toContain('person');
  expect(await stored(app)).toHaveLength(2);

  await scheme.getByRole('button', { name: 'حفظ المخطط' }).click();
  await warning.getByRole('button', { name: 'احفظ وادمج' }).click();
  await expect(scheme).toHaveCount(0);
  // What merged, and the four steps (two tags, two notes) that can no longer be undone.
  await expect(page.getByTestId('status')).toHaveText(
    `حُفظ مخطط الوسوم. صار توسيم واحد توأماً لآخر (النص والوسم والمرمِّز نفسها) فدُمج فيه: «\u2068${PHRASE}\u2069» (\u2068فاعل\u2069) ×2 — لم يعد ممكناً التراجع عن خطوات سابقة عليها: 4.`,
  );
  // The reader reloads: one annotation, with both notes.
  await expect(page.locator('.panel-item')).toHaveCount(1);
  expect(await stored(app)).toEqual([[PHRASE, 'actor', 'الفاعل\n\nرئيس المكتب']]);
  expect((await onDisk()).types.find((t) => t.id === 'actor')?.subtypes.map((s) => s.id)).not.toContain(
    'person',
  );

  // Undo undoes the scheme save itself: the earlier scheme and both annotations, as they were.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status')).toHaveText(
    'تراجعتَ عن حفظ خطة الوسوم (عادت الخطة السابقة والتوسيمات التي نقلها الحفظ).',
  );
  await expect(page.locator('.panel-item')).toHaveCount(2);
  expect((await stored(app)).sort()).toEqual(
    [
      [PHRASE, 'actor', 'الفاعل'],
      [PHRASE, 'actor.person', 'رئيس المكتب'],
    ].sort(),
  );
  expect((await onDisk()).types.find((t) => t.id === 'actor')?.subtypes.map((s) => s.id)).toContain('person');
  // The steps before it touched merged annotations and were dropped: nothing further to undo.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status')).toHaveText('لا شيء للتراجع عنه.');
  await expect(page.locator('.panel-item')).toHaveCount(2);
});
