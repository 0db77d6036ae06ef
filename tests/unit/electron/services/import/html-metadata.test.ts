/**
 * @vitest-environment node
 * Metadata a page declares about itself, read before any heuristic: JSON-LD,
 * Open Graph, RDFa/Dublin Core, `<time>`, and a date in the canonical URL.
 */

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../../electron/services/import/html-dom';
import { dateInUrl, readPageMetadata } from '../../../../../electron/services/import/html-metadata';

const meta = (head: string, body = '<p>نص</p>') =>
  readPageMetadata(
    parseDocument(`<!doctype html><html lang="ar-TN"><head>${head}</head><body>${body}</body></html>`),
  );

describe('readPageMetadata', () => {
  it('reads an RDFa Dublin Core date (property="dc:date") as a Drupal page gives it', () => {
    const m = meta(
      '',
      '<span property="dc:date dc:created" content="2019-02-08T11:20:00+01:00" datatype="xsd:dateTime">08/02/2019</span>',
    );
    expect(m.date).toBe('2019-02-08');
    expect(m.language).toBe('ar');
  });

  it('reads JSON-LD NewsArticle inside @graph: headline, date, authors, publisher, URL', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'الموقع' },
        {
          '@type': 'NewsArticle',
          headline: 'مفاوضات الدوحة تستأنف بحضور الوسطاء',
          datePublished: '2024-03-05T08:00:00Z',
          author: [
            { '@type': 'Person', name: 'سارة أحمد' },
            { '@type': 'Person', name: 'Omar Ali' },
          ],
          publisher: { '@type': 'Organization', name: 'العربي الجديد' },
          mainEntityOfPage: { '@id': 'https://www.alaraby.co.uk/politics/doha-talks' },
        },
      ],
    };
    const m = meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(m).toMatchObject({
      title: 'مفاوضات الدوحة تستأنف بحضور الوسطاء',
      date: '2024-03-05',
      author: 'سارة أحمد, Omar Ali',
      source: 'العربي الجديد',
      url: 'https://www.alaraby.co.uk/politics/doha-talks',
    });
  });

  it('prefers the canonical link and Open Graph tags, and ignores malformed JSON-LD', () => {
    const m = meta(`<script type="application/ld+json">{ not json</script>
<link rel="canonical" href="https://example.org/news/1">
<meta property="og:url" content="https://example.org/other">
<meta property="og:title" content="عنوان الخبر"><meta property="og:site_name" content="الموقع">
<meta property="article:published_time" content="2025-10-02T10:00:00Z">`);
    expect(m).toMatchObject({
      url: 'https://example.org/news/1',
      title: 'عنوان الخبر',
      source: 'الموقع',
      date: '2025-10-02',
    });
  });

  it('falls back to <time datetime>, then to a date in the canonical URL', () => {
    expect(
      meta('', '<article><time datetime="2023-11-20T09:00">20 نوفمبر</time><p>نص</p></article>').date,
    ).toBe('2023-11-20');
    expect(meta('<link rel="canonical" href="https://www.alquds.co.uk/2023/10/07/story-name/">').date).toBe(
      '2023-10-07',
    );
  });

  it('never keeps a javascript: URL', () => {
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').url).toBe('');
  });
});

describe('dateInUrl', () => {
  it('finds /yyyy/mm/dd/, yyyy-mm-dd and yyyymmdd, and refuses impossible dates and bare numbers', () => {
    expect(dateInUrl('https://a.tn/ar/2019/2/8/interview')).toBe('2019-02-08');
    expect(dateInUrl('https://a.com/news/2021-06-30-title')).toBe('2021-06-30');
    expect(dateInUrl('https://a.com/article/20211103/AGENTUR/311039909/x')).toBe('2021-11-03');
    expect(dateInUrl('https://a.com/2021/13/40/x')).toBe('');
    expect(dateInUrl('https://a.com/node/123456789')).toBe('');
    expect(dateInUrl('not a url')).toBe('');
  });

  it('finds a date with a section between year and month (/2013/middle_east/8/3/, CNN Arabic)', () => {
    expect(dateInUrl('http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html')).toBe(
      '2013-08-03',
    );
    expect(dateInUrl('https://a.com/2020/news/13/3/x')).toBe('');
    expect(dateInUrl('https://a.com/2020/11/2338761/')).toBe('');
  });
});
