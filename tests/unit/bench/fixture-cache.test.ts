/** The bench's fixture cache: a folder per key, built once in a side folder, reused after, never left half-built. */

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchCacheRoot, cachedFixture, copyFixture, fixtureKey } from '../../../bench/fixture-cache';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-fixture-cache-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('fixture cache', () => {
  it('builds a fixture once, in an empty folder, and reuses it on the next call', async () => {
    const seen: string[][] = [];
    const make = async (dir: string) => {
      seen.push(await readdir(dir));
      await writeFile(join(dir, 'مقال.txt'), 'نص المقال');
    };
    const first = await cachedFixture('key-a', make, root);
    const second = await cachedFixture('key-a', make, root);
    expect(first).toEqual({ dir: join(root, 'key-a'), built: true });
    expect(second).toEqual({ dir: join(root, 'key-a'), built: false });
    expect(seen).toEqual([[]]);
    expect(await readFile(join(first.dir, 'مقال.txt'), 'utf8')).toBe('نص المقال');
    // Built beside the key and renamed into place: no side folder is left.
    expect(await readdir(root)).toEqual(['key-a']);
  });

  it('leaves nothing under the key when the maker fails, so the next call builds again', async () => {
    const failing = async (dir: string) => {
      await writeFile(join(dir, 'half.json'), '{');
      throw new Error('disk full');
    };
    await expect(cachedFixture('key-b', failing, root)).rejects.toThrow('disk full');
    expect(existsSync(join(root, 'key-b'))).toBe(false);
    expect(await readdir(root)).toEqual([]);
    const again = await cachedFixture('key-b', async () => {}, root);
    expect(again).toEqual({ dir: join(root, 'key-b'), built: true });
  });

  it('keys a fixture by its name, its parameters and its sources, for this checkout', () => {
    const a = fixtureKey('storage-b6', { n: 10_000 }, ['corpus.ts']);
    expect(a).toMatch(/^storage-b6-10000-[0-9a-f]{12}$/u);
    expect(fixtureKey('storage-b6', { n: 10_000 }, ['corpus.ts'])).toBe(a);
    expect(fixtureKey('storage-b6', { n: 200 }, ['corpus.ts'])).toBe(`storage-b6-200-${a.slice(-12)}`);
    // Another set of sources hashes differently.
    expect(fixtureKey('storage-b6', { n: 10_000 }, ['corpus.ts', 'news-text.ts']).slice(-12)).not.toBe(
      a.slice(-12),
    );
    expect(() => fixtureKey('x', {}, ['no-such-file.ts'])).toThrow(/ENOENT/u);
  });

  it('lives under BENCH_CACHE_DIR when it is set, else under the temporary folder', () => {
    const before = process.env['BENCH_CACHE_DIR'];
    try {
      process.env['BENCH_CACHE_DIR'] = root;
      expect(benchCacheRoot()).toBe(root);
      delete process.env['BENCH_CACHE_DIR'];
      expect(benchCacheRoot()).toBe(join(tmpdir(), 'hamish-bench-cache'));
    } finally {
      if (before === undefined) delete process.env['BENCH_CACHE_DIR'];
      else process.env['BENCH_CACHE_DIR'] = before;
    }
  });

  it("copies a folder with its files' modification times, and never into an existing folder", async () => {
    const from = join(root, 'مكتبة');
    await mkdir(join(from, 'articles'), { recursive: true });
    await writeFile(join(from, 'articles', 'مقال.json'), '{"text":"نص المقال"}');
    await writeFile(join(from, 'index.json'), '{}');
    const old = new Date('2026-11-30T10:00:00Z');
    await utimes(join(from, 'articles', 'مقال.json'), old, old);
    const to = join(root, 'نسخة');
    await copyFixture(from, to);
    expect((await readdir(to)).sort()).toEqual(['articles', 'index.json']);
    expect(await readFile(join(to, 'articles', 'مقال.json'), 'utf8')).toBe('{"text":"نص المقال"}');
    // The same mtime: a check stamp taken on the cached file still holds for the copy.
    expect((await stat(join(to, 'articles', 'مقال.json'))).mtimeMs).toBe(old.getTime());
    await expect(copyFixture(from, to)).rejects.toThrow(/exists already/);
    expect((await readdir(to)).sort()).toEqual(['articles', 'index.json']);
  });
});
