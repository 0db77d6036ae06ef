/**
 * The packaged app's Electron fuses (electron-builder.yml, electronFuses):
 * every fuse that widens what the binary allows is off, including
 * grantFileProtocolExtraPrivileges now that the page loads from hamish://app.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PATH } from './electron-fake';

/** The `key: value` lines of the electronFuses block, as booleans. */
function fuses(): Record<string, boolean> {
  const text = readFileSync(join(APP_PATH, 'electron-builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(text)?.[1] ?? '';
  const entries = [...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']);
  return Object.fromEntries(entries) as Record<string, boolean>;
}

describe('electron fuses', () => {
  it('turn off every privilege the app does not use', () => {
    expect(fuses()).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
