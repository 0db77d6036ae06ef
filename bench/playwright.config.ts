import { defineConfig } from '@playwright/test';

/** `npm run bench`: benchmarks run through Playwright's runner (TypeScript, Chromium), one at a time. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  timeout: 600_000,
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
});
