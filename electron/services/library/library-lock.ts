/**
 * One writer per library folder, across processes: the app and every
 * writing `hamish` command take this lock before they open a library for
 * writing, so two processes never rewrite the same file. The lock is
 * proper-lockfile's lock directory `library.lock` inside the library folder
 * (its mtime refreshed every few seconds; one left by a crash goes stale and
 * is taken over); who holds it (pid, host, command, since when) is written to
 * `library-lock.json`, a sidecar only the holder writes (and removes before
 * it lets go), so a refused process can say who holds it and since when.
 * A sidecar left behind therefore names a holder that died holding the lock;
 * a lock with no sidecar is one whose holder has not written it yet, or died
 * before it could (taken over only once 5 s old: the first is far likelier).
 */

import { readFile, rm, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppFailure } from '../../../shared/result';
import { writeFileAtomic } from '../storage/atomic-write';

/** The lock directory proper-lockfile creates inside the library folder. */
export const LOCK_NAME = 'library.lock';
/** The sidecar that names the holder. */
export const HOLDER_NAME = 'library-lock.json';
/** A lock whose mtime is older than this (ms) is stale: its holder died. Refreshed every half of it. */
const STALE_MS = 10_000;
/**
 * A lock whose sidecar names a dead holder, younger than this (ms), is left
 * alone: another process may have just taken it over (it removes the dead
 * sidecar first, so the lock is then one with no sidecar).
 */
const DEAD_LOCK_MS = 300;
/**
 * A lock with no sidecar younger than this (ms) is left alone: its holder
 * may not have written it yet (on a loaded machine the sidecar's fsync can
 * take far more than 300 ms, and a live holder's lock was then taken over).
 * Half the stale time: the pace at which a live holder refreshes the lock.
 */
const NAMELESS_LOCK_MS = STALE_MS / 2;
/** How long `wait` keeps trying (ms) before giving up. */
const WAIT_MS = 10 * 60 * 1000;

/** Who holds a library's lock (library-lock.json). */
export interface LockHolder {
  pid: number;
  host: string;
  /** "app" or the command line, e.g. "hamish import-annotations". */
  command: string;
  /** ISO 8601 date-time the lock was taken. */
  since: string;
}

export interface LockRequest {
  /** What is taking the lock, e.g. "app", "hamish import" (recorded for the one refused). */
  command: string;
  /** Wait for the holder to let go instead of refusing at once (default false). */
  wait?: boolean;
  /** How long to wait at most, in ms (default ten minutes). */
  waitMs?: number;
  /** Called if the lock is lost while held (its folder removed, or not refreshed in time). */
  onCompromised?: (error: Error) => void;
}

/** A held lock; `release()` lets go (idempotent). */
export interface LibraryLock {
  readonly holder: LockHolder;
  release(): Promise<void>;
}

/** Reads the sidecar naming the holder; null when it is missing or unreadable. */
export async function readLockHolder(dir: string): Promise<LockHolder | null> {
  try {
    const json = JSON.parse(await readFile(join(dir, HOLDER_NAME), 'utf8')) as Partial<LockHolder>;
    if (typeof json.pid !== 'number' || typeof json.command !== 'string') return null;
    return { pid: json.pid, host: String(json.host), command: json.command, since: String(json.since) };
  } catch {
    return null;
  }
}

/** Whether the library in `dir` is locked by a live holder (its lock is not stale). */
export function isLibraryLocked(dir: string): Promise<boolean> {
  return lockfile.check(dir, { lockfilePath: join(dir, LOCK_NAME), stale: STALE_MS, realpath: false });
}

/** The sentence a refused process prints: who holds the lock and since when. */
export function describeHolder(dir: string, holder: LockHolder | null): string {
  if (!holder) return `The library ${dir} is in use by another Hamish process.`;
  const who = holder.command === 'app' ? 'the Hamish app' : `"${holder.command}"`;
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return (
    `The library ${dir} is in use by ${who} (process ${holder.pid}${where}) since ${holder.since}. ` +
    'Close it or wait for it to finish, or run the command again with --wait.'
  );
}

/** Whether process `pid` is alive on this machine. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The sentence for a library folder that cannot be written, or null for other errors. */
export function describeAccessError(dir: string, error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EROFS') return `The library folder ${dir} is on a read-only disk.`;
  if (code === 'EACCES' || code === 'EPERM') {
    return `The library folder ${dir} is read-only (no permission to write there).`;
  }
  return null;
}

function tryLock(dir: string, request: LockRequest, retries: number, stale = STALE_MS) {
  return lockfile.lock(dir, {
    lockfilePath: join(dir, LOCK_NAME),
    realpath: false,
    stale,
    update: STALE_MS / 2,
    retries: retries > 0 ? { retries, minTimeout: 100, maxTimeout: 1000, factor: 1.5 } : 0,
    onCompromised: request.onCompromised ?? ((error) => console.error('library lock lost', error)),
  });
}

const isLocked = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOCKED';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const sameHolder = (a: LockHolder | null, b: LockHolder | null) =>
  a === b || (!!a && !!b && a.pid === b.pid && a.since === b.since);

/**
 * Takes over a lock whose holder died on this machine (a crash or a kill):
 * `dead` is the holder its sidecar names, or null when there is no sidecar
 * (the holder died between taking the lock and writing it, or has not
 * written it yet). The lock folder is removed only once it is old enough
 * (DEAD_LOCK_MS with a dead holder named, NAMELESS_LOCK_MS with none) and
 * the sidecar still says the same; a dead holder's sidecar is removed
 * first, so a process arriving meanwhile sees a lock with no sidecar and
 * leaves it to its new holder. Null when the holder changed or the lock
 * could not be had.
 */
async function takeOverDead(dir: string, request: LockRequest, dead: LockHolder | null) {
  const lockDir = join(dir, LOCK_NAME);
  const oldEnough = dead ? DEAD_LOCK_MS : NAMELESS_LOCK_MS;
  // Given up 2 s (of the monotonic clock) after the lock should have been old enough.
  const giveUp = performance.now() + oldEnough + 2000;
  while (performance.now() < giveUp) {
    if (!sameHolder(await readLockHolder(dir), dead)) return null;
    const age = Date.now() - ((await stat(lockDir).catch(() => null))?.mtimeMs ?? 0);
    if (age >= oldEnough) {
      if (dead) await unlink(join(dir, HOLDER_NAME)).catch(() => undefined);
      await rm(lockDir, { recursive: true, force: true });
      try {
        return await tryLock(dir, request, 0);
      } catch (error) {
        if (!isLocked(error)) throw error;
        return null; // another process took it over first
      }
    }
    await sleep(Math.min(250, oldEnough - age + 10));
  }
  return null;
}

/**
 * Takes the lock of the library folder `dir` (which must exist). Throws
 * AppFailure('busy') naming the holder when another live process holds it
 * (after waiting, with `wait`), AppFailure('storage-failed') saying the folder
 * is read-only when it cannot be written. A lock left by a holder that died
 * on this machine is taken over once 300 ms old (5 s when it died before
 * writing its sidecar); one from elsewhere once stale.
 */
export async function lockLibrary(dir: string, request: LockRequest): Promise<LibraryLock> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new AppFailure('not-found', `The library folder ${dir} does not exist.`, { file: dir });
  }
  let release: (() => Promise<void>) | null = null;
  try {
    release = await tryLock(dir, request, 0);
  } catch (error) {
    const access = describeAccessError(dir, error);
    if (access) throw new AppFailure('storage-failed', access, { file: dir, readOnly: 1 });
    if (!isLocked(error)) throw error;
  }
  if (!release) {
    const holder = await readLockHolder(dir);
    if (!holder || (holder.host === hostname() && !isAlive(holder.pid))) {
      release = await takeOverDead(dir, request, holder);
    }
  }
  if (!release && request.wait) {
    // Each retry waits at most a second: enough tries to cover the wait.
    const tries = Math.ceil((request.waitMs ?? WAIT_MS) / 1000) + 5;
    release = await tryLock(dir, request, tries).catch((error: unknown) => {
      if (!isLocked(error)) throw error;
      return null;
    });
  }
  if (!release) throw new AppFailure('busy', describeHolder(dir, await readLockHolder(dir)), { file: dir });
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: request.command,
    since: new Date().toISOString(),
  };
  try {
    await writeFileAtomic(join(dir, HOLDER_NAME), `${JSON.stringify(holder, null, 2)}\n`);
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
  let released = false;
  const unlock = release;
  return {
    holder,
    async release() {
      if (released) return;
      released = true;
      // The sidecar goes first, while the lock is still held: one left behind always names a dead holder.
      await unlink(join(dir, HOLDER_NAME)).catch(() => undefined);
      await unlock().catch(() => undefined);
    },
  };
}
