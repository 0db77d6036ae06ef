/**
 * The coder choices of the transfer dialogs (issue 20): the export dialog's
 * coder filter (comma-separated names, Arabic comma too, empty: everyone)
 * and the import dialog's "Add as a coder layer" (its typed coder optional).
 */

import { describe, expect, it } from 'vitest';
import { codersOf, layerRequest } from '../../../../renderer/src/export/coder-choices';

describe('export coder filter', () => {
  it('splits on Latin and Arabic commas, trims, drops empty parts and repeats', () => {
    expect(codersOf(' ليلى حداد، gold ,, ليلى حداد ')).toEqual(['ليلى حداد', 'gold']);
  });

  it('exports everyone when nothing usable is typed', () => {
    expect(codersOf('')).toBeUndefined();
    expect(codersOf(' ، , ')).toBeUndefined();
  });
});

describe('import as a coder layer', () => {
  it('merges unless chosen, and sends the typed coder only when one is typed', () => {
    expect(layerRequest({ on: false, coder: 'ليلى' })).toBeUndefined();
    expect(layerRequest({ on: true, coder: '  ' })).toEqual({});
    expect(layerRequest({ on: true, coder: ' ليلى ' })).toEqual({ coder: 'ليلى' });
  });
});
