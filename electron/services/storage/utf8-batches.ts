/**
 * Pieces of text or bytes gathered into large UTF-8 batches for a file write: a 10,000-annotation
 * export comes from its serialiser in ~300 pieces of ~16k characters, and a write per piece cost
 * more than the writing itself (bench/README.md, "Exporting 10,000 annotations (B9)"). Batches are
 * views of two buffers taken in turn from a small pool kept between writes, so their memory is
 * not new (on this VM a fresh page costs more than filling it).
 */

/** Bytes in one batch (the last one of a write may hold fewer). */
export const BATCH_BYTES = 256 * 1024;

/** Buffers of BATCH_BYTES returned by finished writes, for the next ones (at most POOL_SIZE kept). */
const pool: Uint8Array[] = [];
const POOL_SIZE = 4;

/**
 * Two batch buffers for one write, and their return to the pool once the write is over (call
 * `release` once; the batches must not be used after it).
 */
export function takeBatchBuffers(): { buffers: [Uint8Array, Uint8Array]; release: () => void } {
  const buffers: [Uint8Array, Uint8Array] = [
    pool.pop() ?? new Uint8Array(BATCH_BYTES),
    pool.pop() ?? new Uint8Array(BATCH_BYTES),
  ];
  return {
    buffers,
    release: () => {
      for (const buffer of buffers) if (pool.length < POOL_SIZE) pool.push(buffer);
    },
  };
}

/**
 * `pieces` as UTF-8 bytes in batches that fill `buffers` (used in turn): every batch but the last
 * is full (but for up to 3 bytes, too few for the next character). Each text piece is encoded as Buffer.from would encode it alone (a surrogate pair cut
 * between two pieces becomes two U+FFFD), a pair is never cut between two batches, and text is
 * never joined first. A batch is a view of one of the two buffers: it stays valid until the batch
 * after the next is asked for (so it can be written while the next one is made).
 */
export function* utf8Batches(
  pieces: Iterable<string | Uint8Array>,
  buffers: readonly [Uint8Array, Uint8Array],
): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let [batch, other] = buffers;
  let filled = 0;
  const full = () => {
    const done = batch.subarray(0, filled);
    [batch, other] = [other, batch];
    filled = 0;
    return done;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      let rest = piece;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, batch.subarray(filled));
        filled += written;
        if (read === rest.length) break;
        // Full, or too little room left for the next character (up to 4 bytes): on to the other buffer.
        yield full();
        rest = rest.slice(read);
      }
    } else {
      for (let at = 0; at < piece.length;) {
        const n = Math.min(piece.length - at, batch.length - filled);
        batch.set(piece.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === batch.length) yield full();
      }
    }
    if (filled === batch.length) yield full();
  }
  if (filled > 0) yield full();
}
