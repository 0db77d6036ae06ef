/**
 * Anchors move only with evidence (issue 14): a stale quote is re-found only
 * on word (or clitic) boundaries and with CONTEXT_EVIDENCE code points of
 * prefix or suffix in agreement; otherwise the annotation is orphaned.
 */

import { describe, expect, it } from 'vitest';
import { anchor, CONTEXT_EVIDENCE, quoteSelector } from '../../../shared/anchoring';
import { CodePointIndex, utf16ToCodePoint } from '../../../shared/code-points';

/** A stored selector for `quote` at the `nth` occurrence in `text`, then pointed at stale offsets. */
function storedAt(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  const start = utf16ToCodePoint(text, at);
  return quoteSelector(new CodePointIndex(text), start, start + [...quote].length);
}

describe('anchor: evidence before a move', () => {
  it('orphans «حماس» whose context is nowhere when the text has it only inside «الحماسة»', () => {
    const text = 'استقبل الجمهور الفريق بكثير من الحماسة بعد الفوز في المباراة النهائية.';
    const target = {
      quote: 'حماس',
      prefix: 'وقالت مصادر مقربة من حركة ',
      suffix: ' إن الوفد سيصل غداً',
      start: 3,
      end: 7,
    };
    expect(anchor(new CodePointIndex(text), target)).toEqual({ status: 'orphaned' });
  });

  it('orphans a whole-word quote found only as a whole word elsewhere but without any context agreeing', () => {
    const text = 'أعلنت حماس موافقتها على المقترح المصري الجديد.';
    const target = {
      quote: 'حماس',
      prefix: 'في بيان صدر مساء أمس قالت ',
      suffix: ' إنها تدرس العرض',
      start: 0,
      end: 4,
    };
    expect(anchor(new CodePointIndex(text), target)).toEqual({ status: 'orphaned' });
  });

  it('moves to a whole-word occurrence whose prefix agrees, skipping the one inside a longer word', () => {
    const original = 'وقالت مصادر مقربة من حركة حماس إن الوفد سيصل غداً.';
    const stored = storedAt(original, 'حماس');
    const edited = `عمّت الحماسة الشارع. ${original}`;
    const at = utf16ToCodePoint(edited, edited.lastIndexOf('حماس'));
    expect(anchor(new CodePointIndex(edited), { ...stored, start: 0, end: 4 })).toEqual({
      status: 'reanchored',
      start: at,
      end: at + 4,
    });
  });

  it('accepts a start on a clitic boundary («حماس» in «وحماس») when the suffix agrees', () => {
    const text = 'جرت مفاوضات بين إسرائيل وحماس في القاهرة هذا الأسبوع.';
    const target = {
      quote: 'حماس',
      prefix: 'نص آخر تماماً لا يشبه شيئاً ',
      suffix: ' في القاهرة هذا',
      start: 0,
      end: 4,
    };
    const at = utf16ToCodePoint(text, text.indexOf('حماس'));
    expect(anchor(new CodePointIndex(text), target)).toEqual({
      status: 'reanchored',
      start: at,
      end: at + 4,
    });
  });

  it(`needs ${CONTEXT_EVIDENCE} code points of agreement: ${CONTEXT_EVIDENCE - 1} are not enough`, () => {
    const text = 'قال الوزير ويتكوف 1234567 ثم غادر.';
    const base = { quote: 'ويتكوف', prefix: 'لا شيء يطابق هنا ', start: 0, end: 6 };
    const agreeing = ' 1234567 ثم'; // space + 7 digits + … : the first 8 code points agree
    expect(anchor(new CodePointIndex(text), { ...base, suffix: agreeing }).status).toBe('reanchored');
    const seven = ' 123456X ثم'; // only 7 agree
    expect(anchor(new CodePointIndex(text), { ...base, suffix: seven })).toEqual({ status: 'orphaned' });
  });

  it('keeps a span made inside a word on purpose re-findable when its context agrees', () => {
    const original = 'دعا البيان لتبادل الأسرى فوراً.';
    const at = original.indexOf('تبادل');
    const stored = quoteSelector(new CodePointIndex(original), at, at + 5);
    const edited = `عاجل: ${original}`;
    expect(anchor(new CodePointIndex(edited), { ...stored, start: at, end: at + 5 })).toEqual({
      status: 'reanchored',
      start: at + 6,
      end: at + 11,
    });
  });
});
