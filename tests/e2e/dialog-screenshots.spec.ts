/**
 * The README's pictures of two dialogs, in Arabic and in English (polish
 * brief, item 5): the coder dialog a first run opens (who is coding, the OS
 * user name proposed) and the annotation import's report (File › Import
 * annotations… of a colleague's Hamish JSON export, into an empty library).
 * Written to test-results/screenshots, or to docs/ with HAMISH_UPDATE_DOCS=1;
 * each shot asserts what it claims to show, fonts loaded, in the interface's
 * direction.
 */

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Library } from '../../electron/services/library/library';
import { createServices } from '../../electron/services/services';
import { SAMPLE_PATH } from './harness';
import { expect, test } from './fixtures';

const VIEWPORT = { width: 1360, height: 900 };

const WORDS = {
  ar: {
    coderTitle: 'من يرمِّز على هذا الحاسوب؟',
    choose: 'اختيار ملف واستيراده…',
    added: 'مقالات أضيفت',
    dir: 'rtl',
  },
  en: {
    coderTitle: 'Who is coding on this computer?',
    choose: 'Choose file and import…',
    added: 'Articles added',
    dir: 'ltr',
  },
} as const;

/** The passages the colleague tagged in the sample article, with their tags. */
const TAGGED: [string, string][] = [
  ['ستيف ويتكوف', 'actor'],
  ['خليل الحية', 'actor'],
  ['تبادل الأسرى', 'demand'],
  ['وقف إطلاق النار', 'demand'],
];

/** A colleague's Hamish JSON export of the sample article with four annotations, written to `path`. */
async function colleagueExport(dir: string, path: string): Promise<void> {
  const library = await Library.open(join(dir, 'colleague'), { samplePath: SAMPLE_PATH, dailyBackup: false });
  const [meta] = await library.listArticles();
  const { text } = await library.getArticle(meta?.id ?? '');
  for (const [quote, tag] of TAGGED) {
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    await library.createAnnotation({
      articleId: meta?.id ?? '',
      start,
      end: start + Array.from(quote).length,
      tag,
    });
  }
  await library.flush();
  await createServices(library, { generator: 'Hamish (screenshots)' }).exporter.write(
    { format: 'json' },
    path,
  );
  await library.close();
}

async function shoot(page: Page, shotsDir: string, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(shotsDir, name) });
}

for (const language of ['ar', 'en'] as const) {
  const words = WORDS[language];

  test(`the coder dialog on first run (${language})`, async ({ libraryDir, launchApp, shotsDir }) => {
    const app = await launchApp({ libraryDir, language, viewport: VIEWPORT, coder: null, osUser: 'hala' });
    const dialog = app.page.getByRole('dialog', { name: words.coderTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox')).toHaveValue('hala');
    await expect(app.page.locator('html')).toHaveAttribute('dir', words.dir);
    await shoot(app.page, shotsDir, `coder-dialog-${language}.png`);
  });

  test(`the annotation import's report (${language})`, async ({ dir, libraryDir, launchApp, shotsDir }) => {
    const file = join(dir, 'colleague.hamish.json');
    await colleagueExport(dir, file);
    const app = await launchApp({ libraryDir, language, viewport: VIEWPORT, seedSample: false });
    app.nextImportFile = file;
    await app.sendMenuCommand('import-annotations');
    const dialog = app.page.getByTestId('import-dialog');
    await dialog.getByRole('button', { name: words.choose }).click();
    const report = dialog.getByTestId('import-report');
    await expect(report).toContainText(words.added);
    await expect(report.locator('dd').first()).toHaveText('1');
    await expect(app.page.locator('html')).toHaveAttribute('dir', words.dir);
    await shoot(app.page, shotsDir, `import-report-${language}.png`);
  });
}
