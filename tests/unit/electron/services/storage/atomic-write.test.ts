import { mkdir, open, readdir, readFile, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../../../electron/services/storage/atomic-write';
import { CorruptFileError, JsonFile, openJsonFile } from '../../../../../electron/services/storage/json-file';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it('creates and replaces a file with UTF-8 content', async () => {
    const dir = await tempDir();
    const path = join(dir, 'note.json');
    await writeFileAtomic(path, '{"نص":"أول"}');
    await writeFileAtomic(path, '{"نص":"ثان"}');
    expect(await readFile(path, 'utf8')).toBe('{"نص":"ثان"}');
    expect(await readdir(dir)).toEqual(['note.json']);
  });

  it('serialises concurrent writes to one path: last call wins, the file always parses', async () => {
    const dir = await tempDir();
    const path = join(dir, 'annotations.json');
    await writeFileAtomic(path, JSON.stringify({ n: -1 }));
    let reads = 0;
    const state = { stop: false };
    // A reader polling during the writes must never see a partial file.
    const reader = (async () => {
      while (!state.stop) {
        const parsed = JSON.parse(await readFile(path, 'utf8')) as { n: number };
        expect(parsed.n).toBeGreaterThanOrEqual(-1);
        reads++;
      }
    })();
    const writes = Array.from({ length: 40 }, (_, n) =>
      writeFileAtomic(path, JSON.stringify({ n, pad: 'ق'.repeat(20_000 + n) })),
    );
    await Promise.all(writes);
    state.stop = true;
    await reader;
    expect(reads).toBeGreaterThan(0);
    expect((JSON.parse(await readFile(path, 'utf8')) as { n: number }).n).toBe(39);
    expect(await readdir(dir)).toEqual(['annotations.json']);
  });

  it('resolves writes in call order', async () => {
    const dir = await tempDir();
    const path = join(dir, 'order.txt');
    const done: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((n) => writeFileAtomic(path, String(n)).then(() => done.push(n))));
    expect(done).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects when the folder is gone, and a later write still works', async () => {
    const dir = await tempDir();
    const sub = join(dir, 'gone');
    await mkdir(sub);
    const path = join(sub, 'index.json');
    await writeFileAtomic(path, 'old');
    await rm(sub, { recursive: true });
    await expect(writeFileAtomic(path, 'new')).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(sub);
    await writeFileAtomic(path, 'again');
    expect(await readFile(path, 'utf8')).toBe('again');
  });

  it('rejects when the target is a directory, leaving it and no temp file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'taken');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'keep');
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow();
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('keep');
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });

  it('leaves the old file intact when the rename fails', async () => {
    const dir = await tempDir();
    const path = join(dir, 'index.json');
    await writeFileAtomic(path, '{"v":1}');
    // A failure in the middle of a queue does not affect the writes around it.
    const results = await Promise.allSettled([
      writeFileAtomic(path, '{"v":2}'),
      writeFileAtomic(join(dir, 'missing', 'x.json'), 'x'),
      writeFileAtomic(path, '{"v":3}'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await readFile(path, 'utf8')).toBe('{"v":3}');
    expect(await readdir(dir)).toEqual(['index.json']);
  });
});

describe('writeFileAtomic with pieces', () => {
  it('writes text pieces from a generator, in order, as UTF-8', async () => {
    const dir = await tempDir();
    const path = join(dir, 'export.json');
    function* pieces() {
      yield '{"نص":';
      yield new TextEncoder().encode('"أول');
      yield ' وثان"}';
    }
    await writeFileAtomic(path, pieces());
    expect(await readFile(path, 'utf8')).toBe('{"نص":"أول وثان"}');
    expect(await readdir(dir)).toEqual(['export.json']);
  });

  it('encodes each text piece as Buffer.from would: longer pieces after short ones, pairs, lone surrogates', async () => {
    const dir = await tempDir();
    const path = join(dir, 'pieces.txt');
    const pieces = [
      'ق',
      `${'😀'.repeat(30_000)}هامش`,
      'x\ud800y',
      new Uint8Array([0x41, 0x42]),
      'ع'.repeat(5),
      '',
    ];
    await writeFileAtomic(path, pieces);
    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    expect((await readFile(path)).equals(expected)).toBe(true);
  });

  it('writes ~300 pieces of 16k characters in a write per 256 KB batch, not one per piece', async () => {
    const dir = await tempDir();
    const path = join(dir, 'export.json');
    const pieces = Array.from({ length: 300 }, (_, i) => `${i}:${'قال المتحدث '.repeat(1_365)}`);
    const probe = await open(join(dir, 'probe'), 'w');
    const write = vi.spyOn(Object.getPrototypeOf(probe) as FileHandle, 'write');
    await probe.close();
    try {
      await writeFileAtomic(path, pieces);
      // 9.8 MB: 38 batches (a write that writes less than asked is followed by another).
      expect(write.mock.calls.length).toBeLessThan(45);
    } finally {
      write.mockRestore();
    }
    expect(await readFile(path, 'utf8')).toBe(pieces.join(''));
  });

  it('leaves the old file intact when a piece throws while a batch is being written', async () => {
    const dir = await tempDir();
    const path = join(dir, 'export.json');
    await writeFileAtomic(path, 'old');
    function* failing() {
      for (let i = 0; i < 40; i++) yield 'ه'.repeat(16_384);
      throw new TypeError('Do not know how to serialize a BigInt');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow(TypeError);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['export.json']);
    await writeFileAtomic(path, ['new', ' pieces']);
    expect(await readFile(path, 'utf8')).toBe('new pieces');
  });

  it('leaves the old file intact and no temp file when a piece throws half way', async () => {
    const dir = await tempDir();
    const path = join(dir, 'export.json');
    await writeFileAtomic(path, 'old');
    function* failing() {
      yield 'x'.repeat(100_000);
      throw new TypeError('Converting circular structure to JSON');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow(TypeError);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['export.json']);
  });
});

describe('JsonFile adapter', () => {
  it('reads null for a missing file and round-trips data', async () => {
    const dir = await tempDir();
    const file = new JsonFile<{ title: string }>(join(dir, 'a.json'));
    expect(await file.read()).toBeNull();
    await file.write({ title: 'هامش' });
    expect(await file.read()).toEqual({ title: 'هامش' });
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{\n  "title": "هامش"\n}\n');
  });

  it('throws a clear error for a file that does not parse, and never treats it as empty', async () => {
    const dir = await tempDir();
    const path = join(dir, 'index.json');
    await writeFile(path, '{"articles": [');
    await expect(new JsonFile(path).read()).rejects.toBeInstanceOf(CorruptFileError);
    await expect(openJsonFile(path, { articles: [] })).rejects.toThrow(/index\.json is not valid JSON/);
    expect(await readFile(path, 'utf8')).toBe('{"articles": [');
  });

  it('opens a Low with the default when the file is missing', async () => {
    const dir = await tempDir();
    const { db, existed } = await openJsonFile(join(dir, 'x.json'), { n: 0 });
    expect(existed).toBe(false);
    expect(db.data).toEqual({ n: 0 });
    db.data.n = 5;
    await db.write();
    const again = await openJsonFile(join(dir, 'x.json'), { n: 0 });
    expect(again).toMatchObject({ existed: true, db: { data: { n: 5 } } });
  });
});
