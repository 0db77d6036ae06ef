/**
 * Fuzzing the native Hamish JSON import with fast-check: random JSON and
 * strings, truncated exports, and real exports (with texts) with one value
 * replaced by something hostile ("__proto__" keys, "../../x" ids, huge
 * strings, wrong types). A refused file changes nothing in the library; an
 * accepted one leaves every file valid; nothing beside the library changes;
 * no prototype is polluted.
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectExport } from '../../../electron/services/export/export-service';
import { importAnnotations } from '../../../electron/services/transfer/import-service';
import { Library } from '../../../electron/services/library/library';
import { AppFailure } from '../../../shared/result';
import { SAMPLE_PATH } from '../helpers';
import {
  fingerprint,
  HOSTILE_STRINGS,
  hostileString,
  hostileValue,
  mutateAt,
  pollutingObject,
  prototypeIsClean,
} from './fuzz-helpers';

const RUNS = Number(process.env['HAMISH_FUZZ_RUNS'] ?? 250);
let root: string;
let library: Library;
let valid: string;
let tried = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-fuzz-import-'));
  library = await Library.open(join(root, 'library'), { samplePath: SAMPLE_PATH });
  const [sample] = await library.listArticles();
  if (!sample) throw new Error('no sample');
  await library.createAnnotation({ articleId: sample.id, start: 10, end: 20, tag: 'actor' });
  await library.createAnnotation({ articleId: sample.id, start: 30, end: 44, tag: 'demand.prisoners' });
  await library.flush();
  valid = JSON.stringify(await collectExport(library, { includeText: true, generator: 'fuzz' }));
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'sentinel'), 'must stay');
});

afterAll(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
  console.log(`import fuzz: ${tried} hostile files imported`);
});

/** `data` with the value at a random path replaced (objects and arrays walked by index). */
function mutate(data: unknown, path: number[], value: unknown): unknown {
  return mutateAt(data, path, value, 4);
}

const hostileFile = fc.oneof(
  fc.json(),
  fc.string(),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.nat().map((n) => valid.slice(0, n % valid.length)),
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.oneof(hostileValue, hostileString, pollutingObject),
    )
    .map(([path, value]) => JSON.stringify(mutate(JSON.parse(valid), path, value))),
  fc
    .constantFrom('../../x', '..\\..\\x', '/etc/passwd', '__proto__')
    .map((id) => valid.replaceAll(/"id":"[0-9a-f-]{36}"/g, `"id":"${id}"`)),
  pollutingObject.map((o) => JSON.stringify({ ...(JSON.parse(valid) as object), ...(o as object) })),
);

describe('native JSON import of hostile files', () => {
  it('refuses what is invalid without writing anything, and never breaks the library', async () => {
    const outside = await fingerprint(join(root, 'outside'));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        hostileFile,
        fc.constantFrom('keep-both', 'keep-mine', 'take-theirs'),
        async (raw, policy) => {
          tried++;
          const before = await fingerprint(join(root, 'library'));
          let error: unknown = null;
          await importAnnotations(library, raw, policy).catch((e: unknown) => (error = e));
          await library.flush();
          if (error !== null) {
            refused++;
            expect(error).toBeInstanceOf(AppFailure);
            expect((error as AppFailure).code).toBe('invalid-import');
            expect((error as AppFailure).message.length).toBeGreaterThan(0);
            expect(await fingerprint(join(root, 'library'))).toEqual(before);
          }
          expect(prototypeIsClean()).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
    // Whatever was accepted left a library that opens with nothing to quarantine.
    const reopened = await Library.open(join(root, 'library'), { dailyBackup: false });
    await reopened.checkDone;
    expect(reopened.startupReport().quarantined).toEqual([]);
    await reopened.close();
    expect(await fingerprint(join(root, 'outside'))).toEqual(outside);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
