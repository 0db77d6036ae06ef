/**
 * electron/path-grants.ts: `importPaths` reads only paths the user chose in
 * this session (through an open dialog, or a drop the preload reported);
 * any other path is refused before anything is read.
 */

import { describe, expect, it, vi } from 'vitest';
import { grantingDialogs, guardPathReads, PathGrants } from '../../../electron/path-grants';
import { dispatch } from '../../../electron/services/api-dispatch';
import type { ApiHandlers } from '../../../shared/ipc-contract';
import type { BatchImportReport } from '../../../shared/import-types';

const REPORT: BatchImportReport = { total: 0, added: [], duplicates: [], refused: [], cancelled: false };

/** importPaths guarded by `grants`, called through the real dispatcher as IPC would. */
function guarded(grants: PathGrants) {
  const importPaths = vi.fn<(paths: string[]) => Promise<BatchImportReport>>(() => Promise.resolve(REPORT));
  const api = guardPathReads({ importPaths } as unknown as ApiHandlers, grants);
  return { importPaths, importVia: (paths: string[]) => dispatch(api, 'importPaths', [paths]) };
}

describe('granted paths', () => {
  it('refuses a .qdpx import of a path nobody chose, and passes the one the dialog gave', async () => {
    const grants = new PathGrants();
    const importQdpx = vi.fn(() => Promise.resolve(null));
    const api = guardPathReads({ importQdpx } as unknown as ApiHandlers, grants);
    const refused = await dispatch(api, 'importQdpx', ['/home/user/other.qdpx', [], 'keep-both']);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', params: { field: 'path' } },
    });
    expect(importQdpx).not.toHaveBeenCalled();
    grants.grant('/home/user/مشروع.qdpx');
    expect((await dispatch(api, 'importQdpx', ['/home/user/مشروع.qdpx', [], 'keep-both'])).ok).toBe(true);
    expect(importQdpx).toHaveBeenCalledTimes(1);
  });

  it('grants what the .qdpx and foreign-file dialogs return, so their import may read it', async () => {
    const grants = new PathGrants();
    const dialogs = grantingDialogs(
      {
        chooseQdpxFile: () => Promise.resolve('/home/user/مشروع.qdpx'),
        chooseForeignFile: () => Promise.resolve('/home/user/أخبار.ann'),
      },
      grants,
    );
    expect(grants.has('/home/user/مشروع.qdpx') || grants.has('/home/user/أخبار.ann')).toBe(false);
    await dialogs.chooseQdpxFile();
    await dialogs.chooseForeignFile();
    expect(grants.has('/home/user/مشروع.qdpx')).toBe(true);
    expect(grants.has('/home/user/أخبار.ann')).toBe(true);
  });

  it('refuses a path nobody chose, and reads nothing', async () => {
    const { importPaths, importVia } = guarded(new PathGrants());
    const result = await importVia(['/home/user/.ssh/id_rsa']);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', params: { field: 'paths' } },
    });
    expect(importPaths).not.toHaveBeenCalled();
  });

  it('refuses the whole call when one path of several was not chosen', async () => {
    const grants = new PathGrants();
    grants.grant('/home/user/خبر.txt');
    const { importPaths, importVia } = guarded(grants);
    expect((await importVia(['/home/user/خبر.txt', '/etc/passwd'])).ok).toBe(false);
    expect(importPaths).not.toHaveBeenCalled();
  });

  it('passes granted paths through, compared after resolving . and ..', async () => {
    const grants = new PathGrants();
    grants.grant('/home/user/news/خبر.txt');
    const { importPaths, importVia } = guarded(grants);
    expect((await importVia(['/home/user/news/../news/./خبر.txt'])).ok).toBe(true);
    expect(importPaths).toHaveBeenCalledExactlyOnceWith(['/home/user/news/../news/./خبر.txt']);
  });

  it('never grants a relative or empty path', () => {
    const grants = new PathGrants();
    grants.grant('');
    grants.grant('notes.txt');
    expect(grants.has('notes.txt')).toBe(false);
    expect(grants.has(`${process.cwd()}/notes.txt`)).toBe(false);
  });
});

describe('dialogs grant what the user picks', () => {
  it('records the paths each open dialog returns, not those of a cancel or a save dialog', async () => {
    const grants = new PathGrants();
    const dialogs = grantingDialogs(
      {
        chooseTextFile: () => Promise.resolve('/a/text.txt'),
        chooseImportFiles: () => Promise.resolve(['/a/one.md', '/a/two.html']),
        chooseImportFolder: () => Promise.resolve(null),
        chooseImportFile: () => Promise.resolve('/a/notes.json'),
        chooseExportPath: (name: string) => Promise.resolve(`/out/${name}`),
      },
      grants,
    );
    await expect(dialogs.chooseTextFile()).resolves.toBe('/a/text.txt');
    await expect(dialogs.chooseImportFiles()).resolves.toEqual(['/a/one.md', '/a/two.html']);
    await expect(dialogs.chooseImportFolder()).resolves.toBeNull();
    await dialogs.chooseImportFile();
    await expect(dialogs.chooseExportPath('x.json')).resolves.toBe('/out/x.json');
    for (const path of ['/a/text.txt', '/a/one.md', '/a/two.html', '/a/notes.json']) {
      expect(grants.has(path), path).toBe(true);
    }
    expect(grants.has('/out/x.json')).toBe(false);
  });
});
