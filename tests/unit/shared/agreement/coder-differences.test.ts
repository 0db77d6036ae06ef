/** Two coders compared for the reader: the kinds of units, under exact and overlap, swapped coders, counts. */

import { describe, expect, it } from 'vitest';
import {
  compareCoders,
  kindCounts,
  kindOf,
  type SpanOfTag,
} from '../../../../shared/agreement/coder-differences';

interface Coded extends SpanOfTag {
  id: string;
}

const coded = (id: string, start: number, end: number, tag: string): Coded => ({ id, start, end, tag });

/** Each unit as "start-end kind a-id b-id" (- for none). */
const show = (a: Coded[], b: Coded[], rule: 'exact' | 'overlap') =>
  compareCoders(a, b, rule).map((u) => `${u.start}-${u.end} ${u.kind} ${u.a?.id ?? '-'} ${u.b?.id ?? '-'}`);

const mine = [
  coded('a1', 0, 6, 'actor.person'),
  coded('a2', 10, 20, 'demand.prisoners'),
  coded('a3', 30, 40, 'event'),
  coded('a4', 50, 55, 'actor.state'),
];
const theirs = [
  coded('b1', 0, 6, 'actor.person'), // agrees with a1
  coded('b2', 12, 20, 'demand.prisoners'), // same tag as a2, other start
  coded('b3', 30, 40, 'actor.person'), // a3's span, another tag
  coded('b4', 60, 64, 'event'), // B alone
];

describe('compareCoders', () => {
  it('exact: same span and tag agree; a moved boundary leaves two lone units', () => {
    expect(show(mine, theirs, 'exact')).toEqual([
      '0-6 agree a1 b1',
      '10-20 a-only a2 -',
      '12-20 b-only - b2',
      '30-40 tag a3 b3',
      '50-55 a-only a4 -',
      '60-64 b-only - b4',
    ]);
  });

  it('overlap: the moved boundary is one unit of kind "boundaries", its extent the union', () => {
    expect(show(mine, theirs, 'overlap')).toEqual([
      '0-6 agree a1 b1',
      '10-20 boundaries a2 b2',
      '30-40 tag a3 b3',
      '50-55 a-only a4 -',
      '60-64 b-only - b4',
    ]);
  });

  it('overlap prefers the same tag: a different tag on other boundaries is "tag"', () => {
    const a = [coded('a', 0, 10, 'actor.person')];
    const b = [coded('b', 4, 12, 'event'), coded('c', 2, 9, 'actor.person')];
    expect(show(a, b, 'overlap')).toEqual(['0-10 boundaries a c', '4-12 b-only - b']);
  });

  it('swapping the coders swaps only the roles', () => {
    const swap: Record<string, string> = { 'a-only': 'b-only', 'b-only': 'a-only' };
    for (const rule of ['exact', 'overlap'] as const) {
      const there = compareCoders(mine, theirs, rule);
      const back = compareCoders(theirs, mine, rule);
      expect(back.map((u) => [u.start, u.end, swap[u.kind] ?? u.kind, u.a?.id, u.b?.id])).toEqual(
        there.map((u) => [u.start, u.end, u.kind, u.b?.id, u.a?.id]),
      );
    }
  });

  it('keeps the very annotations passed in, and a coder’s duplicates count once', () => {
    const twin = coded('a1-twin', 0, 6, 'actor.person');
    const units = compareCoders([...mine, twin], theirs, 'exact');
    expect(units[0]?.a === mine[0] || units[0]?.a === twin).toBe(true);
    expect(units[0]?.b).toBe(theirs[0]);
    expect(units).toHaveLength(6);
  });

  it('one coder with nothing: every unit is the other coder’s alone', () => {
    expect(show([], theirs, 'overlap').every((line) => line.includes(' b-only '))).toBe(true);
    expect(compareCoders([], [], 'exact')).toEqual([]);
  });
});

describe('kindOf and kindCounts', () => {
  it('names each kind and counts every kind, zeros included', () => {
    expect(kindOf(mine[0] ?? null, null)).toBe('a-only');
    expect(kindOf(null, theirs[0] ?? null)).toBe('b-only');
    expect(kindOf(mine[2] ?? null, theirs[2] ?? null)).toBe('tag');
    expect(kindOf(mine[1] ?? null, theirs[1] ?? null)).toBe('boundaries');
    expect(kindOf(mine[0] ?? null, theirs[0] ?? null)).toBe('agree');
    expect(kindCounts(compareCoders(mine, theirs, 'exact'))).toEqual({
      agree: 1,
      'a-only': 2,
      'b-only': 2,
      tag: 1,
      boundaries: 0,
    });
  });
});
