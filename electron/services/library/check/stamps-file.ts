/**
 * The bytes of the check stamps file (check-stamps.tsv, see check-stamps.ts),
 * encoded and decoded in slices so that main's event loop never waits on one
 * piece of work over the whole set (200,000 stamps at 100,000 articles: one
 * JSON.parse or JSON.stringify of them blocked main ~1.2 s, issue 17).
 *
 * Format, UTF-8 text, one record a line:
 *
 *     hamish-check-stamps 2
 *     articles/<id>.json<TAB>size<TAB>mtimeMs<TAB>verifiedAtMs
 *     …
 *     end<TAB><count><TAB><SHA-256 hex of every byte before this line>
 *
 * The last line seals the file: a file cut short, with a changed byte, a line
 * that does not read or a count that differs is not a stamps file at all
 * (decode answers null and the caller starts with no stamps). Paths are
 * relative to the library folder, with `/`; numbers are JavaScript's own
 * shortest round-trip decimals (mtimes may have fractions of a ms).
 */

import { createHash } from 'node:crypto';
import { Slicer } from '../../storage/slicer';

/** [size in bytes, mtimeMs, verifiedAtMs] */
export type Stamp = [number, number, number];

const HEADER = 'hamish-check-stamps 2\n';
const HEADER_BYTES = Buffer.from(HEADER);
const NEWLINE = 0x0a;
/** Bytes hashed between two looks at the clock (~1 ms of SHA-256). */
const HASH_PIECE = 256 * 1024;
/** Lines encoded or decoded between two looks at the clock. */
const LINES_PER_LOOK = 64;
/** A stamped file: `articles/` or `annotations/`, one path segment, `.json`; no tab, newline or backslash. */
const FILE_PATH = /^(?:articles|annotations)\/[^/\\\t\n]+\.json$/;

/** A non-negative finite number written as JavaScript writes it, or null. */
function numberOf(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && String(n) === text ? n : null;
}

/** One record line (without its newline) as [file, stamp], or null when it does not read. */
function recordOf(line: string): [string, Stamp] | null {
  const parts = line.split('\t');
  if (parts.length !== 4 || !FILE_PATH.test(parts[0] as string)) return null;
  const size = numberOf(parts[1]);
  const mtimeMs = numberOf(parts[2]);
  const verifiedAt = numberOf(parts[3]);
  if (size === null || mtimeMs === null || verifiedAt === null) return null;
  return [parts[0] as string, [size, mtimeMs, verifiedAt]];
}

/**
 * `stamps` as the pieces of one stamps file (write them in order), built in
 * slices of about `sliceMs` of work. Entries whose path could not be read
 * back (see FILE_PATH) are left out: the file is then verified again.
 * Entries added to the map meanwhile may or may not be included.
 */
export async function encodeStamps(stamps: ReadonlyMap<string, Stamp>, sliceMs = 5): Promise<Buffer[]> {
  const hash = createHash('sha256');
  const pieces: Buffer[] = [];
  const put = (text: string) => {
    const piece = Buffer.from(text);
    hash.update(piece);
    pieces.push(piece);
  };
  put(HEADER);
  const slices = new Slicer(sliceMs);
  let lines: string[] = [];
  let count = 0;
  for (const [file, [size, mtimeMs, verifiedAt]] of stamps) {
    if (!FILE_PATH.test(file)) continue;
    lines.push(`${file}\t${size}\t${mtimeMs}\t${verifiedAt}\n`);
    count++;
    if (lines.length % LINES_PER_LOOK === 0 && slices.due) {
      put(lines.join(''));
      lines = [];
      await slices.next();
    }
  }
  put(lines.join(''));
  pieces.push(Buffer.from(`end\t${count}\t${hash.digest('hex')}\n`));
  return pieces;
}

/** SHA-256 hex of `bytes`, hashed in slices. */
async function hashInSlices(bytes: Buffer, slices: Slicer): Promise<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += HASH_PIECE) {
    hash.update(bytes.subarray(at, at + HASH_PIECE));
    if (slices.due) await slices.next();
  }
  return hash.digest('hex');
}

/**
 * The stamps in the bytes of a stamps file, decoded in slices of about
 * `sliceMs` of work; null when the bytes are not a whole, sealed stamps file
 * of this version (then none of it may be trusted). Never throws.
 */
export async function decodeStamps(bytes: Buffer, sliceMs = 5): Promise<Map<string, Stamp> | null> {
  if (bytes.length === 0 || bytes[bytes.length - 1] !== NEWLINE) return null;
  if (!bytes.subarray(0, HEADER_BYTES.length).equals(HEADER_BYTES)) return null;
  const sealAt = bytes.lastIndexOf(NEWLINE, bytes.length - 2) + 1;
  if (sealAt < HEADER_BYTES.length) return null;
  const seal = bytes.toString('utf8', sealAt, bytes.length - 1).split('\t');
  const count = numberOf(seal[1]);
  if (seal.length !== 3 || seal[0] !== 'end' || count === null) return null;
  const slices = new Slicer(sliceMs);
  const body = bytes.subarray(0, sealAt);
  if ((await hashInSlices(body, slices)) !== seal[2]) return null;
  const stamps = new Map<string, Stamp>();
  let at = HEADER_BYTES.length;
  while (at < body.length) {
    const end = body.indexOf(NEWLINE, at);
    const record = recordOf(body.toString('utf8', at, end));
    if (!record || stamps.has(record[0])) return null;
    stamps.set(record[0], record[1]);
    at = end + 1;
    if (stamps.size % LINES_PER_LOOK === 0 && slices.due) await slices.next();
  }
  return stamps.size === count ? stamps : null;
}
