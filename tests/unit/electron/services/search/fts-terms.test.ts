import { describe, expect, it } from 'vitest';
import {
  cachedIndexTerms,
  indexedColumn,
  matchExpression,
} from '../../../../../electron/services/search/fts-terms';
import { indexTerms, WORD_SEPARATOR } from '../../../../../shared/search-terms';
import { readUtf8, SAMPLE_PATH } from '../../../helpers';

describe('fts terms', () => {
  it('caches the same terms as indexTerms for every word of the sample, first time and again', async () => {
    const words = (await readUtf8(SAMPLE_PATH)).split(WORD_SEPARATOR).filter(Boolean);
    for (const round of [1, 2]) {
      for (const w of words) expect(cachedIndexTerms(w), `${w} (round ${round})`).toEqual(indexTerms(w));
    }
  });

  it('indexes each word normalised, followed by its proclitic stems', () => {
    expect(indexedColumn('وَالأَسْرى، في غزة!')).toBe('والاسري اسري الاسري في غزه');
  });

  it('asks every word through its form or a stem, four letters or more also as a prefix', () => {
    expect(matchExpression('بالأسرى في')).toBe('("بالاسري"* OR "اسري"* OR "الاسري"*) AND ("في")');
    expect(matchExpression('  ؟ ')).toBeNull();
  });
});
