/**
 * Taking over the lock of a holder that died, in this process on real temp
 * folders. The crash test once failed here: a writer took the lock folder and
 * was killed before it wrote its sidecar, so the sidecar still named the test
 * process (which had opened and closed the library before, and is alive), and
 * the next open was refused as "in use". A released lock now leaves no
 * sidecar, and a lock with no sidecar is taken over once it is 5 s old
 * (its holder may still be writing the sidecar: a loaded machine's write and
 * fsync once took more than the 300 ms first allowed).
 * A dead holder's lock is taken over at once, not when it goes stale: the
 * clock is held one second after the lock was made, so only the take-over
 * can free it (its staleness, 10 s, never comes), on a busy machine too.
 */

import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HOLDER_NAME,
  LOCK_NAME,
  lockLibrary,
  readLockHolder,
} from '../../../../../electron/services/library/library-lock';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
afterEach(() => vi.useRealTimers());

/** Holds Date.now() (only it: timers stay real) `afterMs` (default one second) after the lock folder in `dir` was made. */
async function holdClockAfterLock(dir: string, afterMs = 1000): Promise<void> {
  const made = (await stat(join(dir, LOCK_NAME))).mtimeMs;
  vi.useFakeTimers({ toFake: ['Date'], now: made + afterMs });
}

describe('library lock take-over', () => {
  it('names the holder while it holds the lock and leaves no sidecar once it lets go', async () => {
    const dir = await tempDir();
    const lock = await lockLibrary(dir, { command: 'hamish import' });
    expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid, command: 'hamish import' });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock whose holder died before writing its sidecar once it is 5 s old, even after a live process let go', async () => {
    const dir = await tempDir();
    await (await lockLibrary(dir, { command: 'library' })).release();
    // What proper-lockfile does first when it locks; the holder is killed right after.
    await mkdir(join(dir, LOCK_NAME));
    // Six seconds on: past the 5 s a holder is given to write its sidecar, short of the 10 s staleness.
    await holdClockAfterLock(dir, 6000);
    const lock = await lockLibrary(dir, { command: 'app' });
    expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid, command: 'app' });
    await lock.release();
  });

  it('takes over a lock whose sidecar names a dead process on this machine', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_NAME));
    const dead = { pid: 2 ** 22 + 17, host: hostname(), command: 'app', since: '2026-01-01T00:00:00.000Z' };
    await writeFile(join(dir, HOLDER_NAME), JSON.stringify(dead));
    await holdClockAfterLock(dir);
    const lock = await lockLibrary(dir, { command: 'hamish import' });
    expect(await readLockHolder(dir)).toMatchObject({ pid: process.pid, command: 'hamish import' });
    await lock.release();
  });

  it('leaves a lock under the same held clock to a holder that is alive: only its death frees it', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_NAME));
    const live = { pid: process.pid, host: hostname(), command: 'app', since: '2026-01-01T00:00:00.000Z' };
    await writeFile(join(dir, HOLDER_NAME), JSON.stringify(live));
    await holdClockAfterLock(dir);
    await expect(lockLibrary(dir, { command: 'hamish import' })).rejects.toThrow(
      `in use by the Hamish app (process ${process.pid})`,
    );
  });

  it('leaves a lock with no sidecar yet to its holder for 5 s: a loaded machine can take a second to write it', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_NAME));
    // One second after the lock was made and still no sidecar: a live holder whose sidecar's write
    // and fsync are slow (the 300 ms once allowed took a live app's lock on a loaded machine).
    await holdClockAfterLock(dir, 1000);
    await expect(lockLibrary(dir, { command: 'hamish import' })).rejects.toThrow(
      'in use by another Hamish process',
    );
    expect(await readdir(dir)).toEqual([LOCK_NAME]);
  });

  it('leaves a young lock to a live holder that writes its sidecar in time, and says who it is', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_NAME));
    const live = { pid: process.pid, host: hostname(), command: 'app', since: new Date().toISOString() };
    // The lock stays young (the clock held at its making): with real time, a sidecar written 100 ms
    // later by a timer and a plain writeFile (read empty while half written) could be seen only
    // after the lock was 300 ms old on a loaded machine, and the live holder's lock was taken over.
    await holdClockAfterLock(dir, 0);
    setTimeout(() => void writeFile(join(dir, HOLDER_NAME), JSON.stringify(live)), 100);
    await expect(lockLibrary(dir, { command: 'hamish import' })).rejects.toThrow(
      `in use by the Hamish app (process ${process.pid})`,
    );
    expect(await readdir(dir)).toContain(LOCK_NAME);
  });
});
