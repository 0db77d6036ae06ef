/**
 * utf8Batches (electron/services/storage/utf8-batches.ts): pieces of text and bytes come out as
 * UTF-8 in full batches of the buffers given (every one but the last full, but for the up to 3
 * bytes a next character did not fit in), each text piece
 * encoded as Buffer.from encodes it, a surrogate pair never cut between batches, and each batch
 * valid until the batch after the next is asked for.
 */

import { describe, expect, it } from 'vitest';
import {
  BATCH_BYTES,
  takeBatchBuffers,
  utf8Batches,
} from '../../../../../electron/services/storage/utf8-batches';

const utf8 = (pieces: readonly (string | Uint8Array)[]) =>
  Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

/** The batches of `pieces` through two buffers of `size` bytes, each copied when the next-but-one is asked for. */
function batchesOf(pieces: readonly (string | Uint8Array)[], size: number): Buffer[] {
  const buffers: [Uint8Array, Uint8Array] = [new Uint8Array(size), new Uint8Array(size)];
  const out: Buffer[] = [];
  let previous: Uint8Array | undefined;
  for (const batch of utf8Batches(pieces, buffers)) {
    // The batch before this one is still intact (it may still be being written).
    if (previous) out.push(Buffer.from(previous));
    previous = batch;
  }
  if (previous) out.push(Buffer.from(previous));
  return out;
}

describe('utf8Batches', () => {
  it('writes an export of ~300 pieces of 16k characters in full batches, not a write per piece', () => {
    const pieces = Array.from({ length: 300 }, (_, i) => `${i}:${'قال المتحدث '.repeat(1_365)}`);
    const { buffers, release } = takeBatchBuffers();
    const sizes = [...utf8Batches(pieces, buffers)].map((b) => b.length);
    release();
    // 9.8 MB in 38 batches of 256 KB (each full but for the room a next character did not fit in).
    expect(sizes.length).toBe(Math.ceil(utf8(pieces).length / (BATCH_BYTES - 3)));
    expect(sizes.slice(0, -1).every((n) => n > BATCH_BYTES - 4)).toBe(true);
  });

  it('joins to the bytes of each piece encoded alone: pairs, lone surrogates, bytes, pieces longer than a batch', () => {
    const pieces = [
      'ق',
      `${'😀'.repeat(3_000)}هامش`,
      'x\ud800',
      '\udc00y',
      new Uint8Array(Array.from({ length: 40 }, (_, i) => 0x41 + (i % 26))),
      'ع'.repeat(5),
      '',
      '\u2028"end"',
    ];
    for (const size of [4, 7, 64, 1_000, 100_000]) {
      const batches = batchesOf(pieces, size);
      expect(Buffer.concat(batches).equals(utf8(pieces))).toBe(true);
      expect(batches.slice(0, -1).every((b) => b.length > size - 4)).toBe(true);
    }
  });

  it('never cuts a character between two batches', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const text = `a${'😀ب'.repeat(500)}`;
    for (const size of [4, 5, 6, 7, 33]) {
      const batches = batchesOf([text], size);
      expect(batches.map((b) => decoder.decode(b)).join('')).toBe(text);
    }
  });

  it('yields nothing for no pieces or only empty ones', () => {
    expect(batchesOf([], 16)).toEqual([]);
    expect(batchesOf(['', new Uint8Array(0)], 16)).toEqual([]);
  });
});
