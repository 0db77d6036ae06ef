/**
 * Dates from the library's files, shown in the interface language without
 * ever throwing: a value that is not a real date (a hand-edited index.json
 * with "2025-13-45") comes back as null so the caller can mark it, instead of
 * `Intl.DateTimeFormat.format` throwing a RangeError that would take the
 * whole view down.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * The instant `value` names, or null when it names none. A calendar day
 * (yyyy-mm-dd) must exist (month 1–12, day within that month); any other
 * form is read as `Date` reads it (ISO date-times).
 */
export function parseDate(value: string): Date | null {
  const day = ISO_DAY.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const parsed = new Date(Date.UTC(year, month - 1, date));
    const real =
      parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
    return real ? parsed : null;
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `value` as the interface shows dates (by default the medium date style;
 * Arabic or English month names and digits), or null when it is not a real
 * date. Calendar days are formatted in UTC, so "2025-03-01" never shows as
 * the 28th of February west of Greenwich.
 */
export function formatDate(
  value: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string | null {
  const parsed = parseDate(value);
  if (!parsed) return null;
  const locale = language === 'ar' ? 'ar' : 'en';
  const all = ISO_DAY.test(value) ? { ...options, timeZone: 'UTC' } : options;
  const key = `${locale}:${JSON.stringify(all)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, all);
    formats.set(key, format);
  }
  return format.format(parsed);
}

/** Arabic-Indic digits (U+0660–U+0669) for the ASCII ones in `text`. */
const arabicIndic = (text: string): string =>
  text.replace(/[0-9]/gu, (digit) => String.fromCodePoint(0x0660 + Number(digit)));

/**
 * `iso` as the interface writes a numeric date in a typed date field
 * ("١٤/٣/٢٠٢٦", "3/14/2026"); "" stays "", an unreadable value is shown as
 * stored. In Arabic the digits are Arabic-Indic whatever Intl writes:
 * Chromium's `Intl.DateTimeFormat('ar')` writes Latin ones, so a date typed
 * "١٢/٠٣/٢٠٢٤" turned into "12/3/2024" on Tab. Other dates (formatDate) are left as Intl writes them.
 */
export function dateText(iso: string, language: string): string {
  const parsed = iso === '' ? null : parseDate(iso);
  if (!parsed) return iso;
  const text = new Intl.DateTimeFormat(language === 'ar' ? 'ar' : 'en', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
  return language === 'ar' ? arabicIndic(text) : text;
}
