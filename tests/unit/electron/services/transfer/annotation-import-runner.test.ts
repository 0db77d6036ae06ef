/**
 * The API's annotation import runner: relays progress to its subscribers,
 * refuses a second import while one runs, and cancelImport's cancel stops a
 * running import before it writes (nothing written).
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationImportRunner } from '../../../../../electron/services/transfer/annotation-import-runner';
import type { AnnotationImportProgress } from '../../../../../shared/export/export-request';
import { SAMPLE_PATH, failureCode, useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, snapshot } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
afterEach(closeLibraries);

async function setUp(n: number) {
  const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
  await library.checkDone;
  const path = join(await tempDir(), 'theirs.hamish.json');
  await writeFile(path, JSON.stringify(await fileWith(library, n)));
  return { library, path, runner: new AnnotationImportRunner(library) };
}

describe('AnnotationImportRunner', () => {
  it('relays progress to subscribers until they unsubscribe, and refuses a second import while one runs', async () => {
    const { library, path, runner } = await setUp(12_000);
    const seen: AnnotationImportProgress[] = [];
    const stop = runner.onProgress((p) => seen.push(p));
    const first = runner.importFile(path, 'keep-both');
    expect(await failureCode(runner.importFile(path, 'keep-both'))).toBe('busy');
    expect(await first).toMatchObject({ annotationsAdded: 12_000 });
    expect(seen.at(-1)).toEqual({ phase: 'done', done: 12_000, total: 12_000 });
    stop();
    const count = seen.length;
    await runner.importFile(path, 'keep-both');
    expect(seen).toHaveLength(count);
    expect(await library.listAnnotations((await library.listArticles())[0]?.id ?? '')).toHaveLength(12_000);
  });

  it('cancel stops the running import before it writes: cancelled, not a byte changed, and the next import runs', async () => {
    const { library, path, runner } = await setUp(20_000);
    await library.flush();
    const before = await snapshot(library.paths.dir);
    const stop = runner.onProgress((p) => {
      if (p.phase === 'checking' && p.done === 10_000) runner.cancel();
    });
    expect(await failureCode(runner.importFile(path, 'take-theirs'))).toBe('cancelled');
    expect(await snapshot(library.paths.dir)).toEqual(before);
    stop();
    runner.cancel(); // nothing running: a no-op
    expect(await runner.importFile(path, 'take-theirs')).toMatchObject({ annotationsAdded: 20_000 });
  });
});
