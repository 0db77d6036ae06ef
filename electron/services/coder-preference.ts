/**
 * The local coder preference (issue 20), over any small key store (the
 * app's electron-store, the test harness's memory): what getCoder/setCoder
 * answer, and the name the library records on what it creates — the chosen
 * name, else the OS user name.
 */

import { userInfo } from 'node:os';
import { cleanCoderName } from '../../shared/coders';
import type { CoderSetting } from '../../shared/ipc-contract-coders';
import { AppFailure } from '../../shared/result';

/** Where the chosen name is kept (electron-store's key `coder`). */
export interface CoderStore {
  get(): unknown;
  set(name: string): void;
}

/**
 * The OS user's name (os.userInfo().username), else $USER / $USERNAME, else
 * "coder"; cut to a valid coder name.
 */
export function osUserName(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env['USER'] ?? process.env['USERNAME'] ?? '';
  }
  return cleanCoderName(name) ?? 'coder';
}

export class CoderPreference {
  constructor(
    private readonly store: CoderStore,
    private readonly fallback: string = osUserName(),
  ) {}

  /** The chosen name when the store holds a valid one, else null (a damaged value counts as none). */
  private chosen(): string | null {
    const value = this.store.get();
    return typeof value === 'string' ? (cleanCoderName(value) ?? null) : null;
  }

  /** What getCoder answers. */
  setting(): CoderSetting {
    const coder = this.chosen();
    return { coder, suggested: coder ?? this.fallback };
  }

  /** The coder recorded on new annotations and claims: the chosen name, else the OS user name. */
  current(): string {
    return this.chosen() ?? this.fallback;
  }

  /** Stores `name` (trimmed); AppFailure('invalid-argument', field 'coder') for an unusable name, nothing stored. */
  set(name: string): CoderSetting {
    const clean = cleanCoderName(name);
    if (clean === undefined)
      throw new AppFailure(
        'invalid-argument',
        'A coder name is 1 to 200 characters, without control characters',
        {
          field: 'coder',
        },
      );
    this.store.set(clean);
    return this.setting();
  }
}

/** A preference kept in memory only (hosts without electron-store: tests, the harness). */
export function memoryCoder(chosen?: string, fallback?: string): CoderPreference {
  let value: string | undefined = chosen;
  const store = { get: () => value, set: (name: string) => void (value = name) };
  return fallback === undefined ? new CoderPreference(store) : new CoderPreference(store, fallback);
}
