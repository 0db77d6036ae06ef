/**
 * Paths the user chose in this session, and only those, may be read when the
 * renderer names them. Main records every path an open dialog returns and
 * every path the preload reports for a dropped file (webUtils.getPathForFile,
 * which the page cannot call or fake: it only has File objects); `importPaths`
 * refuses any other path. Nothing is kept across restarts.
 */

import { isAbsolute, resolve } from 'node:path';
import type { ApiHandlers } from '../shared/ipc-contract';
import { AppFailure } from '../shared/result';

/** The set of granted absolute paths (compared after `path.resolve`). */
export class PathGrants {
  readonly #granted = new Set<string>();

  /** Grants `path`; relative or empty paths are ignored. */
  grant(path: string): void {
    if (path && isAbsolute(path)) this.#granted.add(resolve(path));
  }

  /** Whether `path` (absolute) was granted in this session. */
  has(path: string): boolean {
    return isAbsolute(path) && this.#granted.has(resolve(path));
  }
}

/** The dialogs whose answers are paths main will read. */
const READ_DIALOGS = [
  'chooseTextFile',
  'chooseImportFiles',
  'chooseImportFolder',
  'chooseImportFile',
] as const;

type PathAnswer = string | string[] | null;

/**
 * Returns `dialogs` with each open dialog (READ_DIALOGS) wrapped so that the
 * path(s) the user picks are granted before they are returned.
 */
export function grantingDialogs<D extends object>(dialogs: D, grants: PathGrants): D {
  const wrapped = { ...dialogs } as Record<string, unknown>;
  for (const name of READ_DIALOGS) {
    const choose = wrapped[name];
    if (typeof choose !== 'function') continue;
    wrapped[name] = async (...args: unknown[]): Promise<PathAnswer> => {
      const answer = (await (choose as (...a: unknown[]) => Promise<PathAnswer>)(...args)) ?? null;
      for (const path of typeof answer === 'string' ? [answer] : (answer ?? [])) grants.grant(path);
      return answer;
    };
  }
  return wrapped as D;
}

/**
 * Returns `api` with `importPaths` and `importQdpx` refusing (AppFailure invalid-argument,
 * field "paths", nothing read) any path not granted in this session.
 */
export function guardPathReads(api: ApiHandlers, grants: PathGrants): ApiHandlers {
  return {
    ...api,
    importPaths: (paths) => {
      const refused = paths.find((path) => !grants.has(path));
      if (refused !== undefined) {
        throw new AppFailure('invalid-argument', `Not chosen by the user in this session: ${refused}`, {
          field: 'paths',
        });
      }
      return api.importPaths(paths);
    },
    importQdpx: (path, choices, onConflict) => {
      if (!grants.has(path)) {
        throw new AppFailure('invalid-argument', `Not chosen by the user in this session: ${path}`, {
          field: 'path',
        });
      }
      return api.importQdpx(path, choices, onConflict);
    },
  };
}
