/**
 * The one Playwright fixture every e2e spec uses instead of its own
 * beforeEach/afterEach: a fresh temporary folder (removed after the test),
 * the app launched on `<dir>/library` the first time a test asks for `app`
 * (closed after it), and `launchApp` for tests that start apps themselves
 * (every app it starts is closed after the test).
 *
 * A spec tunes the launch with `test.use({ launch: { viewport, seedSample… } })`
 * and writes a library's files before the launch by overriding `libraryDir`:
 * `test.use({ libraryDir: async ({ dir }, use) => { await writeFiles(join(dir, 'library')); await use(join(dir, 'library')); } })`.
 */

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { launchHamish, SCREENSHOT_DIR, type HamishApp, type LaunchOptions } from './harness';

export { expect } from '@playwright/test';

export interface AppFixtures {
  /** A temporary folder for this test; exports land in it. */
  dir: string;
  /** The folder `app` opens as its library: `<dir>/library`, written by overrides before the launch. */
  libraryDir: string;
  /** Options for `app`'s launch (the library and export folders are set by the fixture). */
  launch: Partial<LaunchOptions>;
  /** Launches an app (exporting into `dir` unless told otherwise); each one is closed when the test ends. */
  launchApp: (options: LaunchOptions) => Promise<HamishApp>;
  /** The app on `libraryDir`, exporting into `dir`. */
  app: HamishApp;
  /** Where screenshots go (see SCREENSHOT_DIR), created for the test. */
  shotsDir: string;
}

export const test = base.extend<AppFixtures>({
  dir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'hamish-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  libraryDir: async ({ dir }, use) => {
    await use(join(dir, 'library'));
  },
  launch: [{}, { option: true }],
  // Depends on `dir`, so every app is closed before its folder is removed.
  launchApp: async ({ dir }, use) => {
    const apps: HamishApp[] = [];
    await use(async (options) => {
      const app = await launchHamish({ exportDir: dir, ...options });
      apps.push(app);
      return app;
    });
    for (const app of apps.splice(0)) await app.close();
  },
  app: async ({ libraryDir, launch, launchApp }, use) => {
    await use(await launchApp({ libraryDir, ...launch }));
  },
  shotsDir: async ({}, use) => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await use(SCREENSHOT_DIR);
  },
});
