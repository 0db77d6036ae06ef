/**
 * B6's cached fixture: generated once, and before each use brought back to a
 * library never opened (what a real first start adds is removed), or found
 * changed and then rebuilt. Real Library opens on real files.
 */

import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetToUnopened, b6Fixture, writeB6Fixture } from '../../../bench/storage-fixture';
import { Library } from '../../../electron/services/library/library';

const N = 12;
let root: string;
let before: string | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-storage-fixture-'));
  before = process.env['BENCH_CACHE_DIR'];
  process.env['BENCH_CACHE_DIR'] = root;
});

afterEach(async () => {
  if (before === undefined) delete process.env['BENCH_CACHE_DIR'];
  else process.env['BENCH_CACHE_DIR'] = before;
  await rm(root, { recursive: true, force: true });
});

/** Opens the library the way B6's first start does (daily backup due), lets its check finish, closes it. */
async function firstStart(libDir: string): Promise<void> {
  const library = await Library.open(libDir);
  await library.checkDone;
  await library.close();
}

describe('B6 fixture', () => {
  it('writes a library of n Arabic articles and the one-big-file baseline holding them all', async () => {
    const dir = join(root, 'f');
    await writeB6Fixture(dir, N);
    const lib = join(dir, 'library');
    expect((await readdir(join(lib, 'articles'))).length).toBe(N);
    const big = JSON.parse(await readFile(join(dir, 'everything.json'), 'utf8')) as {
      articles: { meta: { title: string }; text: string }[];
    };
    expect(big.articles).toHaveLength(N);
    expect(big.articles[3]?.meta.title).toBe('مقال رقم 3 عن تبادل الأسرى');
    expect(big.articles[0]?.text).toMatch(/[\u0600-\u06FF]/u);
    const library = await Library.open(lib, { dailyBackup: false });
    await library.checkDone;
    expect(library.allMeta()).toHaveLength(N);
    expect(library.startupReport().complete).toBe(true);
    await library.close();
  });

  it('undoes what a first start added, so the next open is a first start again', async () => {
    const dir = join(root, 'f');
    await writeB6Fixture(dir, N);
    const lib = join(dir, 'library');
    const pristine = (await readdir(lib)).sort();
    await firstStart(lib);
    // A real first start made a daily backup and the index head (check stamps too, for files older than
    // the racy window: not these, written a moment ago).
    expect((await readdir(lib)).filter((e) => e !== 'check-stamps.tsv').sort()).toEqual(
      [...pristine, 'backups', 'index.head.json'].sort(),
    );
    await writeFile(join(lib, 'check-stamps.tsv'), '');
    expect(await resetToUnopened(dir, N)).toBe(true);
    expect((await readdir(lib)).sort()).toEqual(pristine);
    await firstStart(lib);
    expect(existsSync(join(lib, 'backups'))).toBe(true);
  });

  it('refuses (changing nothing) a library holding anything else, missing an article, or with another index.json', async () => {
    const dir = join(root, 'f');
    await writeB6Fixture(dir, N);
    const lib = join(dir, 'library');
    await firstStart(lib);

    await writeFile(join(lib, 'stray.json'), '{}');
    expect(await resetToUnopened(dir, N)).toBe(false);
    expect(existsSync(join(lib, 'index.head.json'))).toBe(true);
    expect(existsSync(join(lib, 'backups'))).toBe(true);
    await rm(join(lib, 'stray.json'));

    const [victim] = await readdir(join(lib, 'articles'));
    await rm(join(lib, 'articles', victim ?? ''));
    expect(await resetToUnopened(dir, N)).toBe(false);

    const other = join(root, 'g');
    await writeB6Fixture(other, N);
    await appendFile(join(other, 'library', 'index.json'), ' ');
    expect(await resetToUnopened(other, N)).toBe(false);
  });

  it('is generated on first use under BENCH_CACHE_DIR, reused after, and rebuilt when found changed', async () => {
    const first = await b6Fixture(N);
    expect(first.built).toBe(true);
    expect(first.library.startsWith(root)).toBe(true);
    await firstStart(first.library);

    const second = await b6Fixture(N);
    expect(second).toEqual({ ...first, built: false });
    expect(existsSync(join(second.library, 'backups'))).toBe(false);

    await writeFile(join(second.library, 'stray.json'), '{}');
    const third = await b6Fixture(N);
    expect(third.built).toBe(true);
    expect(existsSync(join(third.library, 'stray.json'))).toBe(false);
    expect((await readdir(join(third.library, 'articles'))).length).toBe(N);
  });
});
