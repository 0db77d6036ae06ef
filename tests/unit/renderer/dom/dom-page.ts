/**
 * A Playwright fixture for renderer units that need a real browser: builds
 * tests/unit/renderer/dom/entry.tsx with Vite (React plugin, production
 * React) once per worker, and gives each test a Chromium page holding it,
 * with `<html lang="ar" dir="rtl">` as the app has.
 */

import { join } from 'node:path';
import { chromium, test as base, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { CHROMIUM_ARGS, chromiumPath, REPO_ROOT } from '../../../e2e/harness';
import type { HamishDom } from './dom-api';

export { expect } from '@playwright/test';
export type { HamishDom };

interface Bundle {
  js: string;
  css: string;
}

/** Bundles the entry into one IIFE script and its CSS, in memory. */
async function bundle(): Promise<Bundle> {
  const result = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'silent',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(REPO_ROOT, 'tests/unit/renderer/dom/entry.tsx'),
        formats: ['iife'],
        name: 'HamishDomBundle',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((o) => o.output);
  const js = files.find((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  const css = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
  if (!js) throw new Error('the DOM test bundle has no script');
  return { js: js.code, css: css.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n') };
}

export const test = base.extend<{ dom: Page }, { bundled: Bundle; chrome: Browser }>({
  // The Debian Chromium the e2e harness uses (Playwright's own build is not downloaded here).
  chrome: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  bundled: [
    async ({}, use) => {
      await use(await bundle());
    },
    { scope: 'worker' },
  ],
  dom: async ({ chrome, bundled }, use) => {
    const page = await chrome.newPage({ viewport: { width: 900, height: 700 } });
    await page.setContent(
      '<!doctype html><html lang="ar" dir="rtl"><body><div id="root"></div></body></html>',
    );
    await page.addStyleTag({ content: bundled.css });
    await page.addScriptTag({ content: bundled.js });
    await use(page);
    await page.close();
  },
});
