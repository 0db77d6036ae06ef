/**
 * better-sqlite3's prebuilt binary for the install test's mirror. On a user's
 * machine `npm ci` runs better-sqlite3's `prebuild-install`, which downloads a
 * prebuilt `better_sqlite3.node` from GitHub; here that host is unreachable, so
 * it would compile SQLite from source instead (minutes on 2 busy cores, which
 * made the test's `npm ci` outlast its time limit under load). The mirror
 * serves the binary this checkout already built, packed as prebuild-install
 * expects, at the path it asks for under `npm_config_better_sqlite3_binary_host`.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file to serve: its path on the mirror and its bytes. */
export interface MirroredFile {
  path: string;
  body: Buffer;
}

/**
 * The prebuilt tarball of `root`'s better-sqlite3 for this Node (ABI
 * `process.versions.modules`), served under `/better-sqlite3/` (the path the
 * returned `hostPath` names).
 * @throws Error when `root`'s better-sqlite3 has not been built (run `npm ci` first).
 */
export function betterSqlitePrebuild(root: string): MirroredFile & { hostPath: string } {
  const pkgDir = join(root, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(pkgDir, 'build', 'Release', 'better_sqlite3.node'))) {
    throw new Error(`better-sqlite3 is not built in ${root}: run npm ci there first`);
  }
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const body = execFileSync('tar', ['-czf', '-', '-C', pkgDir, 'build/Release/better_sqlite3.node'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return { hostPath: '/better-sqlite3', path: `/better-sqlite3/v${version}/${name}`, body };
}
