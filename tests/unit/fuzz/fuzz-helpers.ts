/** Shared pieces of the fast-check fuzz tests: hostile values, a JSON mutator and a folder fingerprint. */

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';

/** Every regular file under `dir` (relative path → SHA-256), to prove nothing changed. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

/** Strings an attacker would try: traversal, prototype keys, control characters, huge ones. */
export const HOSTILE_STRINGS = [
  '../../x',
  '..\\..\\x',
  '../index.json',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%2e%2e%2fx',
  '00000000-0000-4000-8000-000000000000/../../x',
  '00000000-0000-4000-8000-000000000000\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil',
  '',
  'ق'.repeat(300_000),
  'a'.repeat(2_000_000),
];

export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

/** Objects whose own keys are "__proto__", "constructor"… as JSON.parse and IPC structured clone make them. */
export const pollutingObject = fc
  .record({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    value: fc.oneof(fc.jsonValue(), fc.constant({ polluted: true, isAdmin: true })),
    rest: fc.dictionary(
      hostileString.filter((s) => s.length < 50),
      fc.jsonValue(),
      { maxKeys: 3 },
    ),
  })
  .map(({ key, value, rest }) => JSON.parse(JSON.stringify({ ...rest, [key]: value })) as unknown);

/** Any value a renderer could send, and worse. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  pollutingObject,
  fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 3 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, true, Number.NaN, Infinity, -0, 2 ** 53),
  fc.uuid(),
);

/** Nothing leaked onto Object.prototype. */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe['polluted'] === undefined &&
    probe['isAdmin'] === undefined &&
    Object.keys(Object.prototype).length === 0
  );
}

/**
 * A copy of `data` with `value` set at the path `path` picks: each step picks a
 * key (by index, modulo the keys) of the current object or array and goes
 * down it, until a leaf, an empty node, or a step divisible by `stopEvery`,
 * where the value is set.
 */
export function mutateAt(data: unknown, path: number[], value: unknown, stopEvery: number): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as unknown;
  let node: unknown = copy;
  for (const step of path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object' || step % stopEvery === 0) {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}
