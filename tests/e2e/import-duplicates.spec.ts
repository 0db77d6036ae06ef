/**
 * Likely duplicates at import, chosen in the import panel (issue 21): the
 * bundled Arabic sample saved again is offered skip, keep both and replace;
 * skip is clicked, keep both is reached with Tab and Enter, and replace (of a
 * second save lacking the first paragraph) moves the annotation whose quote is
 * still there onto the new article and reports the one whose paragraph is gone,
 * the old article going to the trash.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openArticle, waitForSaved } from './app-actions';
import { expect, test } from './fixtures';
import { SAMPLE_PATH } from './harness';
import { dragAndTag } from './mouse-selection';

test.use({ launch: { viewport: { width: 1360, height: 900 } } });

test('the same page imported twice: skip by click, keep both by keyboard', async ({ app, dir }) => {
  const { page } = app;
  const again = join(dir, 'again.txt');
  await writeFile(again, await readFile(SAMPLE_PATH, 'utf8'));
  const panel = page.getByTestId('import-panel');
  const rows = page.locator('.article-row');
  await expect(rows).toHaveCount(1);

  app.nextImportFiles = [again];
  await app.sendMenuCommand('import-files');
  await expect(panel).toContainText('أُضيف 0، و1 موجود من قبل، ورُفض 0');
  const line = panel.getByTestId('import-duplicate');
  await expect(line.getByRole('button')).toHaveText(['تخطَّ', 'أبقِ الاثنين', 'استبدل القديم']);
  await line.getByRole('button', { name: 'تخطَّ' }).click();
  await expect(line.getByTestId('import-outcome')).toHaveText('تُخطّي «\u2068again.txt\u2069»، فلم يُضف.');
  await expect(line.getByRole('button')).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await panel.getByRole('button', { name: 'إغلاق' }).click();

  await app.sendMenuCommand('import-files');
  const skip = line.getByRole('button', { name: 'تخطَّ' });
  await skip.focus();
  await page.keyboard.press('Tab');
  await expect(line.getByRole('button', { name: 'أبقِ الاثنين' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(line.getByTestId('import-outcome')).toHaveText('أُبقي «\u2068again.txt\u2069» مقالا ثانيا.');
  await expect(rows).toHaveCount(2);
  expect(await app.library.listArticles()).toHaveLength(2);
});

test('replace keeps the annotation whose quote is still there and reports the other', async ({
  app,
  dir,
}) => {
  const { page } = app;
  await openArticle(page);
  // Paragraph 2 (kept in the second save) and paragraph 1 (left out of it).
  await dragAndTag(page, 'قنوات اتصال مباشرة', ['1', '1']);
  await dragAndTag(page, 'رئيس المكتب السياسي', ['1', '1']);
  await expect(page.locator('.panel-item')).toHaveCount(2);
  await waitForSaved(page);
  const [old] = await app.library.listArticles();
  const oldNotes = await app.library.listAnnotations(old?.id ?? '');

  const paragraphs = (await readFile(SAMPLE_PATH, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const second = join(dir, 'second-save.txt');
  await writeFile(second, paragraphs.slice(1).join('\n\n'));
  app.nextImportFiles = [second];
  await app.sendMenuCommand('import-files');
  const line = page.getByTestId('import-duplicate');
  await line.getByRole('button', { name: 'استبدل القديم' }).click();
  await expect(line.getByTestId('import-outcome')).toContainText('نُقل 1 من التوسيمات');
  await expect(line.getByTestId('import-outcome')).toContainText('وبقي 1');

  const articles = await app.library.listArticles();
  expect(articles).toHaveLength(1);
  const fresh = articles[0];
  expect(fresh?.id).not.toBe(old?.id);
  expect((await app.library.listTrash()).map((a) => a.id)).toEqual([old?.id]);
  const moved = await app.library.listAnnotations(fresh?.id ?? '');
  const kept = oldNotes.find((a) => a.quote === 'قنوات اتصال مباشرة');
  expect(moved).toHaveLength(1);
  expect(moved[0]).toMatchObject({ id: kept?.id, quote: 'قنوات اتصال مباشرة' });
  expect(moved[0]?.start).toBeLessThan(kept?.start ?? 0);
  const text = (await app.library.getArticle(fresh?.id ?? '')).text;
  expect([...text].slice(moved[0]?.start, moved[0]?.end).join('')).toBe('قنوات اتصال مباشرة');
});
