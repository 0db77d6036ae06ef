/**
 * Preferences' coder-name warning for a name written like a colleague's
 * layer (fresh-user test 3 #6): with layers «Omar» and «سَلمى» in the
 * library, typing «omar » or «سلمى» (another case, a trailing space, no
 * haraka) warns that Hamish would keep it as a separate layer; an exact
 * name keeps its own warning and another name none. Arabic and English.
 */

import { openArticle } from './app-actions';
import { expect, test } from './fixtures';
import { HARNESS_CODER, type HamishApp } from './harness';
import { join } from 'node:path';

/** Annotations by «Omar» and «سَلمى» (their layers), made as each coder, then the harness's coder again. */
async function twoColleagues(app: HamishApp): Promise<void> {
  const [meta] = await app.library.listArticles();
  const { text } = await app.library.getArticle(meta?.id ?? '');
  const start = Array.from(text.slice(0, text.indexOf('خليل الحية'))).length;
  for (const name of ['Omar', 'سَلمى']) {
    app.coder.set(name);
    await app.library.createAnnotation({ articleId: meta?.id ?? '', start, end: start + 10, tag: 'actor' });
  }
  app.coder.set(HARNESS_CODER);
  await app.library.flush();
  await app.reload();
}

const CASES = {
  ar: {
    button: /^المرمِّز: /u,
    dialog: 'التفضيلات',
    alike: 'مكتوب مثل',
    exact: 'طبقة مرمِّز زميل موجودة في هذه المكتبة',
  },
  en: {
    button: /^Coder: /u,
    dialog: 'Preferences',
    alike: 'is written like',
    exact: 'is already a colleague’s coder layer in this library',
  },
} as const;

for (const language of ['ar', 'en'] as const) {
  test(`a name written like a colleague's layer is warned about (${language})`, async ({
    dir,
    launchApp,
    shotsDir,
  }) => {
    const words = CASES[language];
    const app = await launchApp({ libraryDir: join(dir, 'library'), language });
    await twoColleagues(app);
    const { page } = app;
    await openArticle(page);
    await page.getByRole('button', { name: words.button }).click();
    const prefs = page.getByRole('dialog', { name: words.dialog });
    const field = prefs.getByRole('textbox');
    const clash = prefs.getByTestId('coder-clash');

    await field.fill('omar ');
    await expect(clash).toContainText(`\u2068omar\u2069`);
    await expect(clash).toContainText(words.alike);
    await expect(clash).toContainText('\u2068Omar\u2069');
    await prefs.screenshot({ path: join(shotsDir, `coder-name-alike-${language}.png`) });
    await field.fill('سلمى');
    await expect(clash).toContainText(words.alike);
    await expect(clash).toContainText('\u2068سَلمى\u2069');
    await field.fill('Omar');
    await expect(clash).toContainText(words.exact);
    await field.fill('Zeina');
    await expect(clash).toHaveCount(0);
  });
}
