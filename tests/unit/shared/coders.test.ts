/**
 * Coders (issue 20): the coder of an annotation or claim (its author, else
 * the local coder's), the coders of a list (local first, then by name), and a
 * typed name made ready to store.
 */

import { describe, expect, it } from 'vitest';
import { cleanCoderName, coderNameKey, coderOf, codersIn } from '../../../shared/coders';
import { MAX_CODER_NAME_LENGTH } from '../../../shared/schema/limits';

describe('coderOf', () => {
  it('is the author when there is one, else the local coder', () => {
    expect(coderOf({ author: 'ليلى' }, 'سامي')).toBe('ليلى');
    expect(coderOf({}, 'سامي')).toBe('سامي');
    expect(coderOf({ author: '' }, 'سامي')).toBe('سامي');
    expect(coderOf({ author: undefined }, 'سامي')).toBe('سامي');
  });
});

describe('codersIn', () => {
  it('lists each coder once, the local coder first, the others by name', () => {
    const list = [{ author: 'zeina' }, {}, { author: 'Adam' }, { author: 'zeina' }, { author: 'سامي' }];
    expect(codersIn(list, 'سامي')).toEqual(['سامي', 'Adam', 'zeina']);
  });

  it('leaves the local coder out when none of the annotations is theirs', () => {
    expect(codersIn([{ author: 'ب' }, { author: 'أ' }], 'سامي')).toEqual(['أ', 'ب']);
    expect(codersIn([], 'سامي')).toEqual([]);
  });
});

describe('cleanCoderName', () => {
  it('trims and keeps Arabic names as typed', () => {
    expect(cleanCoderName('  ليلى حداد \n')).toBe('ليلى حداد');
  });

  it('refuses empty, over-long and control-character names', () => {
    expect(cleanCoderName('   ')).toBeUndefined();
    expect(cleanCoderName('أ'.repeat(MAX_CODER_NAME_LENGTH + 1))).toBeUndefined();
    expect(cleanCoderName('أ'.repeat(MAX_CODER_NAME_LENGTH))).toHaveLength(MAX_CODER_NAME_LENGTH);
    expect(cleanCoderName('a\u0000b')).toBeUndefined();
  });

  it('refuses a name that shows nothing, or carries a bidi embedding, override or isolate', () => {
    // Only an override and a mark: invisible, and an unclosed RLO reorders every line that shows it.
    expect(cleanCoderName('\u202e\u200f')).toBeUndefined();
    expect(cleanCoderName('\u200b\u200d\ufeff')).toBeUndefined();
    expect(cleanCoderName('ليلى\u202e')).toBeUndefined();
    expect(cleanCoderName('\u2067ليلى\u2069')).toBeUndefined();
    // A joiner inside a real name (Persian) and a mark beside Latin text stay.
    expect(cleanCoderName('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(cleanCoderName('Omar\u200e')).toBe('Omar\u200e');
  });
});

describe('coderNameKey', () => {
  it('is the same for one name in NFC or NFD, any case, padded or with runs of spaces', () => {
    const key = coderNameKey('Leïla Haddad');
    for (const variant of [
      'leïla haddad',
      ' LEÏLA   Haddad ',
      'Leïla Haddad'.normalize('NFD'),
      'Leïla\tHaddad',
    ]) {
      expect(coderNameKey(variant), JSON.stringify(variant)).toBe(key);
    }
  });

  it('follows the Arabic normaliser: harakat, tatweel, hamza on alef, alef maqsura, ta marbuta', () => {
    expect(coderNameKey('فَاطِمَة')).toBe(coderNameKey('فاطمه'));
    expect(coderNameKey('إيمان')).toBe(coderNameKey('ايمان'));
    expect(coderNameKey('مصطفى')).toBe(coderNameKey('مصطـفي'));
    expect(coderNameKey('سامي')).not.toBe(coderNameKey('سامر'));
  });
});
