/**
 * jsonPieces (shared/json-pieces.ts): the pieces joined are JSON.stringify's text, for the shapes
 * exports hold and the edges of JSON itself, and a large export never becomes one large string.
 */

import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../shared/json-pieces';
import { serializeExport, serializeExportPieces } from '../../../shared/export-format';

const arabic = 'قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة';

/** An export-shaped value: articles with a long text and many annotations (Arabic quotes), 4 levels deep. */
function exportLike(annotations: number) {
  return {
    format: 'hamish',
    version: 2,
    taxonomy: { types: [{ id: 'actor', label: { ar: 'فاعل', en: 'Actor' } }] },
    articles: [
      {
        id: 'a1',
        text: arabic.repeat(2_000),
        blocks: [{ kind: 'p', start: 0, end: 10 }],
        annotations: Array.from({ length: annotations }, (_, i) => ({
          id: `n${i}`,
          start: i,
          end: i + 5,
          quote: arabic.slice(i % 20, 20 + (i % 20)),
          tag: 'actor.person',
          note: i % 3 === 0 ? undefined : `ملاحظة ${i}`,
          nested: { deeper: [1, { deepest: [] }] },
        })),
      },
      { id: 'a2', annotations: [], claims: [{}] },
    ],
  };
}

const joined = (value: unknown, indent: number, size?: number) =>
  [...jsonPieces(value, indent, size)].join('');

describe('jsonPieces', () => {
  it.each([0, 2, 4])(
    'joins to JSON.stringify of an export-shaped value (indent %i, small and default pieces)',
    (indent) => {
      const value = exportLike(700);
      const expected = JSON.stringify(value, null, indent);
      expect(joined(value, indent)).toBe(expected);
      expect(joined(value, indent, 100)).toBe(expected);
    },
  );

  it('matches JSON.stringify on the edges: empty containers, absent members, null in arrays, toJSON, primitives', () => {
    const fn = () => 1;
    const values: unknown[] = [
      {},
      [],
      { a: undefined, b: fn, c: Symbol('x') },
      [undefined, fn, null, NaN, Infinity, -0, true, 'نص'],
      { when: new Date(Date.UTC(2026, 11, 2)), list: [new Date(0)] },
      { a: [[[[[{ deep: [[1]] }]]]]], e: {}, f: [] },
      { toJSON: () => ({ replaced: [1, 2] }) },
      'just a string',
      42,
      null,
      { '"quoted" key': 'line\nbreak\ttab\u2028', مفتاح: 'قيمة' },
    ];
    for (const value of values) {
      for (const indent of [0, 2, 11])
        expect(joined(value, indent, 3)).toBe(JSON.stringify(value, null, indent));
    }
    expect([...jsonPieces(undefined)]).toEqual([]);
  });

  it('cuts a long text between pieces, never inside a surrogate pair, and escapes lone surrogates as JSON.stringify does', () => {
    const text = `${'😀'.repeat(50)}a${'😀'.repeat(50)}\ud800x\udc00${'ع'.repeat(37)}`;
    for (const size of [2, 3, 7, 16]) {
      const value = { articles: [{ text }] };
      expect(joined(value, 2, size)).toBe(JSON.stringify(value, null, 2));
      expect(joined(text, 0, size)).toBe(JSON.stringify(text));
    }
  });

  it('throws a TypeError on a cycle, as JSON.stringify does', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped['self'] = { back: looped };
    expect(() => [...jsonPieces(looped, 2)]).toThrow(TypeError);
  });

  it('never makes one large string of a large export: 10,000 annotations come in pieces of at most ~64k characters', () => {
    const value = exportLike(10_000);
    const pieces = [...serializeExportPieces(value, true)];
    expect(pieces.join('')).toBe(serializeExport(value, true));
    expect(pieces.length).toBeGreaterThan(50);
    // Two-byte strings over ~64k characters go to V8's large-object space: fresh memory every time.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(64_000);
  });
});
