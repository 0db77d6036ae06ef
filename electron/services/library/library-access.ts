/**
 * How a Library uses its folder (DESIGN.md "Storage", one writer per
 * library): the open options, the access mode (the folder's lock, or
 * read-only with no lock and no writes), the one writing Library of each
 * folder in this process (a newer open supersedes the older), and why writes
 * are refused while the library is open (closed, read-only, superseded, or
 * the lock lost).
 */

import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppFailure } from '../../../shared/result';
import { persist } from './library-files';
import { lockLibrary, type LibraryLock, type LockRequest } from './library-lock';

export interface LibraryOptions {
  /** Text file added as the first article when the library is created. */
  samplePath?: string;
  /** Clock for timestamps (tests). */
  now?: () => Date;
  /** Delay before a derived index change (annotation counts) is written; default 300 ms. */
  indexDebounceMs?: number;
  /** Make today's backup on open if there is none yet (default true). */
  dailyBackup?: boolean;
  /** Journal lines an article gathers before they are folded into its annotations file (default 256; tests). */
  journalLimit?: number;
  /**
   * How this process may use the folder (default: take the lock as "library").
   * A lock request takes the library's lock (library-lock.ts) for as long as
   * the library is open; 'read-only' takes no lock and writes nothing, for
   * reading while another process holds it.
   */
  access?: LockRequest | 'read-only';
  /**
   * The local coder (issue 20): recorded as `author` on every annotation and
   * claim this library creates, and the coder of those without one. Asked at
   * each creation, so a changed preference applies at once. Default: none.
   */
  coder?: () => string | undefined;
}

/** One Library's use of its folder: its lock (none when read-only) and whether it may write now. */
export class LibraryAccess {
  /** The writing access of each folder in this process (by resolved path). */
  private static readonly writers = new Map<string, LibraryAccess>();
  /** Set while the library is closed or being restored: every change is refused. */
  closed = false;
  /** Finishes the owning Library's running writes; set by register(). */
  private settle: () => Promise<void> = () => Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly lock: LibraryLock | null,
    private refusal: () => string | null,
  ) {}

  /** Access that takes no lock and refuses every change (another process is writing). */
  static readOnly(dir: string): LibraryAccess {
    const why = `The library ${dir} is open read-only: another Hamish process is writing to it.`;
    return new LibraryAccess(dir, null, () => why);
  }

  /**
   * Writing access: creates `dir`, supersedes this process's older writer of
   * it, then takes the folder's lock (library-lock.ts; AppFailure('busy')
   * naming the holder when another process has it). A lock lost later makes
   * every change refused, with the reason logged.
   */
  static async writer(dir: string, request: LockRequest): Promise<LibraryAccess> {
    await persist(dir, () => mkdir(dir, { recursive: true }));
    await LibraryAccess.writers.get(resolve(dir))?.supersede();
    let lost: string | null = null;
    const lock = await lockLibrary(dir, {
      ...request,
      onCompromised: (error) => {
        lost = `The library ${dir} lost its lock (${error.message}); nothing more is written.`;
        console.error(lost);
      },
    });
    return new LibraryAccess(dir, lock, () => lost);
  }

  /** True when this access holds no lock (read-only). */
  get readOnly(): boolean {
    return this.lock === null;
  }

  /** Makes this the folder's writer in this process; `settle` finishes the Library's running writes. */
  register(settle: () => Promise<void>): void {
    this.settle = settle;
    LibraryAccess.writers.set(resolve(this.dir), this);
  }

  /** Lets go of the lock (idempotent). */
  unlock(): Promise<void> {
    return this.lock?.release() ?? Promise.resolve();
  }

  /** Lets go of the lock and, if this is the folder's writer, of that place. */
  async release(): Promise<void> {
    await this.unlock();
    if (LibraryAccess.writers.get(resolve(this.dir)) === this)
      LibraryAccess.writers.delete(resolve(this.dir));
  }

  /** Throws AppFailure('internal') while closed, AppFailure('busy') while writes are refused. */
  assertOpen(): void {
    if (this.closed) throw new AppFailure('internal', 'The library is closed');
    const refusal = this.refusal();
    if (refusal) throw new AppFailure('busy', refusal, { file: this.dir });
  }

  /**
   * Hands the folder to a newer Library of this process (tests reopen a
   * folder without closing it): finishes this one's writes, then refuses
   * every change and lets go of the lock, so the folder keeps one writer.
   */
  private async supersede(): Promise<void> {
    const why = `This Library of ${this.dir} was superseded by a newer one in the same process.`;
    this.refusal = () => why;
    await this.settle();
    await this.unlock();
    LibraryAccess.writers.delete(resolve(this.dir));
  }
}
