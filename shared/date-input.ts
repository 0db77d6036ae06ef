/**
 * Reading a publication date as a person types it: day, month and year in
 * the order of their locale ("١٤/٣/٢٠٢٦" or "14/3/2026" in Arabic, "3/14/2026"
 * in English), with Arabic-Indic or Persian digits, "/", "-", "." or the
 * Arabic date separator between them, or an ISO "2026-03-14" in any
 * locale. Returns an ISO calendar day or a reason, never throws, and never
 * guesses: a day that does not exist or a two-digit year is refused.
 */

import { asciiDigits } from './arabic-normalize';

/** The order a locale writes a numeric date in. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** Why a typed date was refused. */
export type DateInputProblem = 'format' | 'no-such-day';

/** An ISO calendar day ("2026-03-14"; "" for no date), or why the text is not one. */
export type DateInputResult = { ok: true; value: string } | { ok: false; problem: DateInputProblem };

/** Direction marks that formatted Arabic dates carry (LRM, RLM, ALM, isolates). */
const MARKS = /[\u200E\u200F\u061C\u2066-\u2069]/gu;
/** Three runs of digits with one separator between each: / - . or the Arabic date separator ؍. */
const NUMERIC = /^(\d{1,4})\s*[/\-.\u060D]\s*(\d{1,2})\s*[/\-.\u060D]\s*(\d{1,4})$/u;

/** `text` with Latin digits and no direction marks, trimmed. */
export function latinDigits(text: string): string {
  return asciiDigits(text).replace(MARKS, '').trim();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The ISO day for year, month, day when that day exists (years 1000–9999), else null. */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The ISO day `text` names, read in `order` (a four-digit first number is
 * always read year-month-day). "" (or only spaces) is "no date".
 */
export function parseDateInput(text: string, order: DateOrder): DateInputResult {
  const plain = latinDigits(text);
  if (plain === '') return { ok: true, value: '' };
  const match = NUMERIC.exec(plain);
  if (!match) return { ok: false, problem: 'format' };
  const [a, b, c] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
  const yearFirst = a.length === 4 || order === 'ymd';
  const yearText = yearFirst ? a : c;
  if (yearText.length !== 4 || (yearFirst ? c : a).length > 2) return { ok: false, problem: 'format' };
  const [first, second] = yearFirst ? [Number(b), Number(c)] : [Number(a), Number(b)];
  const [month, day] = yearFirst || order === 'mdy' ? [first, second] : [second, first];
  const iso = isoDay(Number(yearText), month, day);
  return iso === null ? { ok: false, problem: 'no-such-day' } : { ok: true, value: iso };
}

/** The order `locale` writes numeric dates in, read from Intl ("ar" → dmy, "en" → mdy). */
export function dateOrderOf(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.UTC(2026, 2, 14)))
    .map((p) => p.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
  const key = parts.map((type) => type[0]).join('');
  return key === 'mdy' || key === 'ymd' ? key : 'dmy';
}
