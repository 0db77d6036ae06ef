/**
 * Paths the user chose in this session, and only those, may be read when the
 * renderer names them. Main records every path an open dialog returns and
 * every path the preload reports for a dropped file (webUtils.getPathForFile,
 * which the page cannot call or fake: it only has File objects); `importPaths`,
 * `importQdpx`, `previewForeign` and `importForeign` refuse any other path. Nothing is kept across restarts.
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
  'chooseQdpxFile',
  'chooseForeignFile',
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

/** Refuses (AppFailure invalid-argument naming `field`, nothing read) a path not granted in this session. */
function requireGranted(grants: PathGrants, path: string, field: string): void {
  if (!grants.has(path)) {
    throw new AppFailure('invalid-argument', `Not chosen by the user in this session: ${path}`, { field });
  }
}

/**
 * Returns `api` with `importPaths`, `importQdpx`, `previewForeign` and
 * `importForeign` refusing (AppFailure invalid-argument, field "paths" or
 * "path", nothing read) any path not granted in this session.
 */
export function guardPathReads(api: ApiHandlers, grants: PathGrants): ApiHandlers {
  return {
    ...api,
    importPaths: (paths) => {
      for (const path of paths) requireGranted(grants, path, 'paths');
      return api.importPaths(paths);
    },
    importQdpx: (path, choices, onConflict) => {
      requireGranted(grants, path, 'path');
      return api.importQdpx(path, choices, onConflict);
    },
    previewForeign: (path, format) => {
      requireGranted(grants, path, 'path');
      return api.previewForeign(path, format);
    },
    importForeign: (path, format, labels, onConflict) => {
      requireGranted(grants, path, 'path');
      return api.importForeign(path, format, labels, onConflict);
    },
  };
}
