/**
 * The check stamps survive a kill mid-save (a real child process,
 * stamps-writer.ts, SIGKILLed at seeded random moments of its 1st-3rd save, while it saves
 * 20,000 stamps again and again): the file left is always a whole, sealed
 * stamps file of the last acknowledged save or of the one in flight, never
 * a mix; and a torn copy of it (the crash a rename cannot prevent on a
 * disk that lies) is refused whole, never trusted.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_STAMPS_FILE } from '../../../electron/services/library/check/check-stamps';
import { decodeStamps } from '../../../electron/services/library/check/stamps-file';
import { useTempDirs } from '../helpers';
import { useBundles } from '../node-bundle';
import { CRASH_SEED, readAcks, runUntilKilled, seededRandom } from './kill-child';

const KILLS = Number(process.env['HAMISH_CRASH_KILLS'] ?? 200) / 10;
const FILES = 20_000;
const built = useBundles('hamish-stamps-crash-', { writer: 'tests/unit/crash/stamps-writer.ts' }, 60_000);
const tempDir = useTempDirs();

describe('check stamps crash safety', () => {
  it(`leaves a whole stamps file across ${KILLS} SIGKILLs mid-save`, async () => {
    const dir = await tempDir();
    const random = seededRandom(CRASH_SEED);
    /** The round whose stamps the file held after the previous run (null: no file). */
    let onDiskBefore: number | null = null;
    const figures = { kills: KILLS, acks: 0, killsMidSave: 0 };
    for (let k = 0; k < KILLS; k++) {
      // 0-100 ms into its 1st, 2nd or 3rd save, not a time after "ready": timed from ready, a loaded
      // machine's kills could all land before the first save began, and the test checked no save.
      const afterBegins = 1 + (k % 3);
      const run = await runUntilKilled(built.bin.writer, [dir, String(FILES)], {
        delayMs: Math.floor(random() * 100),
        afterBegins,
        name: 'stamps writer',
      });
      const { acks, inFlight } = readAcks<number>(run.lines);
      // Every save begun before the one the kill came into was acknowledged.
      expect(acks.length, `kill ${k}`).toBeGreaterThanOrEqual(afterBegins - 1);
      figures.acks += acks.length;
      if (inFlight !== null) figures.killsMidSave++;
      const bytes = await readFile(join(dir, CHECK_STAMPS_FILE)).catch(() => null);
      const stamps = bytes ? await decodeStamps(bytes) : null;
      // A file that is there is always whole and sealed, all of one save.
      expect(bytes === null || stamps !== null, `kill ${k} (seed ${CRASH_SEED}): a torn file`).toBe(true);
      const sizes = new Set([...(stamps?.values() ?? [])].map(([size]) => size));
      if (stamps) expect([stamps.size, sizes.size]).toEqual([FILES, 1]);
      const onDisk = stamps ? ([...sizes][0] as number) : null;
      // That save is the last acknowledged one (or, none acknowledged, what was there), or the one in flight.
      const allowed = [acks.at(-1) ?? onDiskBefore, ...(inFlight !== null ? [inFlight] : [])];
      expect(allowed, `kill ${k} (seed ${CRASH_SEED})`).toContain(onDisk);
      onDiskBefore = onDisk;
      // Torn anywhere (a disk that lies about a rename): refused whole.
      if (bytes)
        expect(
          await decodeStamps(bytes.subarray(0, 1 + Math.floor(random() * (bytes.length - 2)))),
        ).toBeNull();
    }
    console.log(`stamps crash test: seed ${CRASH_SEED}, ${JSON.stringify(figures)}`);
  }, 600_000);
});
