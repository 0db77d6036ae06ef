/**
 * Dates from the library's files: real calendar days and date-times are
 * formatted in Arabic and English (days in UTC, so they never slip a day);
 * values that are not real dates ("2025-13-45", "2025-02-30", "soon") come
 * back as null instead of throwing, which is what blanked the window before.
 */

import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../../../renderer/src/ui/format-date';

describe('parseDate', () => {
  it('accepts real calendar days and ISO date-times', () => {
    expect(parseDate('2025-03-01')?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(parseDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDate('2026-11-30T13:00:00.000Z')?.toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });

  it('refuses days that do not exist and text that is no date', () => {
    for (const bad of ['2025-13-45', '2025-02-30', '2023-02-29', '2025-00-10', '2025-04-31', 'soon', ''])
      expect(parseDate(bad), bad).toBeNull();
  });
});

describe('formatDate', () => {
  it('formats a day in the interface language, on the same day wherever the machine is', () => {
    expect(formatDate('2025-03-01', 'en')).toBe('Mar 1, 2025');
    const arabic = formatDate('2025-03-01', 'ar');
    expect(arabic).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 1)),
    );
    expect(arabic).not.toBe(formatDate('2025-03-01', 'en'));
  });

  it('takes other styles (the backups list shows the full date and time)', () => {
    expect(formatDate('2025-03-01', 'en', { dateStyle: 'full' })).toBe('Saturday, March 1, 2025');
  });

  it('returns null, never throws, for a value that is not a real date', () => {
    expect(() => new Intl.DateTimeFormat('en').format(new Date('2025-13-45'))).toThrow(RangeError);
    expect(formatDate('2025-13-45', 'ar')).toBeNull();
    expect(formatDate('2025-13-45', 'en', { dateStyle: 'full', timeStyle: 'short' })).toBeNull();
  });
});
