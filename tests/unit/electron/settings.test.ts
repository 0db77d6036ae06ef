/**
 * electron/settings.ts on a real folder through the real electron-store and
 * conf (only Electron's app/ipcMain are the fake): a damaged preferences file
 * is set aside byte for byte and the defaults used; a good file, with or
 * without a UTF-8 byte order mark, is read and kept.
 */

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openSettings, readLanguage } from '../../../electron/settings';
import { useTempDirs } from '../helpers';
import { resetElectronFake } from './electron-fake';

const tempDir = useTempDirs();
beforeEach(resetElectronFake);

const GOOD = { language: 'en', window: { x: 40, y: 30, width: 1100, height: 760, maximized: false } };

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('preferences set aside when damaged', () => {
  it.each([
    ['truncated JSON', '{"language":"en","window":{"width":900,'],
    [
      'a value of the wrong type',
      '{"language":"fr","window":{"width":"wide","height":700,"maximized":false}}',
    ],
    ['a window too small to use', '{"window":{"width":10,"height":10,"maximized":false}}'],
    ['binary noise', '\u0000\u0001PK\u0003\u0004'],
  ])('%s: kept aside byte for byte, defaults used', async (_name, damaged) => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'preferences.json'), damaged);
    const settings = openSettings(cwd);
    expect(settings.setAside).toMatch(/preferences\.corrupt-.+\.json$/);
    await expect(readFile(settings.setAside ?? '', 'utf8')).resolves.toBe(damaged);
    expect(readLanguage(settings)).toBe('ar');
    expect(settings.store.get('window')).toEqual({ width: 1280, height: 860, maximized: false });
  });
});

describe('preferences read', () => {
  it('reads a good file and sets nothing aside', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'preferences.json'), JSON.stringify(GOOD));
    const settings = openSettings(cwd);
    expect(settings.setAside).toBeNull();
    expect(readLanguage(settings)).toBe('en');
    expect(settings.store.get('window')).toEqual(GOOD.window);
    expect(await filesIn(cwd)).toEqual(['preferences.json']);
  });

  it('reads a file that starts with a UTF-8 byte order mark (as Notepad saves it)', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'preferences.json'), `\uFEFF${JSON.stringify(GOOD, null, 2)}`);
    const settings = openSettings(cwd);
    expect(settings.setAside).toBeNull();
    expect(readLanguage(settings)).toBe('en');
    expect(settings.store.get('window')).toEqual(GOOD.window);
    // Writing keeps working, and the next start reads what was written.
    settings.store.set('language', 'ar');
    expect(readLanguage(openSettings(cwd))).toBe('ar');
    expect(await filesIn(cwd)).toEqual(['preferences.json']);
  });

  it('starts with the defaults in an empty folder', async () => {
    const cwd = await tempDir();
    const settings = openSettings(cwd);
    expect(settings.setAside).toBeNull();
    expect(readLanguage(settings)).toBe('ar');
  });
});
