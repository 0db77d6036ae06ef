/**
 * @vitest-environment node
 * The headline of a .txt article: the first line when a blank line follows it
 * or it is clearly shorter than the body's paragraphs, whatever its words.
 */

import { describe, expect, it } from 'vitest';
import { splitHeadline } from '../../../../../electron/services/import/text-headline';

/** 17 words: longer than the old 12-word limit. */
const HEADLINE =
  'الرئيس التونسي يستقبل وزير الخارجية الجزائري ويبحث معه تطورات الأوضاع في ليبيا والتعاون الاقتصادي بين البلدين الشقيقين';
const PARAGRAPH =
  'استقبل الرئيس التونسي صباح اليوم بقصر قرطاج وزير الخارجية الجزائري الذي نقل إليه رسالة خطية من نظيره الجزائري تتعلق بالعلاقات الثنائية وسبل تطويرها في مختلف المجالات، كما تناول اللقاء المستجدات الإقليمية.';

describe('splitHeadline', () => {
  it('takes a 17-word Arabic first line followed by a blank line as the headline and leaves it out of the body', () => {
    const { title, body } = splitHeadline(`${HEADLINE}\r\n\r\n${PARAGRAPH}\r\n${PARAGRAPH}\r\n`);
    expect(title).toBe(HEADLINE);
    expect(body).not.toContain(HEADLINE);
    expect(body).toContain(PARAGRAPH);
  });

  it('takes a first line clearly shorter than the paragraphs as the headline without a blank line', () => {
    expect(splitHeadline(`${HEADLINE}\n${PARAGRAPH} ${PARAGRAPH}\n${PARAGRAPH} ${PARAGRAPH}`).title).toBe(
      HEADLINE,
    );
  });

  it('does not take a first paragraph as a headline when every paragraph is separated by blank lines', () => {
    const raw = `${PARAGRAPH}\n\n${PARAGRAPH.slice(0, 150)}\n\n${PARAGRAPH.slice(0, 120)}`;
    expect(splitHeadline(raw)).toEqual({ title: '', body: raw });
  });

  it('finds no headline in a one-line text', () => {
    expect(splitHeadline(PARAGRAPH)).toEqual({ title: '', body: PARAGRAPH });
  });
});
