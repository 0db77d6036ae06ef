/**
 * @vitest-environment node
 * The date a page shows as a line under its headline (the heuristic read
 * after every metadata source): Arabic month names of Egypt and the Levant,
 * Arabic-Indic digits, English dates, and a date above the headline ignored.
 */

import { describe, expect, it } from 'vitest';
import { dateInText, visibleDate } from '../../../../../electron/services/import/html-date-line';
import { parseDocument } from '../../../../../electron/services/import/html-dom';
import { readPageMetadata } from '../../../../../electron/services/import/html-metadata';

describe('dateInText', () => {
  it('reads Egyptian and Levantine month names, paired names, Arabic-Indic digits and English dates', () => {
    expect(dateInText('الأربعاء، 07 أكتوبر 2020')).toBe('2020-10-07');
    expect(dateInText('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')).toBe('2020-04-24');
    expect(dateInText('نشر بتاريخ: 14 آذار/مارس 2024')).toBe('2024-03-14');
    expect(dateInText('٣ كانون الثاني ٢٠٢٤')).toBe('2024-01-03');
    expect(dateInText('Published 7 October 2020')).toBe('2020-10-07');
    expect(dateInText('October 7, 2020 at 10:00')).toBe('2020-10-07');
    expect(dateInText('2019-02-08 10:00')).toBe('2019-02-08');
  });

  it('refuses impossible days and lines with no date', () => {
    expect(dateInText('31 فبراير 2020')).toBe('');
    expect(dateInText('قتل 24 شخصا في 2020')).toBe('');
    expect(dateInText('')).toBe('');
  });
});

describe('visibleDate', () => {
  const page = (body: string) => parseDocument(`<!doctype html><html lang="ar"><body>${body}</body></html>`);

  it('takes the date line under the headline, not the date of the day in the site header', () => {
    const document = page(
      '<header><span class="today">الأحد 12 مايو 2024</span></header><h1>عنوان الخبر</h1>' +
        '<div class="article_created">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div><p>نص الخبر.</p>',
    );
    expect(visibleDate(document)).toBe('2020-04-24');
  });

  it('finds nothing without a headline, and skips a long paragraph that mentions a date', () => {
    expect(visibleDate(page('<span>الأحد 12 مايو 2024</span><p>نص</p>'))).toBe('');
    const long = `${'كلمة '.repeat(30)}في 12 مايو 2024 ${'كلمة '.repeat(10)}`;
    expect(visibleDate(page(`<h1>عنوان</h1><p>${long}</p>`))).toBe('');
  });

  it('comes after every declared source: a page with <time datetime> keeps that date', () => {
    const document = page(
      '<h1>عنوان</h1><div>الأربعاء، 07 أكتوبر 2020</div><time datetime="2020-10-06T22:00:00Z">أمس</time>',
    );
    expect(readPageMetadata(document).date).toBe('2020-10-06');
    expect(readPageMetadata(page('<h1>عنوان</h1><div>الأربعاء، 07 أكتوبر 2020</div>')).date).toBe(
      '2020-10-07',
    );
  });
});
