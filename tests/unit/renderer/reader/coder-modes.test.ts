/**
 * The reader's coder view, pure parts: a mode naming a coder who is gone
 * falls back to "all coders", and compare mode paints an agreed unit once as
 * "both" and every other unit's annotations on their own coder's side.
 */

import { describe, expect, it } from 'vitest';
import { compareCoders } from '../../../../shared/agreement/coder-differences';
import { compareStretches, modeIn, type CoderMode } from '../../../../renderer/src/reader/coder-modes';

describe('modeIn', () => {
  const coders = ['سلمى', 'Omar'];
  it('keeps a mode whose coders are all there', () => {
    const modes: CoderMode[] = [
      { kind: 'all' },
      { kind: 'one', coder: 'Omar' },
      { kind: 'compare', a: 'سلمى', b: 'Omar' },
    ];
    for (const mode of modes) expect(modeIn(mode, coders)).toBe(mode);
  });

  it('falls back to all coders when a named coder has no annotation left', () => {
    expect(modeIn({ kind: 'one', coder: 'Lina' }, coders)).toEqual({ kind: 'all' });
    expect(modeIn({ kind: 'compare', a: 'سلمى', b: 'Lina' }, coders)).toEqual({ kind: 'all' });
    expect(modeIn({ kind: 'compare', a: 'Lina', b: 'Omar' }, [])).toEqual({ kind: 'all' });
  });
});

describe('compareStretches', () => {
  const span = (start: number, end: number, tag: string) => ({ start, end, tag });
  const a = [
    span(0, 6, 'actor.person'),
    span(10, 20, 'demand.prisoners'),
    span(30, 40, 'event'),
    span(50, 55, 'event'),
  ];
  const b = [
    span(0, 6, 'actor.person'),
    span(12, 20, 'demand.prisoners'),
    span(30, 40, 'actor.state'),
    span(60, 64, 'event'),
  ];

  it('exact: agreed once as both; the rest on each side, a different tag on both sides', () => {
    expect(compareStretches(compareCoders(a, b, 'exact'))).toEqual({
      both: [[0, 6]],
      a: [
        [10, 20],
        [30, 40],
        [50, 55],
      ],
      b: [
        [12, 20],
        [30, 40],
        [60, 64],
      ],
    });
  });

  it('overlap: moved boundaries are painted as each coder drew them, not as agreement', () => {
    const stretches = compareStretches(compareCoders(a, b, 'overlap'));
    expect(stretches.both).toEqual([[0, 6]]);
    expect(stretches.a).toContainEqual([10, 20]);
    expect(stretches.b).toContainEqual([12, 20]);
  });

  it('nothing to compare paints nothing', () => {
    expect(compareStretches([])).toEqual({ a: [], b: [], both: [] });
  });
});
