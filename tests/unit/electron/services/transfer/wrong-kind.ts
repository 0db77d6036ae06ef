/**
 * For the file-kind tests: the first bytes of a file as the detector reads
 * them, and "Choose file and import…" (the app API's importAnnotations)
 * given files of other kinds: each must be refused naming its kind, with
 * the library's files left byte for byte as they were.
 */

import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { dispatch } from '../../../../../electron/services/api-dispatch';
import { createAppApi } from '../../../../../electron/services/app-api';
import type { createServices } from '../../../../../electron/services/services';
import { SNIFF_BYTES, type FileKind } from '../../../../../electron/services/transfer/file-kind';
import type { Library } from '../../../../../electron/services/library/library';
import { snapshot } from '../../../transfer-helpers';

/** The first SNIFF_BYTES bytes of a file, as the detector reads them. */
export const head = async (path: string) => new Uint8Array(await readFile(path)).subarray(0, SNIFF_BYTES);

/** The app API with `services`, whose import dialog picks what `pick()` returns; the Arabic interface. */
export function pickingApi(services: ReturnType<typeof createServices>, pick: () => string) {
  return createAppApi({
    services,
    dialogs: {
      chooseTextFile: () => Promise.resolve(null),
      chooseExportPath: () => Promise.resolve(null),
      chooseImportFile: () => Promise.resolve(pick()),
    },
    preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
  });
}

/**
 * Gives each of `files` ([kind, path]) to importAnnotations and expects the
 * refusal invalid-import with reason looks-like-<kind>; then `more` (with
 * the API and the way to pick a file) for further checks; then expects the
 * library's folder unchanged.
 */
export async function expectRefusedByKind(
  library: Library,
  services: ReturnType<typeof createServices>,
  files: [FileKind, string][],
  more?: (api: ReturnType<typeof createAppApi>, pick: (path: string) => void) => Promise<void>,
): Promise<void> {
  let picked = '';
  const api = pickingApi(services, () => picked);
  await library.flush();
  const before = await snapshot(library.paths.dir);
  for (const [kind, path] of files) {
    picked = path;
    const result = await dispatch(api, 'importAnnotations', ['keep-both']);
    expect(result, path).toMatchObject({
      ok: false,
      error: { code: 'invalid-import', params: { reason: `looks-like-${kind}`, kind } },
    });
  }
  await more?.(api, (path) => (picked = path));
  expect(await snapshot(library.paths.dir)).toEqual(before);
}
