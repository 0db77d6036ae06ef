/**
 * The check stamps file's codec (stamps-file.ts): a round trip keeps every
 * stamp exactly (fractional mtimes too); any torn, changed or hostile file is
 * refused whole (fast-check: truncations, flipped bytes, lines appended or
 * rewritten with a correct seal); and 200,000 stamps, as at 100,000
 * articles, are encoded and decoded in many slices, never in one piece.
 */

import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeStamps,
  encodeStamps,
  type Stamp,
} from '../../../../../../electron/services/library/check/stamps-file';
import { turnsDuring } from '../../../../../../bench/event-loop';

const RUNS = Number(process.env['HAMISH_FUZZ_RUNS'] ?? 250);

/** `n` articles' stamps (text and annotations each), with real-looking sizes and ms mtimes. */
function stampsOf(n: number): Map<string, Stamp> {
  const stamps = new Map<string, Stamp>();
  const base = Date.UTC(2026, 10, 30, 8);
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    stamps.set(`articles/${id}.json`, [4_000 + i, base + i * 1.125, base + 86_400_000]);
    stamps.set(`annotations/${id}.json`, [120 + (i % 900), base + i * 7 + 0.5, base + 86_400_001]);
  }
  return stamps;
}

const join = (pieces: Buffer[]) => Buffer.concat(pieces);

/** `body` (header and record lines) sealed as encodeStamps seals it, with `count` records. */
function sealed(body: string, count: number): Buffer {
  const seal = createHash('sha256').update(body).digest('hex');
  return Buffer.from(`${body}end\t${count}\t${seal}\n`);
}

describe('check stamps file', () => {
  it('reads back exactly what it wrote, and an empty set', async () => {
    const stamps = stampsOf(300);
    expect(await decodeStamps(join(await encodeStamps(stamps)))).toEqual(stamps);
    expect(await decodeStamps(join(await encodeStamps(new Map())))).toEqual(new Map());
  });

  it('leaves out a path it could not read back (the file is then verified again)', async () => {
    const stamps = stampsOf(2);
    stamps.set('articles/a\tb.json', [1, 2, 3]);
    stamps.set('../outside.json', [1, 2, 3]);
    const read = await decodeStamps(join(await encodeStamps(stamps)));
    expect([...(read?.keys() ?? [])]).toEqual([...stamps.keys()].slice(0, 4));
  });

  it('refuses a file cut anywhere, with any byte changed, or with a hostile line under a correct seal', async () => {
    const bytes = join(await encodeStamps(stampsOf(20)));
    const line = (file: string, ...numbers: string[]) => `${file}\t${numbers.join('\t')}\n`;
    const header = 'hamish-check-stamps 2\n';
    const ok = line('articles/x.json', '1', '2', '3');
    // A correct seal over lines that do not read: refused whole, never partly trusted.
    for (const [body, count] of [
      [header + ok + ok, 2],
      [header + ok, 2],
      [header + line('articles/x.json', '1', '2'), 1],
      [header + line('articles/x.json', '-1', '2', '3'), 1],
      [header + line('articles/x.json', '1', 'NaN', '3'), 1],
      [header + line('articles/x.json', '1', '2', '1e400'), 1],
      [header + line('articles/x.json', '01', '2', '3'), 1],
      [header + line('quarantine/x.json', '1', '2', '3'), 1],
      [header + line('articles/__proto__/x.json', '1', '2', '3'), 1],
      ['hamish-check-stamps 3\n' + ok, 1],
    ] as const)
      expect(await decodeStamps(sealed(body, count))).toBeNull();
    expect(await decodeStamps(sealed(header + ok, 1))).toEqual(new Map([['articles/x.json', [1, 2, 3]]]));
    expect(await decodeStamps(Buffer.from('{"version":1,"files":{}}\n'))).toBeNull();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), async (cut) => {
        expect(await decodeStamps(bytes.subarray(0, cut))).toBeNull();
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const damaged = Buffer.from(bytes);
          damaged[at] = (damaged[at] as number) ^ flip;
          expect(await decodeStamps(damaged)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('encodes and decodes 200,000 stamps in many slices, main never held for most of the work', async () => {
    const stamps = stampsOf(100_000);
    const written = await turnsDuring(() => encodeStamps(stamps));
    const bytes = join(written.value);
    const read = await turnsDuring(() => decodeStamps(bytes));
    expect(read.value?.size).toBe(200_000);
    expect(read.value?.get([...stamps.keys()][199_999] as string)).toEqual([...stamps.values()][199_999]);
    // Counted, not timed: one synchronous piece lets the loop turn once or twice; in slices of
    // ~5 ms it turns dozens of times. (No wall-clock gap is compared: on a busy machine the OS
    // can pause the process for longer than a slice, which says nothing about the slicing.)
    for (const run of [written, read]) expect(run.turns).toBeGreaterThanOrEqual(10);
  });
});
