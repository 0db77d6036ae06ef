/** Unit building: exact and overlap matching, one to one, same category preferred, symmetric in the coders. */

import { describe, expect, it } from 'vitest';
import { codingDataOf, matchUnits, NONE, type CodedSpan } from '../../../../shared/agreement/units';

const span = (start: number, end: number, category: string, group?: string): CodedSpan => ({
  start,
  end,
  category,
  ...(group ? { group } : {}),
});

/** Each unit as "start-end: member categories (- for none)". */
const show = (coders: CodedSpan[][], rule: 'exact' | 'overlap') =>
  matchUnits(coders, rule).map(
    (u) => `${u.start}-${u.end}: ${u.members.map((m) => m?.category ?? '-').join(' ')}`,
  );

describe('matchUnits', () => {
  it('exact: joins only identical spans; a differing category on the same span is one unit', () => {
    const a = [span(0, 5, 'x'), span(10, 15, 'y'), span(20, 25, 'x')];
    const b = [span(0, 5, 'x'), span(12, 15, 'y'), span(20, 25, 'y')];
    expect(show([a, b], 'exact')).toEqual(['0-5: x x', '10-15: y -', '12-15: - y', '20-25: x y']);
  });

  it('overlap: joins spans sharing a code point, never spans that only touch', () => {
    const a = [span(0, 5, 'x'), span(10, 15, 'y')];
    const b = [span(5, 8, 'x'), span(12, 20, 'y')];
    expect(show([a, b], 'overlap')).toEqual(['0-5: x -', '5-8: - x', '10-20: y y']);
  });

  it('overlap: one to one, the same category first, then the larger overlap', () => {
    // b's one span overlaps both of a's; a's "x" has the same category, although "y" overlaps more.
    const a = [span(0, 10, 'y'), span(8, 12, 'x')];
    const b = [span(2, 12, 'x')];
    expect(show([a, b], 'overlap')).toEqual(['0-10: y -', '2-12: x x']);
    // Same category both: the larger overlap wins.
    const c = [span(0, 4, 'x'), span(5, 12, 'x')];
    expect(show([c, b], 'overlap')).toEqual(['0-4: x -', '2-12: x x']);
  });

  it('prefers the same tag type when subtypes differ', () => {
    const a = [span(0, 10, 'actor.person', 'actor'), span(0, 10, 'demand.prisoners', 'demand')];
    const b = [span(0, 10, 'actor.state', 'actor')];
    expect(show([a, b], 'exact')).toEqual(['0-10: actor.person actor.state', '0-10: demand.prisoners -']);
  });

  it('three coders: a unit holds one annotation per coder, all sharing a stretch of text', () => {
    const a = [span(0, 4, 'x')];
    const b = [span(3, 8, 'x')];
    const c = [span(6, 9, 'x')];
    // a–b and b–c overlap, a–c do not: b joins one of them, the other stays alone.
    const units = matchUnits([a, b, c], 'overlap');
    expect(units).toHaveLength(2);
    for (const u of units) {
      const spans = u.members.filter((m): m is CodedSpan => m !== null);
      expect(Math.max(...spans.map((s) => s.start))).toBeLessThan(Math.min(...spans.map((s) => s.end)));
    }
  });

  it('three coders: the units do not depend on the order of the coders, even on tied overlaps', () => {
    // Found by the property test: C's span ties with A's "demand" and B's "actor" on every number.
    const a = [span(23, 28, 'actor'), span(27, 30, 'demand')];
    const b = [span(27, 30, 'actor')];
    const c = [span(27, 28, 'event')];
    const shape = (coders: CodedSpan[][]) =>
      matchUnits(coders, 'overlap')
        .map((u) =>
          u.members
            .flatMap((m) => (m ? [`${m.start}-${m.end} ${m.category}`] : []))
            .sort()
            .join(' + '),
        )
        .sort();
    const expected = shape([a, b, c]);
    // A–B (same category) first; then C's two tied partners are told apart by category, "actor" before "demand".
    expect(expected).toEqual(['23-28 actor + 27-28 event + 27-30 actor', '27-30 demand']);
    for (const order of [
      [a, c, b],
      [b, a, c],
      [b, c, a],
      [c, a, b],
      [c, b, a],
    ])
      expect(shape(order)).toEqual(expected);
  });

  it("counts a coder's duplicate annotation once", () => {
    expect(show([[span(0, 3, 'x'), span(0, 3, 'x')], [span(0, 3, 'x')]], 'exact')).toEqual(['0-3: x x']);
  });

  it('turns untagged into NONE or a missing value', () => {
    const units = matchUnits([[span(0, 3, 'x')], []], 'exact');
    expect(codingDataOf(['a', 'b'], units, 'none').units).toEqual([['x', NONE]]);
    expect(codingDataOf(['a', 'b'], units, 'missing').units).toEqual([['x', null]]);
  });
});
