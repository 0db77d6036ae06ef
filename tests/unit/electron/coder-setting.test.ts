/**
 * The local coder preference (issue 20) through the real electron-store
 * (only Electron's app is the fake): absent on first run (the OS user name
 * proposed and recorded meanwhile), stored trimmed under the key `coder`,
 * read back by a new process, refused unchanged when unusable, and a
 * damaged value counts as none. Then through the real IPC dispatch: the
 * library stamps what setCoder stored.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppApi } from '../../../electron/services/app-api';
import { dispatch } from '../../../electron/services/api-dispatch';
import { osUserName } from '../../../electron/services/coder-preference';
import { Library } from '../../../electron/services/library/library';
import { createServices } from '../../../electron/services/services';
import { coderSetting, openSettings } from '../../../electron/settings';
import { MAX_CODER_NAME_LENGTH } from '../../../shared/schema/limits';
import { useTempDirs } from '../helpers';
import { resetElectronFake } from './electron-fake';

const tempDir = useTempDirs();
beforeEach(resetElectronFake);

describe('the coder preference in electron-store', () => {
  it('is unset on first run, proposes the OS user name, and keeps a confirmed name across restarts', async () => {
    const cwd = await tempDir();
    const first = coderSetting(openSettings(cwd));
    expect(first.setting()).toEqual({ coder: null, suggested: osUserName() });
    expect(first.current()).toBe(osUserName());
    expect(first.set('  ليلى حداد ')).toEqual({ coder: 'ليلى حداد', suggested: 'ليلى حداد' });
    const stored = JSON.parse(await readFile(join(cwd, 'preferences.json'), 'utf8')) as { coder?: string };
    expect(stored.coder).toBe('ليلى حداد');
    const restarted = coderSetting(openSettings(cwd));
    expect(restarted.setting().coder).toBe('ليلى حداد');
    expect(restarted.current()).toBe('ليلى حداد');
  });

  it('refuses an empty, over-long or control-character name and keeps the one stored', async () => {
    const cwd = await tempDir();
    const coder = coderSetting(openSettings(cwd));
    coder.set('سامي');
    for (const bad of ['   ', 'أ'.repeat(MAX_CODER_NAME_LENGTH + 1), 'a\nb'])
      expect(() => coder.set(bad)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(coder.current()).toBe('سامي');
  });

  it('counts a damaged stored value (a number) as no choice', async () => {
    const settings = openSettings(await tempDir());
    (settings.store as unknown as { set(k: string, v: unknown): void }).set('coder', 42);
    expect(coderSetting(settings).setting()).toEqual({ coder: null, suggested: osUserName() });
  });
});

describe('getCoder / setCoder over IPC dispatch', () => {
  it('validates in main and stamps the stored coder on the next annotation', async () => {
    const cwd = await tempDir();
    const coder = coderSetting(openSettings(cwd));
    const library = await Library.open(join(cwd, 'lib'), {
      dailyBackup: false,
      coder: () => coder.current(),
    });
    const none = () => Promise.resolve(null);
    const api = createAppApi({
      services: createServices(library, { searchAtOnce: false }),
      dialogs: { chooseTextFile: none, chooseExportPath: none },
      preferences: { get: () => ({ language: 'ar' }), setLanguage: () => ({ language: 'ar' }) },
      coder,
    });
    const refused = await dispatch(api, 'setCoder', ['x'.repeat(MAX_CODER_NAME_LENGTH + 1)]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(api, 'getCoder', [])).toEqual({
      ok: true,
      value: { coder: null, suggested: osUserName() },
    });
    expect(await dispatch(api, 'setCoder', [' زينب '])).toEqual({
      ok: true,
      value: { coder: 'زينب', suggested: 'زينب' },
    });
    const meta = await library.addArticle({ title: 'خبر', text: 'قالت الحكومة إن المفاوضات مستمرة.' });
    const made = await dispatch(api, 'createAnnotation', [
      { articleId: meta.id, start: 0, end: 4, tag: 'event' },
    ]);
    expect(made).toMatchObject({ ok: true, value: { author: 'زينب' } });
    await library.close();
  });
});
