/**
 * Arabic-aware snapping on real cases from the sample article: whole words,
 * proclitics left out for actors, grapheme clusters kept whole, Latin and digits.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex, codePointLength, utf16ToCodePoint } from '../../../shared/code-points';
import { knownWordsOf, lazyKnownWords, procliticLength, snapSpan, wordAt } from '../../../shared/span-snap';
import { SAMPLE_PATH } from '../helpers';

const sample = canonicalize(readFileSync(SAMPLE_PATH, 'utf8')).text;
const sampleIndex = new CodePointIndex(sample);
const known = knownWordsOf(sample);

/** Code points of `inner` inside the first occurrence of `context` in `text`. */
function spanIn(text: string, context: string, inner = context): [number, number] {
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`"${context}" not in text`);
  const u = at + context.indexOf(inner);
  const start = utf16ToCodePoint(text, u);
  return [start, start + codePointLength(inner)];
}

function snapped(index: CodePointIndex, span: [number, number], clitics: boolean): string | null {
  const s = snapSpan(index, span[0], span[1], { clitics, knownWords: known });
  return s ? [...index.text].slice(s[0], s[1]).join('') : null;
}

describe('proclitics in the sample article (Actor snapping)', () => {
  // [context in the sample, the word the user drags over, the span an Actor gets]
  const cases: [string, string, string][] = [
    ['تعازيه لخليل الحية', 'لخليل', 'خليل'],
    ['جمعت ويتكوف والحية', 'والحية', 'الحية'],
    ['جمعت ويتكوف والحية', 'ويتكوف', 'ويتكوف'],
    ['بين إسرائيل وحماس', 'وحماس', 'حماس'],
    ['قطاع غزة', 'غزة', 'غزة'],
    ['النار بغزة', 'بغزة', 'غزة'],
    ['صهر الرئيس الأمريكي', 'الرئيس', 'الرئيس'],
    ['المبعوث الخاص للرئيس الأمريكي', 'للرئيس', 'رئيس'],
    ['اهتمام الإدارة الأمريكية بالحفاظ', 'بالحفاظ', 'الحفاظ'],
    ['الأسرى والمعتقلين', 'والمعتقلين', 'المعتقلين'],
    ['لحركة حماس', 'لحركة', 'لحركة'], // "حركة" never stands alone in the sample: kept whole
    ['وعادت الاشتباكات', 'وعادت', 'وعادت'],
    ['ويواجه ويتكوف', 'ويواجه', 'ويواجه'],
  ];
  it.each(cases)('in "%s", dragging "%s" tags "%s"', (context, word, expected) => {
    expect(snapped(sampleIndex, spanIn(sample, context, word), true)).toBe(expected);
  });

  it('keeps a drag that starts right after the proclitic, even with the option off', () => {
    const [s, e] = spanIn(sample, 'وتبادل الأسرى', 'تبادل الأسرى');
    expect(snapped(sampleIndex, [s, e], false)).toBe('تبادل الأسرى');
    // One letter further in is inside the word: the whole word is taken.
    expect(snapped(sampleIndex, [s + 1, e], false)).toBe('وتبادل الأسرى');
  });

  it('keeps proclitics when the option is off', () => {
    expect(snapped(sampleIndex, spanIn(sample, 'تعازيه لخليل الحية', 'لخليل'), false)).toBe('لخليل');
  });

  it('lazyKnownWords answers as knownWordsOf does (the reader builds it on first use)', () => {
    const lazy = lazyKnownWords(sample);
    for (const word of ['وويتكوف', 'ويتكوف', 'لخليل', 'بالحية', 'وتبادل']) {
      expect(procliticLength(word, lazy)).toBe(procliticLength(word, known));
    }
    for (const word of known) expect(lazy.has(word)).toBe(true);
    expect(lazy.has('كلمةغيرموجودة')).toBe(false);
  });

  it('strips the conjunction of the issue\'s "وويتكوف" because "ويتكوف" stands alone in the article', () => {
    expect(procliticLength('وويتكوف', known)).toBe(1);
    expect(procliticLength('ويتكوف', known)).toBe(0);
    expect(procliticLength('لخليل', known)).toBe(1);
    expect(procliticLength('بالحية', known)).toBe(1);
    const text = `${sample}\nالتقى وويتكوف بالحية.`;
    const index = new CodePointIndex(text);
    const tail = text.slice(text.lastIndexOf('\n') + 1);
    const base = text.length - tail.length;
    const s = utf16ToCodePoint(text, base + tail.indexOf('وويتكوف') + 2);
    expect(snapped(index, [s, s + 2], true)).toBe('ويتكوف');
  });

  it("leaves only the first word's proclitics out of a multi-word span", () => {
    expect(snapped(sampleIndex, spanIn(sample, 'لخليل الحية'), true)).toBe('خليل الحية');
  });
});

describe('word snapping', () => {
  it('grows a drag that starts and ends inside words to the whole words', () => {
    const [s, e] = spanIn(sample, 'ستيف ويتكوف');
    expect(snapped(sampleIndex, [s + 2, e - 2], false)).toBe('ستيف ويتكوف');
  });

  it('trims spaces and punctuation around the words', () => {
    const [s, e] = spanIn(sample, 'الأمريكي، ستيف ويتكوف، للقاء', '، ستيف ويتكوف، ');
    expect(snapped(sampleIndex, [s, e], false)).toBe('ستيف ويتكوف');
  });

  it('works for Latin words and digits in mixed text', () => {
    const text = 'قال Steve Witkoff في 9 سبتمبر 2025: "deal".';
    const index = new CodePointIndex(text);
    const [s, e] = spanIn(text, 'Steve Witkoff');
    expect(snapped(index, [s + 2, e - 3], true)).toBe('Steve Witkoff');
    const [d, f] = spanIn(text, '2025');
    expect(snapped(index, [d + 1, f - 1], true)).toBe('2025');
    const [q, r] = spanIn(text, '"deal".');
    expect(snapped(index, [q, r], true)).toBe('deal');
  });

  it('returns null for a selection of only spaces and punctuation', () => {
    const [s, e] = spanIn(sample, '، ');
    expect(snapSpan(sampleIndex, s, e)).toBeNull();
  });
});

describe('grapheme clusters', () => {
  it('keeps a letter with its harakat and lam-alef whole, without word snapping', () => {
    const text = 'قَالَ مُحَمَّدٌ لَا';
    const index = new CodePointIndex(text);
    // Start on the damma after the mim, end between shadda and fatha of the second mim.
    const s = utf16ToCodePoint(text, text.indexOf('مُ') + 1);
    const e = utf16ToCodePoint(text, text.indexOf('مَّ') + 2);
    const got = snapSpan(index, s, e, { words: false });
    expect(got && [...text].slice(got[0], got[1]).join('')).toBe('مُحَمَّ');
    const la = utf16ToCodePoint(text, text.indexOf('لَا'));
    const inside = snapSpan(index, la + 1, la + 2, { words: false });
    expect(inside && [...text].slice(inside[0], inside[1]).join('')).toBe('لَا');
  });

  it('never cuts an emoji sequence', () => {
    const text = 'أهلاً 👩‍👩‍👧 bye';
    const index = new CodePointIndex(text);
    const family = text.indexOf('👩');
    const s = utf16ToCodePoint(text, family + 2);
    const got = snapSpan(index, s - 1, s + 3, { words: false });
    // A selection of only an emoji is a symbol: nothing to tag.
    expect(got).toBeNull();
  });

  it('finds the word under a caret, also just after its last letter', () => {
    const u = sample.indexOf('ويتكوف');
    expect(wordAt(sample, u + 3)).toEqual({ start: u, end: u + 6 });
    expect(wordAt(sample, u + 6, true)).toEqual({ start: u, end: u + 6 });
    expect(wordAt(sample, u + 6)).toBeNull();
  });
});
