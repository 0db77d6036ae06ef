/**
 * @vitest-environment node
 * dir-names.ts: a folder's names read in batches are exactly readdir's (a
 * real folder of Arabic and UUID names, a batch size that does not divide
 * their count), and a missing folder or a file gives none, as readdir's
 * failure did.
 */

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirNames } from '../../../../../electron/services/storage/dir-names';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

describe('dirNames', () => {
  it('gives readdir’s names, batch after batch', async () => {
    const dir = await tempDir();
    const names = [...Array.from({ length: 250 }, () => `${randomUUID()}.json`), 'مقال.txt', 'sub'];
    for (const name of names.slice(0, -1)) await writeFile(join(dir, name), '{}');
    await mkdir(join(dir, 'sub'));
    const read = await dirNames(dir, 16);
    expect(read.length).toBe(252);
    expect([...read].sort()).toEqual([...(await readdir(dir))].sort());
    expect([...read].sort()).toEqual([...names].sort());
  });

  it('gives none for a missing folder or a file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'file.json'), '{}');
    expect(await dirNames(join(dir, 'missing'))).toEqual([]);
    expect(await dirNames(join(dir, 'file.json'))).toEqual([]);
  });
});
