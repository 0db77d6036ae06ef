/**
 * Launches the real built app with Electron (Playwright `_electron`) on a temp
 * library. Skipped, with the reason printed, where the Electron binary is
 * absent; the same code paths run in Chromium through tests/e2e.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electron-binary';

const binary = electronBinary();
const skipReason = 'missing' in binary ? `Electron launch tests skipped: ${binary.missing}` : '';
if (skipReason) console.log(skipReason);

test.describe('the packaged-style Electron app', () => {
  test.skip(Boolean(skipReason), skipReason);

  test('opens one secure window on the seeded library, in Arabic, right-to-left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamish-electron-'));
    const app = await electron.launch({
      ...('path' in binary ? { executablePath: binary.path } : {}),
      args: ['.', `--user-data-dir=${join(dir, 'user-data')}`],
      env: { ...process.env, HAMISH_LIBRARY_DIR: join(dir, 'library') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('.article-open', { hasText: 'ويتكوف مستعد للقاء خليل الحية' })).toBeVisible();
      // No Node in the page (context isolation, sandbox, no nodeIntegration): only the typed bridge.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof window.api.listArticles)).toBe('function');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
      // window.open is denied.
      expect(await page.evaluate(() => window.open('https://example.org') === null)).toBe(true);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
