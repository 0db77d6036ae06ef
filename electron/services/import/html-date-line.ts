/**
 * The publication date a page shows as text, for pages that declare it in no
 * metadata: the first short line under the headline that holds a date with a
 * month name ("الأربعاء، 07 أكتوبر 2020", "تم نشره الجمعة 24 نيسان / أبريل
 * 2020", "7 October 2020", "October 7, 2020") or an ISO date. A heuristic:
 * read only after every metadata source (html-metadata) has none.
 */

import { cleanText, wordCount, type MiniDocument } from './html-dom';

/** Month numbers by name: Egyptian/Gulf and Levantine Arabic, English (full and short). */
const MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  ابريل: 4,
  إبريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  اغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  آذار: 3,
  اذار: 3,
  نيسان: 4,
  أيار: 5,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  اب: 8,
  أيلول: 9,
  ايلول: 9,
  'تشرين الأول': 10,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الأول': 12,
  'كانون الاول': 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A month, or two names of it ("نيسان / أبريل", "آذار/مارس"). */
const MONTH_GROUP = `(${MONTH})(?:\\s*/\\s*(?:${MONTH}))?`;
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*[،,.]?\\s*${MONTH_GROUP}\\s*[،,.]?\\s*((?:19|20)\\d{2})(?!\\d)`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])${MONTH_GROUP}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`,
  'iu',
);
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/u;

/** A line that shows a date has at most this many words ("نشر بتاريخ … مساءً | آخر تحديث …"). */
const MAX_DATE_LINE_WORDS = 16;
/** How many elements after the headline are looked at. */
const LOOK_AHEAD = 60;

/** Western digits for Arabic-Indic and Persian ones. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

function iso(year: string, month: number | undefined, day: string): string {
  if (!month) return '';
  const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : '';
}

/** The first date written in `line` as yyyy-mm-dd, or "". */
export function dateInText(line: string): string {
  const text = westernDigits(line);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return iso(dmy[3] ?? '', MONTHS[(dmy[2] ?? '').toLowerCase()], dmy[1] ?? '');
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return iso(mdy[3] ?? '', MONTHS[(mdy[1] ?? '').toLowerCase()], mdy[2] ?? '');
  const isoDate = ISO.exec(text);
  return isoDate ? iso(isoDate[1] ?? '', Number(isoDate[2]), isoDate[3] ?? '') : '';
}

/**
 * The date of the first short line after the page's headline (its first
 * `<h1>`) that shows one; "" when the page has no headline or no such line
 * (a date above the headline is usually today's, in the site's header).
 */
export function visibleDate(document: MiniDocument): string {
  const all = Array.from(document.querySelectorAll('body *'));
  const start = all.findIndex((element) => element.matches('h1'));
  if (start < 0) return '';
  for (const element of all.slice(start + 1, start + 1 + LOOK_AHEAD)) {
    if (element.matches('script, style, noscript, template')) continue;
    const line = cleanText(element.textContent);
    if (line === '' || wordCount(line) > MAX_DATE_LINE_WORDS) continue;
    const date = dateInText(line);
    if (date) return date;
  }
  return '';
}
