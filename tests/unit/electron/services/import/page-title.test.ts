/**
 * @vitest-environment node
 * The title without the site's name: cut when the site is known, or when
 * the rest of the title is exactly the headline the page shows (its <h1>),
 * whether the site's name comes before or after it.
 */

import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from '../../../../../electron/services/import/html-article';
import { headlineInTitle, withoutSiteName } from '../../../../../electron/services/import/page-title';

const HEADLINE = 'أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا';
const BODY =
  'بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجد في الولايات المتحدة خمسين ألفا مساء الخميس، بعدما حصد الوباء خلال الساعات الماضية أرواح آلاف المصابين بحسب جامعة جونز هوبكنز. ';

describe('headlineInTitle', () => {
  it('cuts a site name before or after the headline the page shows', () => {
    expect(headlineInTitle(`المدينة نيوز - ${HEADLINE}`, [HEADLINE])).toBe(HEADLINE);
    expect(headlineInTitle(`${HEADLINE} | المدينة نيوز`, [HEADLINE])).toBe(HEADLINE);
    expect(headlineInTitle(`${HEADLINE} « صحيفة الأخبار اليومية`, [HEADLINE])).toBe(HEADLINE);
  });

  it('keeps a title that is more than the headline and a site name, or has no separator', () => {
    const long = `${HEADLINE} - والولايات الجنوبية تسجل أعلى الأرقام منذ بداية الوباء في آذار`;
    expect(headlineInTitle(long, [HEADLINE])).toBe(long);
    expect(headlineInTitle(`${HEADLINE} اليوم`, [HEADLINE])).toBe(`${HEADLINE} اليوم`);
    expect(headlineInTitle('كورونا - المدينة', ['كورونا'])).toBe('كورونا - المدينة');
  });
});

describe('withoutSiteName', () => {
  it('cuts a known site name at either end', () => {
    expect(withoutSiteName(`المدينة نيوز - ${HEADLINE}`, 'المدينة نيوز')).toBe(HEADLINE);
    expect(withoutSiteName(`${HEADLINE} | المدينة نيوز`, 'المدينة نيوز')).toBe(HEADLINE);
    expect(withoutSiteName(HEADLINE, '')).toBe(HEADLINE);
  });
});

describe('extractHtmlArticle titles', () => {
  it('titles a page whose og:title and <title> carry the site name with its <h1>, shown once', () => {
    const html = `<!doctype html><html lang="ar"><head><meta charset="utf-8">
<meta property="og:title" content=" المدينة نيوز - ${HEADLINE}"><title>${HEADLINE} - المدينة نيوز</title></head>
<body><div id="main_article_content"><h1>${HEADLINE}</h1><div class="main_article_body"><p>${BODY.repeat(3)}</p><p>${BODY.repeat(2)}</p></div></div></body></html>`;
    const doc = extractHtmlArticle(html);
    expect(doc.title).toBe(HEADLINE);
    expect(doc.blocks.some((block) => block.text.includes(HEADLINE))).toBe(false);
  });
});
