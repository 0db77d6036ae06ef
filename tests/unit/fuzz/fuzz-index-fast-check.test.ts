/**
 * The fast path that validates index.json on open must never accept what
 * zod would refuse or change: on a real index and on hostile variations of
 * it, whatever the fast path accepts, indexFileSchema accepts unchanged.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainValidIndex } from '../../../electron/services/library/check/index-fast-check';
import { indexFileSchema } from '../../../electron/services/library/library-files';
import { hostileValue, pollutingObject } from './fuzz-helpers';

const META = {
  id: '6d1248e9-50d3-4ede-9021-d1ddf7643d54',
  title: 'ويتكوف مستعد للقاء خليل الحية لبحث تثبيت وقف إطلاق النار',
  source: 'عينة هامش',
  date: '2026-11-25',
  language: 'ar',
  addedAt: '2026-11-25T12:00:00.000Z',
  textSha256: 'a'.repeat(64),
  length: 1234,
  annotationCount: 2,
  status: 'in-progress',
  annotationCounts: { actor: 1, demand: 1 },
};
const INDEX = {
  version: 1,
  seeded: true,
  articles: [META, { ...META, id: 'f8eee0cd-ef6a-4890-b9bd-0ee82c84a1f1' }],
};

/** `value` with the thing at `path` (indices into the keys at each level) replaced by `leaf`. */
function replaceAt(value: unknown, path: number[], leaf: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return leaf;
  const [step = 0, ...rest] = path;
  if (Array.isArray(value)) {
    const items: unknown[] = [...(value as unknown[])];
    const at = step % Math.max(1, items.length);
    items[at] = replaceAt(items[at], rest, leaf);
    return items;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys[step % Math.max(1, keys.length)] ?? 'x';
  copy[key] = replaceAt(copy[key], rest, leaf);
  return copy;
}

describe('index.json fast path', () => {
  it('accepts a real index, exactly as zod returns it', () => {
    expect(isPlainValidIndex(INDEX)).toBe(true);
    expect(indexFileSchema.parse(INDEX)).toEqual(INDEX);
  });

  it('leaves unusual or hostile indexes to zod', () => {
    expect(isPlainValidIndex({ ...INDEX, extra: 1 })).toBe(false);
    expect(
      isPlainValidIndex(JSON.parse('{"version":1,"seeded":true,"articles":[],"__proto__":{"x":1}}')),
    ).toBe(false);
    expect(isPlainValidIndex({ ...INDEX, articles: [{ ...META, id: '../../x' }] })).toBe(false);
    expect(isPlainValidIndex({ ...INDEX, articles: [{ ...META, length: -1 }] })).toBe(false);
  });

  it('never accepts what zod refuses or would change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 4 }),
        fc.oneof(hostileValue, pollutingObject),
        (path, leaf) => {
          const candidate = JSON.parse(JSON.stringify(replaceAt(INDEX, path, leaf))) as unknown;
          if (!isPlainValidIndex(candidate)) return;
          const parsed = indexFileSchema.safeParse(candidate);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(candidate);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
