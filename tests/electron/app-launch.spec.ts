/**
 * Launches the real built app with Electron (Playwright `_electron`) on a temp
 * library and checks what only the real shell can show: the seeded library,
 * the Arabic right-to-left UI, an annotation made through the real preload
 * and IPC and found on disk afterwards, the Content-Security-Policy in force
 * and sent as a response header,
 * navigation and new windows refused. Skipped, with the reason printed, where
 * the Electron binary is absent (this build machine); the same code paths run
 * in Chromium through tests/e2e and in unit tests with electron mocked.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { Library } from '../../electron/services/library/library';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { electronBinary } from './electron-binary';

const binary = electronBinary();
const skipReason = 'missing' in binary ? `Electron launch tests skipped: ${binary.missing}` : '';
if (skipReason) console.log(skipReason);

const SAMPLE_TITLE = 'ويتكوف مستعد للقاء خليل الحية';

test.describe('the packaged-style Electron app', () => {
  test.skip(Boolean(skipReason), skipReason);

  test('opens one secure window on the seeded library, in Arabic, right-to-left, and saves through IPC', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamish-electron-'));
    const libraryDir = join(dir, 'library');
    const app = await electron.launch({
      ...('path' in binary ? { executablePath: binary.path } : {}),
      args: ['.', `--user-data-dir=${join(dir, 'user-data')}`],
      env: { ...process.env, HAMISH_LIBRARY_DIR: libraryDir },
    });
    const created = await (async () => {
      try {
        const page = await app.firstWindow();
        // The library is seeded with the sample article; the UI is Arabic and right-to-left.
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
        await expect(page.locator('.article-open', { hasText: SAMPLE_TITLE })).toBeVisible();
        // No Node in the page (context isolation, sandbox, no nodeIntegration): only the typed bridge.
        expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
          'undefined',
        );
        expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
          'undefined',
        );

        // An annotation through the real preload and IPC, on the seeded article.
        const annotation = await page.evaluate(async () => {
          const list = await window.api.listArticles();
          if (!list.ok || !list.value[0]) throw new Error('no seeded article');
          const articleId = list.value[0].id;
          const article = await window.api.getArticle(articleId);
          if (!article.ok) throw new Error(article.error.message);
          const at = article.value.text.indexOf('ويتكوف');
          const start = [...article.value.text.slice(0, at)].length; // code points
          const result = await window.api.createAnnotation({
            articleId,
            start,
            end: start + 6,
            tag: 'actor',
          });
          if (!result.ok) throw new Error(result.error.message);
          return { articleId, id: result.value.id, quote: result.value.quote };
        });
        expect(annotation.quote).toBe('ويتكوف');
        // Invalid arguments are refused in main with an error value, not an exception.
        expect(await page.evaluate(() => window.api.getArticle('../../etc/passwd'))).toMatchObject({
          ok: false,
          error: { code: 'invalid-argument' },
        });

        // The Content-Security-Policy is in force: an inline script is reported and blocked.
        const violation = await page.evaluate(
          () =>
            new Promise<{ directive: string; policy: string; ran: boolean }>((resolve) => {
              document.addEventListener('securitypolicyviolation', (e) =>
                resolve({
                  directive: e.effectiveDirective,
                  policy: e.originalPolicy,
                  ran: (window as { inlineRan?: boolean }).inlineRan === true,
                }),
              );
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true';
              document.head.append(script);
              setTimeout(() => resolve({ directive: 'none', policy: '', ran: true }), 3000);
            }),
        );
        expect(violation).toEqual({
          directive: 'script-src-elem',
          policy: CONTENT_SECURITY_POLICY,
          ran: false,
        });
        // It comes as a response header: index.html's meta tag carries it too, so the violation
        // above would be reported without the header. Fetched through the window's own session.
        const header = await app.evaluate(async ({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]?.webContents;
          if (!contents) return null;
          const response = await contents.session.fetch(contents.getURL());
          return response.headers.get('content-security-policy');
        });
        expect(header).toBe(CONTENT_SECURITY_POLICY);

        // Navigation and new windows are refused: the page stays where it is, alone.
        const url = page.url();
        // Main records the attempt as it starts; once it has started and nothing is loading any more,
        // it is over (refused, or it would have committed), so the URL can be checked without a fixed wait.
        await app.evaluate(({ BrowserWindow }) => {
          const attempts: string[] = [];
          (globalThis as { navigationAttempts?: string[] }).navigationAttempts = attempts;
          BrowserWindow.getAllWindows()[0]?.webContents.on('did-start-navigation', (details) => {
            if (details.url.startsWith('data:')) attempts.push(details.url);
          });
        });
        await page.evaluate(() => {
          window.location.href = 'data:text/html,<h1>elsewhere</h1>';
        });
        await expect
          .poll(() =>
            app.evaluate(() => (globalThis as { navigationAttempts?: string[] }).navigationAttempts?.length),
          )
          .toBe(1);
        await expect
          .poll(() =>
            app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.isLoading()),
          )
          .toBe(false);
        expect(page.url()).toBe(url);
        await expect(page.locator('.article-open', { hasText: SAMPLE_TITLE })).toBeVisible();
        expect(await page.evaluate(() => window.open('data:text/html,x') === null)).toBe(true);
        expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
        return annotation;
      } finally {
        await app.close();
      }
    })();
    try {
      // What IPC acknowledged is on disk: the library, reopened here, has the annotation.
      const library = await Library.open(libraryDir, { dailyBackup: false });
      try {
        const annotations = await library.listAnnotations(created.articleId);
        expect(annotations.map((a) => [a.id, a.quote])).toContainEqual([created.id, 'ويتكوف']);
      } finally {
        await library.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
