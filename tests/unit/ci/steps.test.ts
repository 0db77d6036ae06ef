/**
 * .ci/steps.sh, which .ci/run sources: run in a real bash with stand-in steps
 * (`true`, `false`, a command that leaves a file), it stops at the first
 * failing step, prints the summary's closing line, and names the failed step
 * and every step that did not run; a clean run names none.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers';

const steps = fileURLToPath(new URL('../../../.ci/steps.sh', import.meta.url));
const stepsList = fileURLToPath(new URL('../../../.ci/steps-list.sh', import.meta.url));
const packageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));
const tempDir = useTempDirs();

/** Runs the steps `name=command` in bash in `cwd` (set -euo pipefail, as .ci/run): exit code and output. */
function runSteps(cwd: string, list: [string, string][]) {
  const quote = (s: string) => `'${s}'`;
  const script = [
    'set -euo pipefail',
    `STEPS=(${list.map(([name]) => quote(name)).join(' ')})`,
    `COMMANDS=(${list.map(([, command]) => quote(command)).join(' ')})`,
    `source ${quote(steps)}`,
    'run_steps',
  ].join('\n');
  const out = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
  return { code: out.status, lines: out.stdout.trim().split('\n') };
}

describe('.ci/steps.sh', () => {
  it('stops at a failing step and names it and the steps that did not run, after the closing count', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'test-results'));
    await writeFile(
      join(dir, 'test-results', 'vitest.json'),
      JSON.stringify({ numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 }),
    );
    const result = runSteps(dir, [
      ['typecheck', 'true'],
      ['lint', 'false'],
      ['unit tests', 'touch ran-unit'],
      ['bench smoke', 'touch ran-bench'],
    ]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      '== typecheck',
      '== lint',
      '(no report from: e2e and Electron tests (Playwright), bench smoke)',
      '3 passed, 0 failed, 0 skipped',
      'The step "lint" failed (exit 1); steps not run: unit tests, bench smoke.',
    ]);
    expect(existsSync(join(dir, 'ran-unit'))).toBe(false);
  });

  it('names no failure when every step passes, and says "none" when the last step fails', async () => {
    const dir = await tempDir();
    const clean = runSteps(dir, [
      ['build', 'true'],
      ['unit tests', 'touch ran-unit'],
    ]);
    expect(clean.code).toBe(0);
    expect(clean.lines.at(-1)).toBe('0 passed, 0 failed, 0 skipped');
    expect(clean.lines.join('\n')).not.toContain('failed (exit');
    expect(existsSync(join(dir, 'ran-unit'))).toBe(true);
    const last = runSteps(dir, [
      ['build', 'true'],
      ['electronegativity', 'false'],
    ]);
    expect(last.lines.at(-1)).toBe('The step "electronegativity" failed (exit 1); steps not run: none.');
  });

  it("lists CI's steps with the install first, each with a command, every npm script one package.json has", () => {
    const printed = spawnSync(
      'bash',
      [
        '-c',
        `source '${stepsList}'; printf '%s\\n' "\${#STEPS[@]}" "\${#COMMANDS[@]}" "\${STEPS[@]}" "\${COMMANDS[@]}"`,
      ],
      { encoding: 'utf8' },
    );
    const [stepCount, commandCount, ...rest] = printed.stdout.trim().split('\n');
    expect(Number(stepCount)).toBeGreaterThan(1);
    expect(commandCount).toBe(stepCount);
    const names = rest.slice(0, Number(stepCount));
    const commands = rest.slice(Number(stepCount));
    expect(names[0]).toBe('install');
    expect(commands[0]).toMatch(/\bnpm ci\b/u);
    const scripts = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    const run = commands.flatMap((c) => [...c.matchAll(/npm run ([\w:-]+)/gu)].map((m) => m[1] ?? ''));
    expect(run.filter((name) => !(name in scripts))).toEqual([]);
    expect(run).toEqual(
      expect.arrayContaining(['typecheck', 'lint', 'test:unit', 'test:e2e', 'bench:smoke']),
    );
  });
});
