/**
 * The views' LoadingShell in real Chromium with React and the app's
 * translations: it says the view's own waiting sentence (in Arabic or
 * English) in the view's own element and class while the answer comes, main's
 * refusal as an alert in the user's language when it failed (or nothing, when
 * the view already said it in the status bar), and then the view itself,
 * rendered from the value.
 */

import { expect, test, type HamishDom } from '../dom/dom-page';

declare const window: { hamishDom: HamishDom };

test('the reader waits in Arabic in its own element, then shows the article the value gives', async ({
  dom,
}) => {
  const shell = dom.getByTestId('shell');
  await dom.evaluate(() =>
    window.hamishDom.loadingShell(
      { value: null, error: null, as: 'div', className: 'reader-loading', waitingKey: 'reader.loading' },
      'ar',
    ),
  );
  await expect(shell.locator('div.reader-loading')).toHaveText('جارٍ التحميل…');
  await expect(shell.getByRole('alert')).toHaveCount(0);
  await expect(shell.getByRole('listitem')).toHaveCount(0);

  await dom.evaluate(() =>
    window.hamishDom.loadingShell(
      {
        value: ['ستيف ويتكوف', 'خليل الحية'],
        error: null,
        as: 'div',
        className: 'reader-loading',
        waitingKey: 'reader.loading',
      },
      'ar',
    ),
  );
  await expect(shell.getByRole('listitem')).toHaveText(['ستيف ويتكوف', 'خليل الحية']);
  await expect(shell.locator('.reader-loading')).toHaveCount(0);
  await expect(shell).not.toContainText('جارٍ التحميل…');
});

test('an analysis view counting in English says so in a muted paragraph', async ({ dom }) => {
  await dom.evaluate(() =>
    window.hamishDom.loadingShell(
      { value: null, error: null, className: 'muted', waitingKey: 'analysis.loading' },
      'en',
    ),
  );
  await expect(dom.getByTestId('shell').locator('p.muted')).toHaveText('Counting…');
});

test('a refusal replaces the waiting line with an alert in the user’s language, and never shows the view', async ({
  dom,
}) => {
  const shell = dom.getByTestId('shell');
  const refused = (language: 'ar' | 'en') =>
    dom.evaluate(
      (lang) =>
        window.hamishDom.loadingShell(
          {
            // A value left from an earlier answer is not shown under a refusal.
            value: ['قديم'],
            error: { code: 'not-found', message: 'no article abc' },
            className: 'muted',
            waitingKey: 'agreement.loading',
          },
          lang,
        ),
      language,
    );
  await refused('ar');
  await expect(shell.getByRole('alert')).toHaveText('العنصر المطلوب غير موجود؛ ربما حُذف.');
  await expect(shell.getByRole('listitem')).toHaveCount(0);
  await expect(shell).not.toContainText('جارٍ الحساب…');
  await refused('en');
  await expect(shell.getByRole('alert')).toHaveText('The item was not found; it may have been deleted.');
});

test('a refusal the view already reported leaves its place empty: no alert, no waiting line', async ({
  dom,
}) => {
  await dom.evaluate(() =>
    window.hamishDom.loadingShell(
      {
        value: null,
        error: { code: 'storage-failed', message: 'EIO' },
        reported: true,
        as: 'div',
        className: 'reader-loading',
        waitingKey: 'reader.loading',
      },
      'ar',
    ),
  );
  const shell = dom.getByTestId('shell');
  await expect(shell.locator('div.reader-loading')).toHaveCount(1);
  await expect(shell.locator('div.reader-loading')).toHaveText('');
  await expect(shell.getByRole('alert')).toHaveCount(0);
});
