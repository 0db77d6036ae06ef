/**
 * Helpers of the install test: a fresh copy of the project as a user clones
 * it (the files git knows, never node_modules or build output), and commands
 * run in it with a bounded time and an environment free of the outer npm's
 * settings, so they behave as in a user's terminal.
 */

import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Copies the files git tracks (or would track) in `root`, as they are on disk, into `target`. */
export async function copyProject(root: string, target: string): Promise<number> {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(root, path)));
  for (const path of listed) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await copyFile(join(root, path), join(target, path));
  }
  return listed.length;
}

/** npm settings a user's own environment may carry (CI's cache or registry): kept. */
const USER_NPM_SETTINGS = ['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig'];

/** `base` without the variables an outer `npm run`/`npm test` sets, and without `drop`. */
export function userEnv(base: NodeJS.ProcessEnv, drop: string[], add: Record<string, string>) {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    const fromOuterNpm =
      key.toLowerCase().startsWith('npm_') && !USER_NPM_SETTINGS.includes(key.toLowerCase());
    if (value === undefined || fromOuterNpm || drop.includes(key)) continue;
    env[key] = value;
  }
  return { ...env, ...add };
}

export interface Run {
  code: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs `command args` in `cwd`; kills its whole process group after `timeoutMs`. Never rejects. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}
