/**
 * @vitest-environment node
 * Body copy hidden on a page (tests/fixtures/broken-markup/hidden-*.ar.html,
 * modelled on real sites' markup) through the whole file importer: a "read
 * more" rest collapsed with display:none is reported with its word count, a
 * body marked aria-hidden is kept whole, and hidden furniture (a cookie
 * notice, an aria-hidden pull quote repeating the text) is not reported.
 */

import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../../electron/services/import/import-file';
import { hiddenBodyCopy, hiddenWordsLeftOut } from '../../../../../electron/services/import/hidden-copy';
import { parseDocument, wordCount } from '../../../../../electron/services/import/html-dom';
import { fixture } from '../../../helpers';

/** The two paragraphs the "read more" page hides (display:none). */
const HIDDEN = [
  'وأشار المتحدث إلى أن الوزارة سجلت خلال الشهر الماضي أكثر من ألفي حالة تحتاج إلى علاج عاجل خارج القطاع، لم يغادر منها سوى عدد قليل.',
  'وختم بالقول إن المستشفيات ستواصل عملها بما يتوفر من إمكانات، داعيا المؤسسات الدولية إلى تحمل مسؤولياتها تجاه المرضى والجرحى.',
];
const FIRST = 'أعلنت وزارة الصحة في غزة صباح اليوم عن وصول قافلة جديدة من المساعدات الطبية';
const read = (file: string) => readImportFile(fixture(`broken-markup/${file}`));

describe('body copy hidden on the page', () => {
  it('reports the words of a "read more" rest hidden with display:none that the article lacks', async () => {
    const article = await read('hidden-read-more.ar.html');
    expect(article.canonical.text).toContain(FIRST);
    for (const paragraph of HIDDEN) expect(article.canonical.text).not.toContain(paragraph);
    expect(article.hidden).toEqual({ words: wordCount(HIDDEN.join(' ')) });
    expect(article.shortfall).toBeUndefined();
  });

  it('keeps a body marked aria-hidden whole, with nothing left to report', async () => {
    const article = await read('hidden-aria-body.ar.html');
    expect(article.canonical.text).toContain(FIRST);
    for (const paragraph of HIDDEN) expect(article.canonical.text).toContain(paragraph);
    expect(article.hidden).toBeUndefined();
    expect(article.shortfall).toBeUndefined();
  });

  it('does not report a hidden cookie notice or an aria-hidden copy of a visible paragraph', async () => {
    const article = await read('hidden-furniture.ar.html');
    for (const paragraph of HIDDEN) expect(article.canonical.text).toContain(paragraph);
    expect(article.canonical.text).not.toContain('ملفات تعريف الارتباط');
    expect(article.hidden).toBeUndefined();
  });
});

describe('hiddenBodyCopy', () => {
  it('takes hidden paragraphs of a sentence or more, by the element or an ancestor, and counts what the kept text lacks', () => {
    const long = 'كلمة '.repeat(12).trim();
    const document = parseDocument(
      `<div id="r"><p>${long} أولى</p><p hidden>${long} ثانية</p><div style="visibility: hidden"><p>${long} ثالثة</p></div>` +
        `<p aria-hidden="true">قصيرة مخفية</p><p aria-hidden="false">${long} رابعة</p></div>`,
    );
    const copy = hiddenBodyCopy(document.querySelector('#r'));
    expect(copy).toEqual([`${long} ثانية`, `${long} ثالثة`]);
    expect(hiddenWordsLeftOut(copy, `${long} ثانية`)).toBe(13);
    expect(hiddenBodyCopy(null)).toEqual([]);
  });
});
