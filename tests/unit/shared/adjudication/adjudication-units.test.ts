/**
 * The units adjudication walks (shared/adjudication/adjudication-units.ts):
 * matched by the agreement matcher with the overlap rule, agreed only when
 * span and tag are the same, annotations without an author counted as the
 * local coder's, and what each choice writes into gold.
 */

import { describe, expect, it } from 'vitest';
import { adjudicationUnits, goldWrites } from '../../../../shared/adjudication/adjudication-units';
import type { Annotation } from '../../../../shared/model';

const ARTICLE = '3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';
let n = 0;
function ann(start: number, end: number, tag: string, author?: string, note?: string): Annotation {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: ARTICLE,
    start,
    end,
    tag,
    quote: 'x',
    prefix: '',
    suffix: '',
    ...(author ? { author } : {}),
    ...(note ? { note } : {}),
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
  };
}

describe('adjudicationUnits', () => {
  it('pairs overlapping codings, agrees only on same span and tag, and keys units stably', () => {
    const list = [
      ann(0, 11, 'actor.person', 'سلمى'),
      ann(0, 11, 'actor.person', 'Omar'),
      ann(20, 30, 'actor.person', 'سلمى'),
      ann(20, 30, 'actor.armed-group', 'Omar'),
      ann(40, 49, 'actor', 'سلمى'),
      ann(45, 49, 'actor', 'Omar'),
      ann(60, 70, 'demand', 'سلمى'),
      ann(80, 90, 'event', 'Omar'),
      ann(95, 99, 'event', 'gold'),
    ];
    const units = adjudicationUnits(ARTICLE, list, 'سلمى', 'Omar', 'me');
    expect(units.map((u) => [u.a?.start ?? null, u.b?.start ?? null, u.agreed])).toEqual([
      [0, 0, true],
      [20, 20, false],
      [40, 45, false],
      [60, null, false],
      [null, 80, false],
    ]);
    expect(units[2]?.key).toBe(`${ARTICLE}|40-49-actor|45-49-actor`);
    expect(units[3]?.key).toBe(`${ARTICLE}|60-70-demand|_`);
    // Swapping the coders pairs the same annotations.
    const swapped = adjudicationUnits(ARTICLE, list, 'Omar', 'سلمى', 'me');
    expect(swapped.map((u) => [u.b?.start ?? null, u.a?.start ?? null])).toEqual(
      units.map((u) => [u.a?.start ?? null, u.b?.start ?? null]),
    );
  });

  it("counts annotations without an author as the local coder's and leaves orphans out", () => {
    const orphan = { ...ann(50, 55, 'event'), orphaned: true };
    const units = adjudicationUnits(
      ARTICLE,
      [ann(0, 5, 'event'), ann(0, 5, 'event', 'Omar'), orphan],
      'me',
      'Omar',
      'me',
    );
    expect(units).toHaveLength(1);
    expect(units[0]?.agreed).toBe(true);
  });
});

describe('goldWrites', () => {
  const a = ann(40, 49, 'actor', 'سلمى', 'ملاحظة');
  const b = ann(45, 49, 'actor.state', 'Omar');
  const unit = { key: 'k', articleId: ARTICLE, a, b, agreed: false };
  it('writes mine, theirs, both, neither and an edited span', () => {
    expect(goldWrites(unit, 'mine')).toEqual([{ start: 40, end: 49, tag: 'actor', note: 'ملاحظة' }]);
    expect(goldWrites(unit, 'theirs')).toEqual([{ start: 45, end: 49, tag: 'actor.state' }]);
    expect(goldWrites(unit, 'both').map((w) => w.start)).toEqual([40, 45]);
    expect(goldWrites(unit, 'neither')).toEqual([]);
    expect(goldWrites(unit, 'edit', { start: 45, end: 49, tag: 'actor.person' })).toEqual([
      { start: 45, end: 49, tag: 'actor.person' },
    ]);
    expect(goldWrites({ ...unit, a: null }, 'mine')).toEqual([]);
  });
  it('writes "both" once when both codings are the same span and tag', () => {
    const same = { ...unit, b: { ...b, start: 40, tag: 'actor' } };
    expect(goldWrites(same, 'both')).toHaveLength(1);
  });
});
