import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * `npm run bench`: benchmarks run through Playwright's runner (TypeScript, Chromium), one at a time.
 * Each run also writes test-results/bench.json, which .ci/summary.js counts (bench smoke in CI), and
 * ends by printing how long the run and each file and test took (duration-reporter.ts).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  timeout: 600_000,
  workers: 1,
  fullyParallel: false,
  reporter: [
    ['list'],
    ['json', { outputFile: fileURLToPath(new URL('../test-results/bench.json', import.meta.url)) }],
    [fileURLToPath(new URL('./duration-reporter.ts', import.meta.url))],
  ],
});
