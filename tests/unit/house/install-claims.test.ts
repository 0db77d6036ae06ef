/**
 * README's Install section against package.json and the installed packages:
 * the Node.js version it names is the one package.json's `engines` requires,
 * and `allowScripts` approves only dependencies that have an install script
 * (Electron 45 has none, better-sqlite3 has one), as the README says.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines?: { node?: string };
  allowScripts: Record<string, boolean>;
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Run'));

/** The install-time scripts a package declares (preinstall, install, postinstall). */
function installScripts(name: string): string[] {
  const { scripts = {} } = require(`${name}/package.json`) as { scripts?: Record<string, string> };
  return ['preinstall', 'install', 'postinstall'].filter((s) => s in scripts);
}

describe('README Install section', () => {
  it('names the Node.js version package.json requires', () => {
    const named = /Node\.js (\d+)\.(\d+) or newer is supported/u.exec(install);
    expect(named?.slice(1)).toEqual(['22', '12']);
    expect(pkg.engines?.node).toBe(`>=${named?.[1] ?? ''}.${named?.[2] ?? ''}.0`);
  });

  it('approves in allowScripts only dependencies that have an install script', () => {
    const approved = Object.entries(pkg.allowScripts)
      .filter(([, yes]) => yes)
      .map(([name]) => name);
    expect(approved).toEqual(['better-sqlite3']);
    for (const name of approved) expect(installScripts(name), name).not.toEqual([]);
    expect(installScripts('electron')).toEqual([]);
    expect(install).toContain('Electron 45 has none; better-sqlite3');
  });
});
