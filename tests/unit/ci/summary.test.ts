/** .ci/summary.js: the closing line counts vitest, Playwright and bench smoke reports, and names missing ones. */

import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers';

const script = fileURLToPath(new URL('../../../.ci/summary.js', import.meta.url));
const tempDir = useTempDirs();

const playwright = (expected: number, unexpected: number, skipped: number) =>
  JSON.stringify({ stats: { expected, unexpected, skipped, flaky: 0 } });

describe('.ci/summary.js', () => {
  it('adds the bench smoke tests to the unit and Playwright counts', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'test-results'));
    await writeFile(
      join(dir, 'test-results', 'vitest.json'),
      JSON.stringify({ numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0 }),
    );
    await writeFile(join(dir, 'test-results', 'playwright.json'), playwright(5, 0, 1));
    await writeFile(join(dir, 'test-results', 'bench.json'), playwright(7, 1, 0));
    expect(execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' })).toBe(
      '22 passed, 2 failed, 3 skipped\n',
    );
  });

  it('names the reports that are missing', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'test-results'));
    await writeFile(join(dir, 'test-results', 'playwright.json'), playwright(5, 0, 1));
    expect(execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' })).toBe(
      '(no report from: unit tests (vitest), bench smoke)\n5 passed, 0 failed, 1 skipped\n',
    );
  });
});
