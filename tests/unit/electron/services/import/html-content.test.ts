/**
 * @vitest-environment node
 * Furniture inside the article that leaked on real pages of the shared
 * corpus, on a minimal page modelled on their markup
 * (tests/fixtures/furniture): an advertiser disclosure, a label with a teaser
 * link ("Mire:", «اقرأ أيضا:»), a label over a list of teaser links ("Siehe
 * auch") are left out; a paragraph with a link inside its sentence is kept.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../../../electron/services/import/html-article';
import { removeFurnitureInside } from '../../../../../electron/services/import/html-content';
import { parseDocument } from '../../../../../electron/services/import/html-dom';
import { canonicalizeBlocks } from '../../../../../shared/canonical-text';
import { fixture } from '../../../helpers';

describe('furniture inside the article', () => {
  it('leaves out the disclosure and the teaser lines, and keeps the four paragraphs', () => {
    const doc = extractHtmlArticle(readFileSync(fixture('furniture/teasers-disclosure.ar.html'), 'utf8'));
    const text = canonicalizeBlocks(doc.blocks).text;
    expect(doc.blocks).toHaveLength(4);
    expect(text).toContain('وقال المتحدث باسم الوزارة في مؤتمر صحفي إن القافلة تكفي');
    expect(text).toContain('من جهتها، دعت منظمة الصحة العالمية');
    for (const line of [
      'يحتوي هذا المقال على روابط',
      'اقرأ أيضا',
      'نفاد الوقود',
      'Siehe auch',
      'الأمم المتحدة تحذر',
    ])
      expect(text).not.toContain(line);
  });

  it('takes a label of more than two words, or a sentence around a link, for text', () => {
    const long = 'نص '.repeat(40);
    const document = parseDocument(
      `<div id="c"><p>${long}</p><p>اقرأ أيضا: <a href="/x">خبر آخر</a></p>` +
        `<p>قال الوزير في <a href="/y">مؤتمر صحفي</a> إن الوضع صعب</p><p>تابعونا على حساباتنا: <a href="/z">هنا</a></p></div>`,
    );
    const content = document.querySelector('#c');
    if (!content) throw new Error('no content');
    expect(removeFurnitureInside(content)).toBe(4);
    expect(Array.from(content.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      long,
      'قال الوزير في مؤتمر صحفي إن الوضع صعب',
      'تابعونا على حساباتنا: هنا',
    ]);
  });
});
