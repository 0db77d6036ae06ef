/**
 * Keeps better-sqlite3's native module (the search index) built for the
 * runtime about to load it: Electron for `npm start` / `npm run dev`, Node.js
 * for the tests, the benchmarks and the `hamish` command line. The two have
 * different ABIs, and `npm install` builds for Node.js. Records which one the
 * module was last built for in build/Release/hamish-runtime.txt and rebuilds
 * only when another is wanted: `electron-builder install-app-deps` for
 * Electron (it fetches a prebuilt binary or Electron's headers: needs the
 * internet once), `npm rebuild better-sqlite3` for Node.js. The rebuild's own
 * output goes to a log file; a failure (offline, say) is one line naming the
 * reason and that file, never the tools' stack traces, and exit code 1.
 *
 * Usage: node scripts/native-runtime.js electron|node [--dry-run]
 * --dry-run prints what it would do and changes nothing.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The runtime key a build is for: "electron-<version>" or "node-<ABI>". */
export function runtimeKey(runtime) {
  if (runtime === 'electron') return `electron-${require('electron/package.json').version}`;
  return `node-${process.versions.modules}`;
}

/** The marker file beside the built module, or null when better-sqlite3 is not installed. */
function markerPath() {
  try {
    return join(
      dirname(require.resolve('better-sqlite3/package.json')),
      'build',
      'Release',
      'hamish-runtime.txt',
    );
  } catch {
    return null;
  }
}

/**
 * What the module was last built for: the marker's key, or this Node.js's when there is none
 * (npm install's build), or "nothing" when the module itself is missing beside the marker (a
 * failed rebuild removes it: node-gyp cleans the build folder before it configures).
 */
export function builtFor(marker) {
  if (!existsSync(join(dirname(marker), 'better_sqlite3.node'))) return 'nothing';
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : runtimeKey('node');
}

/** Output of a tool that could not reach the network (npm, node-gyp, prebuild-install, undici). */
const OFFLINE =
  /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed|socket hang up/u;

/**
 * Why a rebuild failed, as a clause for a sentence, from the rebuild's whole output (stdout and
 * stderr). Network errors become one plain reason; otherwise the first error message line
 * (without its "Error:" prefix and without stack frames); else the exit code.
 */
export function failureReason(output, runtime, code) {
  if (OFFLINE.test(output)) {
    const what = runtime === 'electron' ? "Electron's headers" : "Node.js's headers";
    return `it could not download a prebuilt binary or ${what} (no internet connection)`;
  }
  const line = output
    .split('\n')
    .map((l) => l.replace(/^[\s⨯•]+/u, '').trim())
    .find((l) =>
      /^(\w*Error\b|gyp ERR! (stack )?Error|npm error (?!code|path|command|cwd|A complete))/u.test(l),
    );
  if (line) return line.replace(/^(\w*Error:\s*|gyp ERR! (stack )?Error:\s*|npm error\s*)/u, '');
  return `the rebuild exited with code ${code}`;
}

/**
 * Runs the rebuild `command args`, its output kept in a log file rather than shown.
 * @returns null on success, else one line saying what failed, why, what it needs and where the log is.
 */
export function rebuild(command, args, want) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return null;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  const log = join(mkdtempSync(join(tmpdir(), 'hamish-rebuild-')), 'rebuild.log');
  writeFileSync(log, `$ ${command} ${args.join(' ')}\n${output}`);
  const runtime = want.startsWith('electron') ? 'electron' : 'node';
  return (
    `Hamish: rebuilding the search index's native module for ${want} failed: ` +
    `${failureReason(output, runtime, result.status)}. It needs the internet once (or a C++ ` +
    `toolchain with the headers); the tools' output is in ${log}.`
  );
}

function main() {
  const runtime = process.argv[2];
  const dryRun = process.argv.includes('--dry-run');
  if (runtime !== 'electron' && runtime !== 'node') {
    console.error('usage: node scripts/native-runtime.js electron|node [--dry-run]');
    process.exit(2);
  }
  const marker = markerPath();
  if (!marker) return;
  const want = runtimeKey(runtime);
  const have = builtFor(marker);
  if (have === want) return;
  const command =
    runtime === 'electron'
      ? ['npx', ['--no-install', 'electron-builder', 'install-app-deps']]
      : ['npm', ['rebuild', 'better-sqlite3']];
  // On stderr: stdout may be a command's output (npm run hamish -- list --json).
  console.error(
    `Hamish: rebuilding the search index's native module for ${want} (${have === 'nothing' ? 'it is not built' : `it was built for ${have}`}).`,
  );
  if (dryRun) {
    console.error(`would run: ${command[0]} ${command[1].join(' ')}`);
    return;
  }
  const failed = rebuild(command[0], command[1], want);
  if (failed) {
    console.error(failed);
    process.exit(1);
  }
  writeFileSync(marker, `${want}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
