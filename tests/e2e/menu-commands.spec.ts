/**
 * The application menu reaches the renderer as typed 'menu-command' pushes
 * (the harness pushes them as main does): for every MenuCommand, the app in
 * real Chromium over a real library does what the item says. The table is a
 * Record over MenuCommand, so a command added to the menu without an e2e
 * check here fails to compile.
 */

import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MenuCommand } from '../../shared/ipc-contract';
import { openArticle } from './app-actions';
import { expect, test } from './fixtures';
import type { HamishApp } from './harness';
import { dragSelect } from './mouse-selection';

const SHORT = join(import.meta.dirname, '../fixtures/short-article.ar.txt');

async function annotations(app: HamishApp): Promise<{ quote: string; tag: string }[]> {
  const metas = await app.library.listArticles();
  const sample = metas.find((m) => m.title.startsWith('ويتكوف'));
  return (await app.library.listAnnotations(sample?.id ?? '')).map((a) => ({ quote: a.quote, tag: a.tag }));
}

/** Opens the sample and tags «غزة» (first occurrence) as an event. */
async function tagGaza(app: HamishApp): Promise<void> {
  await openArticle(app.page);
  await dragSelect(app.page, 'غزة');
  await app.page.keyboard.press('3');
  await app.page.keyboard.press('0');
  await expect.poll(() => annotations(app)).toEqual([{ quote: 'غزة', tag: 'event' }]);
  // Selected once saved: the reader's commands act on it.
  await expect(app.page.getByTestId('annotation-editor').locator('h3')).toHaveText('غزة');
}

/**
 * Waits for the import the command started to report its end, then checks it added the one file: an
 * order (finished, then listed), not a time. The wait is a hang guard: at load 23 the import once
 * outlasted the 5 s a poll of the article count allows.
 */
async function importedOne(app: HamishApp): Promise<void> {
  await expect.poll(() => app.importEvents.at(-1)?.finished ?? false, { timeout: 45_000 }).toBe(true);
  expect(app.importEvents.at(-1)).toMatchObject({ finished: true, total: 1, added: 1 });
  expect(await app.library.listArticles()).toHaveLength(2);
}

const dialog = (app: HamishApp, name: string) => app.page.getByRole('dialog', { name, exact: true });

type Check = (app: HamishApp, dir: string) => Promise<void>;

const CHECKS: Record<MenuCommand, Check> = {
  'new-article': async (app) => {
    await app.sendMenuCommand('new-article');
    await expect(dialog(app, 'مقال جديد')).toBeVisible();
  },
  'open-text-file': async (app) => {
    app.nextOpenFile = SHORT;
    await app.sendMenuCommand('open-text-file');
    await expect(dialog(app, 'مقال جديد').getByLabel('العنوان', { exact: true })).not.toHaveValue('');
  },
  'import-files': async (app) => {
    app.nextImportFiles = [SHORT];
    await app.sendMenuCommand('import-files');
    await importedOne(app);
  },
  'import-folder': async (app, dir) => {
    const folder = join(dir, 'to-import');
    await mkdir(folder);
    await copyFile(SHORT, join(folder, 'a.txt'));
    app.nextImportFolder = folder;
    await app.sendMenuCommand('import-folder');
    await importedOne(app);
  },
  'import-annotations': async (app) => {
    await app.sendMenuCommand('import-annotations');
    await expect(dialog(app, 'استيراد التوسيمات')).toBeVisible();
  },
  'export-dialog': async (app) => {
    await app.sendMenuCommand('export-dialog');
    await expect(dialog(app, 'تصدير التوسيمات')).toBeVisible();
  },
  'show-backups': async (app) => {
    await app.sendMenuCommand('show-backups');
    await expect(dialog(app, 'الاستعادة من نسخة احتياطية')).toBeVisible();
  },
  'edit-scheme': async (app) => {
    await app.sendMenuCommand('edit-scheme');
    await expect(dialog(app, 'مخطط الوسوم')).toBeVisible();
  },
  'show-shortcuts': async (app) => {
    await app.sendMenuCommand('show-shortcuts');
    await expect(dialog(app, 'اختصارات لوحة المفاتيح')).toBeVisible();
  },
  'show-preferences': async (app) => {
    await app.sendMenuCommand('show-preferences');
    await expect(dialog(app, 'التفضيلات')).toBeVisible();
  },
  'show-library': async (app) => {
    await openArticle(app.page);
    await app.sendMenuCommand('show-library');
    await expect(app.page.getByTestId('library')).toBeVisible();
    await expect(app.page.getByTestId('article-text')).toHaveCount(0);
  },
  find: async (app) => {
    await openArticle(app.page);
    await app.sendMenuCommand('find');
    await expect(app.page.getByRole('searchbox', { name: 'البحث في المكتبة' })).toBeFocused();
  },
  'set-language-en': async (app) => {
    await app.sendMenuCommand('set-language-en');
    await expect(app.page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(app.preferences.language).toBe('en');
  },
  'set-language-ar': async (app) => {
    await app.sendMenuCommand('set-language-en');
    await expect(app.page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await app.sendMenuCommand('set-language-ar');
    await expect(app.page.getByRole('heading', { name: 'المكتبة' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('dir', 'rtl');
  },
  'export-annotations': async (app) => {
    await tagGaza(app);
    await app.sendMenuCommand('export-annotations');
    await expect(app.page.getByTestId('status')).toContainText('صُدِّرت التوسيمات');
    expect(app.exportedPaths).toHaveLength(1);
  },
  undo: async (app) => {
    await tagGaza(app);
    await app.sendMenuCommand('undo');
    await expect.poll(() => annotations(app)).toEqual([]);
    // In a text field, Edit › Undo is the field's own undo, and the annotation history is left alone.
    await app.sendMenuCommand('redo');
    await expect.poll(() => annotations(app)).toEqual([{ quote: 'غزة', tag: 'event' }]);
    await app.sendMenuCommand('show-library');
    const search = app.page.getByRole('searchbox');
    await search.fill('هدنة');
    await search.press('End');
    await search.pressSequentially('x');
    await app.sendMenuCommand('undo');
    await expect(search).toHaveValue('هدنة');
    expect(await annotations(app)).toEqual([{ quote: 'غزة', tag: 'event' }]);
  },
  redo: async (app) => {
    await tagGaza(app);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => annotations(app)).toEqual([]);
    await app.sendMenuCommand('redo');
    await expect.poll(() => annotations(app)).toEqual([{ quote: 'غزة', tag: 'event' }]);
  },
  'next-annotation': async (app) => {
    await tagGaza(app);
    await dragSelect(app.page, 'ستيف ويتكوف');
    await app.page.keyboard.press('1');
    await app.page.keyboard.press('0');
    await expect.poll(async () => (await annotations(app)).length).toBe(2);
    const heading = app.page.getByTestId('annotation-editor').locator('h3');
    await app.page.keyboard.press('Escape');
    await app.sendMenuCommand('next-annotation');
    const first = await heading.textContent();
    await app.sendMenuCommand('next-annotation');
    await expect(heading).not.toHaveText(first ?? '');
  },
  'previous-annotation': async (app) => {
    await tagGaza(app);
    await dragSelect(app.page, 'ستيف ويتكوف');
    await app.page.keyboard.press('1');
    await app.page.keyboard.press('0');
    await expect.poll(async () => (await annotations(app)).length).toBe(2);
    const heading = app.page.getByTestId('annotation-editor').locator('h3');
    await expect(heading).toHaveText('ستيف ويتكوف');
    await app.sendMenuCommand('previous-annotation');
    await expect(heading).not.toHaveText('ستيف ويتكوف');
  },
  'tag-all-mentions': async (app) => {
    await tagGaza(app);
    await app.sendMenuCommand('tag-all-mentions');
    await expect.poll(async () => (await annotations(app)).length).toBeGreaterThan(1);
    expect((await annotations(app)).every((a) => a.quote === 'غزة' && a.tag === 'event')).toBe(true);
  },
  'delete-annotation': async (app) => {
    await tagGaza(app);
    await app.sendMenuCommand('delete-annotation');
    await expect.poll(() => annotations(app)).toEqual([]);
  },
};

for (const [command, check] of Object.entries(CHECKS)) {
  test(`menu command "${command}" acts in the renderer`, async ({ app, dir }) => {
    await check(app, dir);
  });
}

test('a reader command does nothing while the library is shown', async ({ app }) => {
  await tagGaza(app);
  await app.sendMenuCommand('show-library');
  await expect(app.page.getByTestId('library')).toBeVisible();
  await app.sendMenuCommand('delete-annotation');
  await app.sendMenuCommand('new-article');
  // The command after it ran: the one before it had its turn and changed nothing.
  await expect(dialog(app, 'مقال جديد')).toBeVisible();
  expect(await annotations(app)).toEqual([{ quote: 'غزة', tag: 'event' }]);
});
