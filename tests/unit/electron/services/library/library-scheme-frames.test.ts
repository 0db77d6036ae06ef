/**
 * Main's side of the claim frames in the tag scheme, on a real library
 * folder: a scheme whose frames have a problem (a frame key the reader uses,
 * a frame with no label) is refused with 'invalid-taxonomy' and an English
 * reason, and taxonomy.json is unchanged; one that drops a type its roles
 * name is saved (any caller may drop a type; the editor asks to fix roles).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { AppFailure } from '../../../../../shared/result';
import type { Taxonomy } from '../../../../../shared/taxonomy';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** The AppFailure `promise` rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<AppFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppFailure)) throw new Error(`expected an AppFailure, got ${String(error)}`);
  return error;
}

describe('claim frames in the saved scheme', () => {
  it('refuses frames with a problem and leaves taxonomy.json as it was', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const file = join(dir, 'taxonomy.json');
    const before = await readFile(file, 'utf8');
    const scheme = await library.getTaxonomy();
    const frames = scheme.frames ?? [];
    const readerKey: Taxonomy = {
      ...scheme,
      frames: frames.map((f, i) => (i === 1 ? { ...f, key: 'E' } : f)),
    };
    const refused = await failure(library.saveTaxonomy(readerKey));
    expect(refused.code).toBe('invalid-taxonomy');
    expect(refused.params).toEqual({ problem: 'frame "Event": key "E" is one of the reader\'s own keys' });
    const unnamed: Taxonomy = {
      ...scheme,
      frames: frames.map((f, i) => (i === 0 ? { ...f, label: { ar: '', en: ' ' } } : f)),
    };
    expect((await failure(library.saveTaxonomy(unnamed))).params).toEqual({
      problem: 'frame "claim": "claim" has no label',
    });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await library.getTaxonomy()).toEqual(scheme);
    await library.close();
  });

  it('saves a scheme that drops a type the frames name, though a frame is left with no required role', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const scheme = await library.getTaxonomy();
    const saved = await library.saveTaxonomy({
      ...scheme,
      types: scheme.types.filter((t) => t.id !== 'event'),
    });
    // Main fits the frames to the types left: the Event frame keeps its two optional roles.
    const event = saved.taxonomy.frames?.find((f) => f.id === 'event');
    expect(event?.roles.map((r) => [r.id, r.required])).toEqual([
      ['agent', false],
      ['target', false],
    ]);
    await library.close();
  });
});
