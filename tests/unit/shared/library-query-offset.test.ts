/**
 * The library page's offset after the list changed under it (verify finding
 * 3: a backup restored while page 2 was shown left "2 articles" over an
 * empty table with no pager): a page past the end steps back to the last page.
 */

import { describe, expect, it } from 'vitest';
import { offsetWithin } from '../../../shared/library-query';

const PAGE_SIZE = 50;

describe('offsetWithin', () => {
  it('keeps an offset inside the list, and the first page always', () => {
    expect(offsetWithin(0, 0, PAGE_SIZE)).toBe(0);
    expect(offsetWithin(50, 51, PAGE_SIZE)).toBe(50);
    expect(offsetWithin(100, 180, PAGE_SIZE)).toBe(100);
  });

  it('steps back to the start of the last page when the list shrank under the page shown', () => {
    expect(offsetWithin(50, 2, PAGE_SIZE)).toBe(0);
    expect(offsetWithin(150, 120, PAGE_SIZE)).toBe(100);
    expect(offsetWithin(100, 100, PAGE_SIZE)).toBe(50);
    expect(offsetWithin(50, 0, PAGE_SIZE)).toBe(0);
  });
});
