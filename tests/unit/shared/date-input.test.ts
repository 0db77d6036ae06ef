/**
 * shared/date-input.ts: dates typed as people type them, in Arabic (day
 * first, Arabic-Indic or Latin digits, with the direction marks a copied
 * Arabic date carries) and in English (month first); ISO in any locale;
 * impossible days and two-digit years refused, never guessed.
 */

import { describe, expect, it } from 'vitest';
import { dateOrderOf, latinDigits, parseDateInput } from '../../../shared/date-input';

describe('parseDateInput', () => {
  it.each([
    ['١٤/٣/٢٠٢٦', 'dmy', '2026-03-14'],
    ['14/3/2026', 'dmy', '2026-03-14'],
    ['١٤-٠٣-٢٠٢٦', 'dmy', '2026-03-14'],
    ['۱۴/۳/۲۰۲۶', 'dmy', '2026-03-14'],
    ['\u200F١٤\u200F/٣\u200F/٢٠٢٦', 'dmy', '2026-03-14'],
    [' 1.2.2025 ', 'dmy', '2025-02-01'],
    ['3/14/2026', 'mdy', '2026-03-14'],
    ['2026-03-14', 'dmy', '2026-03-14'],
    ['٢٠٢٦/٣/١٤', 'mdy', '2026-03-14'],
    ['29/2/2024', 'dmy', '2024-02-29'],
    ['', 'dmy', ''],
    ['   ', 'mdy', ''],
  ] as const)('%s (%s) → %s', (text, order, value) => {
    expect(parseDateInput(text, order)).toEqual({ ok: true, value });
  });

  it.each([
    ['31/2/2026', 'no-such-day'],
    ['29/2/2025', 'no-such-day'],
    ['14/13/2026', 'no-such-day'],
    ['0/1/2026', 'no-such-day'],
    ['14/3/26', 'format'],
    ['١٤ آذار ٢٠٢٦', 'format'],
    ['2026-3', 'format'],
    ['غدًا', 'format'],
    ['14/3/2026/1', 'format'],
  ] as const)('refuses %s (%s)', (text, problem) => {
    expect(parseDateInput(text, 'dmy')).toEqual({ ok: false, problem });
  });

  it('reads the same digits in the order of the locale', () => {
    expect(parseDateInput('4/3/2026', 'dmy')).toEqual({ ok: true, value: '2026-03-04' });
    expect(parseDateInput('4/3/2026', 'mdy')).toEqual({ ok: true, value: '2026-04-03' });
    expect(parseDateInput('3/14/2026', 'dmy')).toEqual({ ok: false, problem: 'no-such-day' });
  });
});

describe('dateOrderOf and latinDigits', () => {
  it('finds the day first in Arabic and the month first in English', () => {
    expect(dateOrderOf('ar')).toBe('dmy');
    expect(dateOrderOf('en')).toBe('mdy');
    expect(dateOrderOf('en-GB')).toBe('dmy');
  });

  it('turns a date Intl formats in Arabic back into one the parser reads', () => {
    const shown = new Intl.DateTimeFormat('ar', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2026, 2, 14)));
    expect(latinDigits(shown)).toMatch(/^14\D+3\D+2026$/u);
    expect(parseDateInput(shown, dateOrderOf('ar'))).toEqual({ ok: true, value: '2026-03-14' });
  });
});
