/**
 * @vitest-environment node
 * Boilerplate lines: a line of symbols alone (a stray "-->" a CMS printed
 * into the body, "* * *") is dropped; a line with any letter or digit is
 * judged by the data list only.
 */

import { describe, expect, it } from 'vitest';
import { dropBoilerplate, isBoilerplate } from '../../../../../electron/services/import/boilerplate';

describe('isBoilerplate', () => {
  it('drops lines of symbols alone, keeps short lines with a letter or a digit', () => {
    for (const line of ['-->', '* * *', '•', '—', '...']) expect(isBoilerplate(line)).toBe(true);
    for (const line of ['5', 'لا', '—٣—', 'A.', '']) expect(isBoilerplate(line)).toBe(false);
  });

  it('keeps the paragraph and drops the stray line inside the same block', () => {
    const text = 'ورود نقدینگی به بورس به شدت افزایش پیدا کند.';
    expect(dropBoilerplate([{ kind: 'paragraph', text: `${text}\n -->\n` }])).toEqual([
      { kind: 'paragraph', text: `${text}\n` },
    ]);
  });
});
