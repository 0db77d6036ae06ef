/**
 * serializeExportPieces (shared/export-format.ts, through @discoveryjs/json-ext's
 * stringifyChunked): the pieces joined are exactly serializeExport's text, pretty and compact, for
 * the shapes exports hold (Arabic quotes and texts, absent members, dates, astral characters), and
 * a large export is never one large string.
 */

import { describe, expect, it } from 'vitest';
import { serializeExport, serializeExportPieces } from '../../../shared/export-format';

const arabic = 'قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة';

/** An export-shaped value: articles with a long text and many annotations (Arabic quotes), 4 levels deep. */
function exportLike(annotations: number) {
  return {
    format: 'hamish',
    version: 2,
    exportedAt: new Date(Date.UTC(2026, 11, 2)),
    taxonomy: { types: [{ id: 'actor', label: { ar: 'فاعل', en: 'Actor' } }] },
    articles: [
      {
        id: 'a1',
        text: `${arabic.repeat(2_000)}😀\u2028`,
        blocks: [{ kind: 'p', start: 0, end: 10 }],
        annotations: Array.from({ length: annotations }, (_, i) => ({
          id: `n${i}`,
          start: i,
          end: i + 5,
          quote: arabic.slice(i % 20, 20 + (i % 20)),
          tag: 'actor.person',
          note: i % 3 === 0 ? undefined : `ملاحظة ${i}\n"مقتبس"`,
          nested: { deeper: [1, { deepest: [] }, null] },
        })),
      },
      { id: 'a2', annotations: [], claims: [{}] },
    ],
  };
}

describe('serializeExportPieces', () => {
  it.each([true, false])('joins to serializeExport of an export-shaped value (pretty: %s)', (pretty) => {
    const value = exportLike(700);
    expect([...serializeExportPieces(value, pretty)].join('')).toBe(serializeExport(value, pretty));
  });

  it('never makes one large string of a large export: 10,000 annotations come in many pieces', () => {
    const value = exportLike(10_000);
    const pieces = [...serializeExportPieces(value, true)];
    const whole = serializeExport(value, true);
    expect(pieces.join('')).toBe(whole);
    expect(pieces.length).toBeGreaterThan(50);
    // No piece longer than the article's text (one string value, written whole) and one piece's worth (16k) beside it.
    const text = JSON.stringify(value.articles[0]?.text ?? '');
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length + 16_384 + 100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 10);
  });
});
