/**
 * Preferences are never wiped: opened with `conf`, the engine under
 * electron-store, with the options electron/settings.ts uses, on a real
 * folder. A file that does not parse, or holds values of the wrong shape, is
 * kept aside byte for byte and the defaults are used; a good file is kept.
 */

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { openPreferencesFile } from '../../../../../electron/services/storage/preferences-file';
import { settingsFileSchema } from '../../../../../electron/settings-schema';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const DEFAULTS = { language: 'ar', window: { width: 1280, height: 860, maximized: false } };
const AT = new Date('2026-05-01T08:00:00.000Z');

function open(cwd: string) {
  return openPreferencesFile(
    cwd,
    () =>
      new Conf<typeof DEFAULTS>({
        projectName: 'hamish-test',
        configName: 'preferences',
        cwd,
        defaults: DEFAULTS,
        clearInvalidConfig: false,
      }),
    (data) => settingsFileSchema.safeParse(data).success,
    AT,
  );
}

describe('preferences file', () => {
  it('keeps a file that does not parse aside, byte for byte, and uses the defaults', async () => {
    const cwd = await tempDir();
    const damaged = '{"language":"en","window":{"width":900,';
    await writeFile(join(cwd, 'preferences.json'), damaged);
    const { store, setAside } = open(cwd);
    expect(setAside).toBe(join(cwd, 'preferences.corrupt-2026-05-01T08-00-00-000Z.json'));
    expect(await readFile(setAside ?? '', 'utf8')).toBe(damaged);
    expect(store.get('language')).toBe('ar');
    store.set('language', 'en');
    expect(JSON.parse(await readFile(join(cwd, 'preferences.json'), 'utf8'))).toMatchObject({
      language: 'en',
    });
  });

  it('keeps aside a file of the wrong shape (hostile or damaged values), not just bad JSON', async () => {
    for (const content of [
      '{"language":"fr"}',
      '{"window":{"width":"wide","height":10,"maximized":"yes"}}',
      '[1,2,3]',
      '{"__proto__":{"language":"en"},"window":null}',
    ]) {
      const cwd = await tempDir();
      await writeFile(join(cwd, 'preferences.json'), content);
      const { store, setAside } = open(cwd);
      expect(setAside, content).not.toBeNull();
      expect(await readFile(setAside ?? '', 'utf8')).toBe(content);
      expect(store.get('language')).toBe('ar');
      expect(({} as Record<string, unknown>)['language']).toBeUndefined();
    }
  });

  it('keeps a good file as it is, with keys it does not know, and says nothing', async () => {
    const cwd = await tempDir();
    const good = {
      language: 'en',
      window: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
      theme: 'dark',
    };
    await writeFile(join(cwd, 'preferences.json'), JSON.stringify(good));
    const { store, setAside } = open(cwd);
    expect(setAside).toBeNull();
    expect(store.get('language')).toBe('en');
    expect(await readdir(cwd)).toEqual(['preferences.json']);
  });

  it('starts with the defaults when there is no file, and says nothing', async () => {
    const cwd = await tempDir();
    const { store, setAside } = open(cwd);
    expect(setAside).toBeNull();
    expect(store.get('window')).toEqual(DEFAULTS.window);
  });
});
