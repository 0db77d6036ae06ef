/**
 * Rolling backups on real folders with a controlled clock: one per day,
 * seven kept, texts hard-linked, restore vetted first and always preceded by
 * a backup of the current state, so restoring never loses anything.
 */

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { failureCode, fixture, readUtf8, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** Noon (local time) on day `n` of March 2026. */
const day = (n: number) => new Date(2026, 2, n, 12, 0, 0);
const name = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

async function hashTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && !e.parentPath.includes('backups'));
  const out: Record<string, string> = {};
  for (const f of files) {
    const path = join(f.parentPath, f.name);
    out[path.slice(dir.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

async function start(dir: string) {
  const clock = { at: day(1) };
  const library = await Library.open(dir, { now: () => clock.at });
  const meta = await library.addArticle({
    title: 'لقاء في القاهرة',
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  return { clock, library, meta };
}

describe('daily backups', () => {
  it('makes one backup per day at open (none for a brand-new library) and keeps the last seven', async () => {
    const dir = await tempDir();
    const { clock, library, meta } = await start(dir);
    expect(await library.listBackups()).toEqual([]);
    await library.close();
    for (let n = 1; n <= 10; n++) {
      clock.at = day(n);
      const opened = await Library.open(dir, { now: () => clock.at });
      await opened.createAnnotation({ articleId: meta.id, start: n, end: n + 4, tag: 'actor' });
      await opened.close();
      await (await Library.open(dir, { now: () => clock.at })).close(); // a second start the same day adds nothing
    }
    const backups = await library.listBackups();
    expect(backups.map((b) => b.name)).toEqual([10, 9, 8, 7, 6, 5, 4].map(name));
    // Each holds the state at the day's first start: day n has the n - 1 annotations made before it.
    expect(backups.map((b) => [b.articles, b.annotations])).toEqual([9, 8, 7, 6, 5, 4, 3].map((k) => [1, k]));
    const annotations = JSON.parse(
      await readFile(join(dir, 'backups', name(4), 'annotations', `${meta.id}.json`), 'utf8'),
    ) as { annotations: unknown[] };
    expect(annotations.annotations).toHaveLength(3);
  });

  it("makes the next day's backup for a library left open past midnight", async () => {
    const dir = await tempDir();
    const { clock, library, meta } = await start(dir);
    await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    expect(await library.backupIfDue()).toMatchObject({ name: name(1), annotations: 1 });
    expect(await library.backupIfDue()).toBeNull();
    clock.at = day(2);
    expect(await library.backupIfDue()).toMatchObject({ name: name(2), kind: 'daily' });
  });

  it('hard-links the immutable article texts instead of copying them', async () => {
    const dir = await tempDir();
    const { library, meta } = await start(dir);
    await library.close();
    await (await Library.open(dir, { now: () => day(2) })).close();
    const live = await stat(join(dir, 'articles', `${meta.id}.json`));
    const kept = await stat(join(dir, 'backups', name(2), 'articles', `${meta.id}.json`));
    expect(kept.ino).toBe(live.ino);
  });

  it('removes the staging folder of a backup interrupted by a crash', async () => {
    const dir = await tempDir();
    const { library } = await start(dir);
    await library.close();
    await mkdir(join(dir, 'backups', '.staging-0123456789ab', 'annotations'), { recursive: true });
    await (await Library.open(dir, { now: () => day(2) })).close();
    expect(await readdir(join(dir, 'backups'))).toEqual([name(2)]);
  });
});

describe('restore from backup', () => {
  it('brings back an earlier state after saving the current one, which can be restored in turn', async () => {
    const dir = await tempDir();
    const { clock, library, meta } = await start(dir);
    const first = await library.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    await library.close();

    clock.at = day(2);
    const today = await Library.open(dir, { now: () => clock.at });
    const second = await today.createAnnotation({ articleId: meta.id, start: 20, end: 26, tag: 'event' });
    await today.deleteAnnotation(meta.id, first.id);
    const later = await today.addArticle({ title: 'مقالة لاحقة', text: 'نص كُتب بعد النسخة الاحتياطية.' });
    clock.at = new Date(2026, 2, 2, 14, 30, 5);

    const restored = await today.restoreBackup(name(2));
    expect(restored).toEqual({ restored: name(2), savedAs: `${name(2)}-before-restore-143005` });
    expect(await today.listAnnotations(meta.id)).toEqual([first]);
    expect((await today.listArticles()).map((a) => a.id)).toEqual([meta.id]);
    expect((await today.listArticles())[0]?.annotationCount).toBe(1);
    // Still usable after the restore, and the edit is durable.
    await today.updateAnnotation(meta.id, first.id, { tag: 'demand.prisoners' });

    const undo = await today.restoreBackup(restored.savedAs);
    expect(undo).toEqual({ restored: restored.savedAs, savedAs: `${restored.savedAs}-2` });
    expect(await today.listAnnotations(meta.id)).toEqual([second]);
    expect((await today.listArticles()).map((a) => a.id).sort()).toEqual([meta.id, later.id].sort());
    expect((await today.getArticle(later.id)).text).toBe('نص كُتب بعد النسخة الاحتياطية.');
    expect((await today.listBackups()).map((b) => b.kind)).toEqual([
      'before-restore',
      'before-restore',
      'daily',
    ]);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const dir = await tempDir();
    const { clock, library, meta } = await start(dir);
    await library.close();
    clock.at = day(2);
    const today = await Library.open(dir, { now: () => clock.at });
    await today.createAnnotation({ articleId: meta.id, start: 6, end: 11, tag: 'actor' });
    await writeFile(
      join(dir, 'backups', name(2), 'annotations', `${meta.id}.json`),
      '{"version":1,"articleId":"x"}',
    );
    await today.flush(); // the debounced count write is not the restore's doing
    const before = await hashTree(dir);
    expect(await failureCode(today.restoreBackup(name(2)))).toBe('storage-failed');
    expect(await hashTree(dir)).toEqual(before);
    expect((await today.listBackups()).map((b) => b.name)).toEqual([name(2)]);
    expect(await today.listAnnotations(meta.id)).toHaveLength(1);
  });

  it('refuses names that are not backups (path traversal) and unknown backups', async () => {
    const dir = await tempDir();
    const { library } = await start(dir);
    for (const bad of [
      '../../x',
      '../index.json',
      '2026-03-01/../../..',
      '',
      'C:\\\\x',
      '2026-03-01\u0000',
    ]) {
      expect(await failureCode(library.restoreBackup(bad))).toBe('invalid-argument');
    }
    expect(await failureCode(library.restoreBackup('2020-01-01'))).toBe('not-found');
  });
});
