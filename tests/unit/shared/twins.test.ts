/**
 * Twins are per coder (issue 20): the same span, tag and coder is a twin;
 * the same span and tag by two coders is not; an annotation without author
 * is the local coder's.
 */

import { describe, expect, it } from 'vitest';
import { findTwin, spanTagKey, twinKey, withoutTwins } from '../../../shared/twins';

const span = { start: 4, end: 16, tag: 'demand.prisoners' };

describe('twins per coder', () => {
  it('gives two coders on the same span and tag different keys', () => {
    expect(twinKey({ ...span, author: 'ليلى' })).not.toBe(twinKey({ ...span, author: 'سامي' }));
    expect(twinKey({ ...span, author: 'ليلى' })).toBe(twinKey({ ...span, author: 'ليلى' }));
  });

  it('takes an annotation without author as the local coder', () => {
    expect(twinKey(span, 'سامي')).toBe(twinKey({ ...span, author: 'سامي' }, 'سامي'));
    expect(twinKey(span, 'سامي')).not.toBe(twinKey({ ...span, author: 'ليلى' }, 'سامي'));
  });

  it('finds the twin of the same coder only', () => {
    const theirs = { ...span, id: 'a', author: 'ليلى' };
    const mine = { ...span, id: 'b' };
    expect(findTwin([theirs], span, 'سامي')).toBeUndefined();
    expect(findTwin([theirs, mine], span, 'سامي')).toBe(mine);
    expect(findTwin([theirs], { ...span, author: 'ليلى' }, 'سامي')).toBe(theirs);
  });

  it('keeps both coders in a batch and leaves out the same coder twice', () => {
    const existing = [{ ...span, author: 'سامي' }];
    const candidates = [{ ...span, author: 'ليلى' }, { ...span }, { ...span, author: 'ليلى' }];
    const { fresh, twins } = withoutTwins(existing, candidates, 'سامي');
    expect(fresh).toEqual([{ ...span, author: 'ليلى' }]);
    expect(twins.map((t) => t.candidate)).toEqual([candidates[1], candidates[2]]);
  });

  it('shares one span-and-tag key between coders, the start of each coder\u2019s twin key', () => {
    expect(spanTagKey({ ...span, author: 'ليلى' } as typeof span)).toBe(spanTagKey({ ...span }));
    expect(spanTagKey(span)).toBe('4:16:demand.prisoners');
    for (const author of ['ليلى', 'سامي'])
      expect(twinKey({ ...span, author }).startsWith(`${spanTagKey(span)}:`)).toBe(true);
    expect(spanTagKey({ ...span, tag: 'actor' })).not.toBe(spanTagKey(span));
  });
});
