/**
 * Reading index.json in slices after an open from its head (index-load.ts),
 * so main's event loop never waits on one JSON.parse of the whole list (at
 * 100,000 articles that is tens of MB and hundreds of ms). The file's bytes
 * are scanned for the objects of its `articles` array (structural characters
 * are ASCII, so a UTF-8 byte scan is exact), each parsed and checked on its
 * own, yielding to the event loop every few ms. Only the plain shape the
 * library writes is read this way ({version, seeded, articles: [...]} with
 * entries that index-fast-check.ts passes); anything else answers null and
 * the caller reads the file the full way (zod decides and explains).
 */

import { readFile } from 'node:fs/promises';
import type { ArticleMeta } from '../../../shared/model';
import { Slicer } from '../storage/slicer';
import { isPlainValidMeta } from './check/index-fast-check';
import type { IndexFile } from './library-files';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const COMMA = 0x2c;
const CLOSE_ARRAY = 0x5d;
const KEY = Buffer.from('"articles"');

const isSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The index past whitespace from `at`. */
function skipSpace(bytes: Buffer, at: number): number {
  let i = at;
  while (isSpace(bytes[i])) i++;
  return i;
}

/** The index just past the object starting at `start` (a `{`), or -1 when it does not close. */
function objectEnd(bytes: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN) depth++;
    else if (byte === CLOSE && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top level before the array (`{"version":1,"seeded":…,"articles":[`) and where the array's items start; null if unusual. */
function header(bytes: Buffer): { seeded: boolean; itemsAt: number } | null {
  const key = bytes.indexOf(KEY);
  if (key < 0) return null;
  const bracket = skipSpace(bytes, skipSpace(bytes, key + KEY.length) + 1);
  if (bytes[skipSpace(bytes, key + KEY.length)] !== 0x3a || bytes[bracket] !== 0x5b) return null;
  try {
    const top = JSON.parse(`${bytes.toString('utf8', 0, bracket + 1)}]}`) as Record<string, unknown>;
    const keys = Object.keys(top).sort().join();
    if (keys !== 'articles,seeded,version' || top['version'] !== 1 || typeof top['seeded'] !== 'boolean')
      return null;
    return { seeded: top['seeded'], itemsAt: bracket + 1 };
  } catch {
    return null;
  }
}

/**
 * index.json at `path` read in slices of about `sliceMs` of work each;
 * null when it is not in the plain shape (see the module comment) or cannot
 * be read. Never throws.
 */
export async function readIndexInSlices(path: string, sliceMs = 5): Promise<IndexFile | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  const top = header(bytes);
  if (!top) return null;
  const articles: ArticleMeta[] = [];
  let at = skipSpace(bytes, top.itemsAt);
  const slices = new Slicer(sliceMs);
  while (bytes[at] !== CLOSE_ARRAY) {
    if (articles.length > 0) {
      if (bytes[at] !== COMMA) return null;
      at = skipSpace(bytes, at + 1);
    }
    if (bytes[at] !== OPEN) return null;
    const end = objectEnd(bytes, at);
    if (end < 0) return null;
    let meta: unknown;
    try {
      meta = JSON.parse(bytes.toString('utf8', at, end));
    } catch {
      return null;
    }
    if (!isPlainValidMeta(meta)) return null;
    articles.push(meta as ArticleMeta);
    at = skipSpace(bytes, end);
    if (slices.due) await slices.next();
  }
  at = skipSpace(bytes, at + 1);
  if (bytes[at] !== CLOSE || skipSpace(bytes, at + 1) !== bytes.length) return null;
  return { version: 1, seeded: top.seeded, articles };
}
