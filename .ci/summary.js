// Sums the JSON reports of vitest, Playwright and the bench smoke run into the one closing line CI reads,
// and names the reports that are missing (their step did not run, or failed before writing one).
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const addPlaywright = (report) => {
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
  skipped += report.stats.skipped;
};
const playwright = read('test-results/playwright.json');
if (playwright) addPlaywright(playwright);
const bench = read('test-results/bench.json');
if (bench) addPlaywright(bench);

const missing = [
  !vitest && 'unit tests (vitest)',
  !playwright && 'e2e and Electron tests (Playwright)',
  !bench && 'bench smoke',
].filter(Boolean);
if (missing.length > 0) console.log(`(no report from: ${missing.join(', ')})`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
