/**
 * The local coder (issue 20) in real Chromium over the real library: on
 * first run the app asks who is coding, prefilled with the OS user name; an
 * empty name is refused in the interface language and nothing is stored;
 * confirming a typed Arabic name stores it, the top bar names the coder, a
 * passage tagged with a real mouse drag is stored with that name as its
 * author, and the question is not asked again after a reload. Preferences
 * (the top-bar button) changes it for the next annotation.
 */

import { join } from 'node:path';
import { openArticle, waitForSaved } from './app-actions';
import { expect, test } from './fixtures';
import { dragAndTag } from './mouse-selection';

test.use({ launch: { coder: null, osUser: 'hala' } });

test('asks for the coder once on first run, stores it, and stamps it on a dragged tag', async ({
  app,
  shotsDir,
}) => {
  const { page } = app;
  const dialog = page.getByRole('dialog', { name: 'من يرمِّز على هذا الحاسوب؟' });
  await expect(dialog).toBeVisible();
  // It names where the coder is changed later: the top bar's button and Edit › Preferences (Coder)….
  await expect(dialog).toContainText('بزر «المرمِّز» أعلى النافذة، أو من تحرير › التفضيلات (المرمِّز)…');
  await dialog.screenshot({ path: join(shotsDir, 'coder-first-run-ar.png') });
  const field = dialog.getByRole('textbox', { name: 'اسمك مرمِّزًا' });
  await expect(field).toHaveValue('hala');
  await expect(field).toBeFocused();

  // An empty name is refused, in Arabic, and nothing is stored.
  await field.fill('   ');
  await dialog.getByRole('button', { name: 'تأكيد' }).click();
  await expect(dialog.getByRole('alert')).toContainText('اكتب اسمًا');
  expect(app.coder.setting().coder).toBeNull();

  await field.fill(' ليلى حداد ');
  await dialog.getByRole('button', { name: 'تأكيد' }).click();
  await expect(dialog).toHaveCount(0);
  expect(app.coder.setting().coder).toBe('ليلى حداد');
  await expect(page.getByRole('button', { name: /المرمِّز: ليلى حداد/ })).toBeVisible();

  await openArticle(page);
  await dragAndTag(page, 'ستيف ويتكوف', ['1', '1']);
  await waitForSaved(page);
  const [meta] = await app.library.listArticles();
  const stored = await app.library.listAnnotations(meta?.id ?? '');
  expect(stored.map((a) => [a.quote, a.author])).toEqual([['ستيف ويتكوف', 'ليلى حداد']]);

  // Asked once: a reload goes straight to the library.
  await app.reload();
  await expect(page.getByTestId('coder-dialog')).toHaveCount(0);

  // Preferences (the top-bar button) changes the coder for what is made next.
  await page.getByRole('button', { name: /المرمِّز: ليلى حداد/ }).click();
  const prefs = page.getByRole('dialog', { name: 'التفضيلات' });
  await prefs.getByRole('textbox').fill('Zeina');
  await prefs.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByRole('button', { name: /المرمِّز: Zeina/ })).toBeVisible();
  await openArticle(page);
  await dragAndTag(page, 'هدنة مؤقتة', ['3', '3']);
  await waitForSaved(page);
  const after = await app.library.listAnnotations(meta?.id ?? '');
  expect(after.map((a) => [a.quote, a.author]).sort()).toEqual(
    [
      ['ستيف ويتكوف', 'ليلى حداد'],
      ['هدنة مؤقتة', 'Zeina'],
    ].sort(),
  );
});
