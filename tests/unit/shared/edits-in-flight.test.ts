/**
 * The bookkeeping behind quick edits in a row (issue 14): each edit starts
 * from what the one before showed, and only the latest edit's answer from
 * main may replace what is shown.
 */

import { describe, expect, it } from 'vitest';
import { EditsInFlight } from '../../../shared/edits-in-flight';
import type { Annotation } from '../../../shared/model';

const at = (start: number, end: number): Annotation => ({
  id: 'a1',
  articleId: 'x',
  start,
  end,
  quote: '',
  prefix: '',
  suffix: '',
  tag: 'actor',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('EditsInFlight', () => {
  it('bases the next edit on the latest shown one and lets only the latest answer through', () => {
    const flight = new EditsInFlight();
    const saved = at(6, 20);
    const first = flight.begin(saved);
    first.show(at(6, 23)); // grow the end
    expect(flight.latest(saved)).toEqual(at(6, 23));
    const second = flight.begin(flight.latest(saved));
    second.show(at(6, 20)); // shrink it back
    // Main answers the first edit: a later one is waiting, so its answer must not be shown.
    expect(first.end()).toBe(false);
    // The stale answer does not become the base of the next edit either.
    expect(flight.latest(at(6, 23))).toEqual(at(6, 20));
    const third = flight.begin(flight.latest(saved));
    third.show(at(12, 20)); // shrink the start
    expect(second.end()).toBe(false);
    expect(third.end()).toBe(true);
    // Nothing in flight: the annotation as given is the base.
    expect(flight.latest(at(12, 20))).toEqual(at(12, 20));
  });

  it('keeps other annotations apart', () => {
    const flight = new EditsInFlight();
    const edit = flight.begin(at(0, 4));
    edit.show(at(0, 9));
    expect(flight.latest({ ...at(0, 4), id: 'b2' })).toEqual({ ...at(0, 4), id: 'b2' });
    expect(edit.end()).toBe(true);
  });
});
