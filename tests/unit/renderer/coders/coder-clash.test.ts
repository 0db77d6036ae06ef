/**
 * The coder-name clash warning's check (fresh-user test 3 #6): a typed
 * name is compared with colleagues' layers and gold coders exactly, then
 * written alike (case, spaces, NFC/NFD, Arabic spelling variants).
 */

import { describe, expect, it } from 'vitest';
import { findCoderClash } from '../../../../renderer/src/coders/coder-clash';

const known = { layers: ['Omar', 'سَلمى', 'أحمد الخطيب'], golds: ['ذهبي'] };

describe('findCoderClash', () => {
  it('finds an exact layer or gold name as before', () => {
    expect(findCoderClash('Omar', known)).toEqual({ kind: 'layer', existing: 'Omar' });
    expect(findCoderClash('ذهبي', known)).toEqual({ kind: 'gold', existing: 'ذهبي' });
  });

  it('finds a layer written with another case or inner spacing', () => {
    for (const typed of ['omar', 'OMAR', 'oMaR']) {
      expect(findCoderClash(typed, known), typed).toEqual({ kind: 'layer-alike', existing: 'Omar' });
    }
    for (const typed of ['أحمد  الخطيب', 'أحمد\tالخطيب', 'أحمد\u00a0الخطيب']) {
      expect(findCoderClash(typed, known), JSON.stringify(typed)).toEqual({
        kind: 'layer-alike',
        existing: 'أحمد الخطيب',
      });
    }
  });

  it('finds an Arabic name typed in NFD, without harakat or with another hamza or ya spelling', () => {
    const nfd = 'أحمد الخطيب'.normalize('NFD');
    expect(nfd).not.toBe('أحمد الخطيب'); // the hamza above alef decomposes
    expect(findCoderClash(nfd, known)).toEqual({ kind: 'layer-alike', existing: 'أحمد الخطيب' });
    expect(findCoderClash('احمد الخطيب', known)).toEqual({ kind: 'layer-alike', existing: 'أحمد الخطيب' });
    expect(findCoderClash('سلمى', known)).toEqual({ kind: 'layer-alike', existing: 'سَلمى' });
    expect(findCoderClash('سلمي', known)).toEqual({ kind: 'layer-alike', existing: 'سَلمى' });
    expect(findCoderClash('ذهبى', known)).toEqual({ kind: 'gold-alike', existing: 'ذهبي' });
  });

  it('finds nothing for other names, or names that only share letters', () => {
    for (const typed of ['Omari', 'عمر', 'سلمان', 'أحمد', 'الخطيب أحمد']) {
      expect(findCoderClash(typed, known), typed).toBeNull();
    }
    expect(findCoderClash('omar', { layers: [], golds: [] })).toBeNull();
  });
});
