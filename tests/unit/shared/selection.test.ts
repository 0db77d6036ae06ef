import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import { tidySpan } from '../../../shared/selection';

const sample = canonicalize(readFileSync('resources/sample-article.ar.txt', 'utf8')).text;

function span(text: string, from: string, extraBefore = 0, extraAfter = 0): [number, number] {
  const cps = [...text];
  const needle = [...from];
  for (let i = 0; i + needle.length <= cps.length; i++) {
    if (needle.every((c, k) => cps[i + k] === c)) return [i - extraBefore, i + needle.length + extraAfter];
  }
  throw new Error(`not found: ${from}`);
}

function quoteOf(index: CodePointIndex, s: [number, number] | null): string | null {
  return s ? [...index.text].slice(s[0], s[1]).join('') : null;
}

describe('tidySpan', () => {
  const index = new CodePointIndex(sample);

  it('trims the spaces and Arabic comma a drag picks up around a name', () => {
    // "الأمريكي، ستيف ويتكوف، للقاء": include the space before and the "، " after.
    const [s, e] = span(sample, 'ستيف ويتكوف', 1, 2);
    expect(quoteOf(index, tidySpan(index, s, e))).toBe('ستيف ويتكوف');
  });

  it('accepts a backwards selection', () => {
    const [s, e] = span(sample, 'خليل الحية');
    expect(quoteOf(index, tidySpan(index, e, s))).toBe('خليل الحية');
  });

  it('never splits a letter from its harakat', () => {
    const text = 'قالَ المُتحدِّثُ إنَّ الهدنةَ مستمرة';
    const i = new CodePointIndex(text);
    // End right after "المتحد" base letters but before the shadda and damma of "د".
    const cps = [...text];
    const start = cps.indexOf('ا', 4);
    const end = cps.indexOf('ّ');
    const tidy = tidySpan(i, start, end);
    expect(quoteOf(i, tidy)).toBe('المُتحدِّ');
    // A start on a combining mark moves back to its letter.
    const onMark = tidySpan(i, cps.indexOf('َ') /* fatha of قالَ */, 5);
    expect(quoteOf(i, onMark)?.startsWith('ل')).toBe(true);
  });

  it('returns null when only spaces and punctuation are selected', () => {
    const text = 'أولاً، ثم ثانياً';
    expect(tidySpan(new CodePointIndex(text), 5, 7)).toBeNull();
  });

  it('counts code points when an astral character precedes the span', () => {
    const text = '🙂 وصل ويتكوف';
    const i = new CodePointIndex(text);
    expect(quoteOf(i, tidySpan(i, 1, 6))).toBe('وصل');
  });
});
