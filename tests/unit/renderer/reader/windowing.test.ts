/**
 * The arithmetic behind long articles: which panel rows are in a window
 * (use-virtual-rows) and how many blocks make up a slice of text
 * (use-progressive-blocks), checked against brute force on random heights
 * and on the real sample article's blocks; and when the registered
 * highlights' window of blocks moves (use-block-window).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../../shared/canonical-text';
import { blocksWithin, nextBlockWindow, rowAt, rowOffsets } from '../../../../renderer/src/reader/windowing';

const sample = readFileSync(join(import.meta.dirname, '../../../../resources/sample-article.ar.txt'), 'utf8');

describe('panel windowing', () => {
  it('offsets accumulate the heights, the last being the total', () => {
    expect([...rowOffsets([48, 64, 86, 64])]).toEqual([0, 48, 112, 198, 262]);
    expect([...rowOffsets([])]).toEqual([0]);
  });

  it('rowAt finds the row under any point, as a linear scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (heights, where) => {
          const offsets = rowOffsets(heights);
          const total = offsets[heights.length] ?? 0;
          const y = where * (total - 1);
          const expected = heights.findIndex((_, i) => (offsets[i + 1] ?? 0) > y);
          expect(rowAt(offsets, y)).toBe(expected);
        },
      ),
    );
  });

  it('points past the end land on the last row', () => {
    expect(rowAt(rowOffsets([10, 10, 10]), 10_000)).toBe(2);
  });
});

describe('progressive mounting', () => {
  const { blocks } = canonicalize(sample);

  it('a slice holds whole blocks up to the budget, and at least one', () => {
    const n = blocksWithin(blocks, 0, 500);
    expect(n).toBeGreaterThan(0);
    expect(blocks[n - 1]?.start ?? 0).toBeLessThan(500);
    if (n < blocks.length) expect(blocks[n]?.start ?? 0).toBeGreaterThanOrEqual(500);
    // A budget smaller than one block still moves on by a block.
    expect(blocksWithin(blocks, 3, 1)).toBe(4);
  });

  it('repeated slices reach every block of the real article, in order, and a big budget takes it whole', () => {
    let mounted = blocksWithin(blocks, 0, 800);
    const steps = [mounted];
    while (mounted < blocks.length) {
      mounted = blocksWithin(blocks, mounted, 800);
      steps.push(mounted);
    }
    expect(steps.at(-1)).toBe(blocks.length);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(blocksWithin(blocks, 0, 1e9)).toBe(blocks.length);
  });
});

describe('the registered window of blocks', () => {
  it('starts as the near blocks and as many again on each side, never before block 0', () => {
    expect(nextBlockWindow([0, 9], [0, 0])).toEqual([0, 19]);
    expect(nextBlockWindow([30, 39], [0, 0])).toEqual([20, 49]);
  });

  it('stays put while the near blocks are inside it, even when fewer of them are near', () => {
    // A tall paragraph took the place of three short ones: the old rule re-registered here.
    expect(nextBlockWindow([32, 38], [20, 49])).toBeNull();
    expect(nextBlockWindow([40, 49], [20, 49])).toBeNull();
  });

  it('moves ahead when the near blocks leave it, and narrows when it is far wider than they are', () => {
    expect(nextBlockWindow([41, 50], [20, 49])).toEqual([31, 60]);
    expect(nextBlockWindow([35, 36], [20, 49])).toEqual([33, 38]);
  });

  it('over a scroll in steps, changes once per span of blocks, not on every step', () => {
    // A real article's near blocks: 8 to 11 of them as paragraph heights vary, moving one block a step.
    let shown: [number, number] = [0, 0];
    let changes = 0;
    for (let step = 0; step < 200; step++) {
      const near: [number, number] = [step, step + 8 + (step % 4)];
      const next = nextBlockWindow(near, shown);
      if (next) {
        shown = next;
        changes++;
      }
      expect(shown[0]).toBeLessThanOrEqual(near[0]);
      expect(shown[1]).toBeGreaterThanOrEqual(near[1]);
    }
    expect(changes).toBeLessThanOrEqual(200 / 8 + 1);
  });
});
