/**
 * Keeps better-sqlite3's native module (the search index) built for the
 * runtime about to load it: Electron for `npm start` / `npm run dev`, Node.js
 * for the tests, the benchmarks and the `hamish` command line. The two have
 * different ABIs, and `npm install` builds for Node.js. Records which one the
 * module was last built for in build/Release/hamish-runtime.txt and rebuilds
 * only when another is wanted: `electron-builder install-app-deps` for
 * Electron (it fetches a prebuilt binary or Electron's headers: needs the
 * internet once), `npm rebuild better-sqlite3` for Node.js.
 *
 * Usage: node scripts/native-runtime.js electron|node [--dry-run]
 * --dry-run prints what it would do and changes nothing.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** What the module was last built for: the marker's key, or this Node.js's when there is none (npm install's build). */
export function builtFor(marker) {
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : runtimeKey('node');
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
    `Hamish: rebuilding the search index's native module for ${want} (it was built for ${have}).`,
  );
  if (dryRun) {
    console.error(`would run: ${command[0]} ${command[1].join(' ')}`);
    return;
  }
  try {
    execFileSync(command[0], command[1], { stdio: ['ignore', 2, 2] });
  } catch {
    console.error(
      `Hamish: the rebuild for ${want} failed (see above). It needs a prebuilt binary from the internet or a C++ toolchain.`,
    );
    process.exit(1);
  }
  writeFileSync(marker, `${want}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
