import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor, quoteSelector } from '../../../shared/anchoring';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex, codePointLength, utf16ToCodePoint } from '../../../shared/code-points';
import { CONTEXT_LENGTH } from '../../../shared/model';
import { SAMPLE_PATH } from '../helpers';

const sample = canonicalize(readFileSync(SAMPLE_PATH, 'utf8')).text;
const NAME = 'ستيف ويتكوف';

/** Code point span of the first occurrence of `quote` in `text`. */
function spanOf(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  const start = utf16ToCodePoint(text, at);
  return { start, end: start + codePointLength(quote) };
}

describe('quoteSelector', () => {
  it('takes the quote and up to 32 code points of context from the sample', () => {
    const index = new CodePointIndex(sample);
    const { start, end } = spanOf(sample, NAME);
    const selector = quoteSelector(index, start, end);
    expect(selector.quote).toBe(NAME);
    const at = sample.indexOf(NAME);
    expect(sample.slice(0, at).endsWith(selector.prefix)).toBe(true);
    expect(sample.slice(at + NAME.length).startsWith(selector.suffix)).toBe(true);
    expect(codePointLength(selector.prefix)).toBe(CONTEXT_LENGTH);
    expect(codePointLength(selector.suffix)).toBe(CONTEXT_LENGTH);
    expect(selector.prefix.endsWith('الأمريكي، ')).toBe(true);
    expect(selector.suffix.startsWith('، للقاء خليل الحية')).toBe(true);
  });

  it('shortens context at the edges of the text', () => {
    const text = 'حماس توافق';
    const selector = quoteSelector(new CodePointIndex(text), 0, 4);
    expect(selector).toEqual({ quote: 'حماس', prefix: '', suffix: ' توافق' });
  });

  it('counts context in code points, never splitting an astral character', () => {
    const text = `${'🙂'.repeat(40)} ${NAME} ${'𝕏'.repeat(40)}`;
    const { start, end } = spanOf(text, NAME);
    expect(start).toBe(41);
    const selector = quoteSelector(new CodePointIndex(text), start, end);
    expect(selector.quote).toBe(NAME);
    expect(Array.from(selector.prefix)).toHaveLength(CONTEXT_LENGTH);
    expect(Array.from(selector.suffix)).toHaveLength(CONTEXT_LENGTH);
    expect(selector.prefix).toBe(`${'🙂'.repeat(31)} `);
    expect(selector.suffix).toBe(` ${'𝕏'.repeat(31)}`);
  });

  it('uses code point offsets after a non-BMP character', () => {
    const text = `عاجل 🙂: قال ${NAME} إن اللقاء قريب`;
    const { start, end } = spanOf(text, NAME);
    expect(start).toBe(text.indexOf(NAME) - 1);
    const selector = quoteSelector(new CodePointIndex(text), start, end);
    expect(selector.quote).toBe(Array.from(text).slice(start, end).join(''));
    expect(selector.prefix).toBe('عاجل 🙂: قال ');
  });
});

describe('anchor', () => {
  const index = new CodePointIndex(sample);
  const span = spanOf(sample, NAME);
  const stored = { ...quoteSelector(index, span.start, span.end), ...span };

  it('anchors an annotation whose quote is still in place', () => {
    expect(anchor(index, stored)).toEqual({ status: 'anchored', ...span });
  });

  it('re-anchors by quote and context when the offsets moved', () => {
    const shifted = `عاجل: ${sample}`;
    const result = anchor(new CodePointIndex(shifted), stored);
    expect(result).toEqual({ status: 'reanchored', start: span.start + 6, end: span.end + 6 });
  });

  it('prefers the occurrence whose context matches over the nearest one', () => {
    const text = `قال ويتكوف أمس.\nوصل ويتكوف إلى الدوحة.`;
    const second = text.lastIndexOf('ويتكوف');
    const selector = quoteSelector(new CodePointIndex(text), second, second + 6);
    // Stored offsets point at the first occurrence, but the context is the second's.
    const result = anchor(new CodePointIndex(text), { ...selector, start: 0, end: 6 });
    expect(result).toEqual({ status: 'reanchored', start: second, end: second + 6 });
  });

  it('reports an annotation whose quote is gone as orphaned', () => {
    const edited = sample.replaceAll(NAME, 'المبعوث');
    expect(anchor(new CodePointIndex(edited), stored)).toEqual({ status: 'orphaned' });
  });

  it('reports offsets past the end with a missing quote as orphaned', () => {
    expect(anchor(new CodePointIndex('نص قصير'), { ...stored, start: 500, end: 511 })).toEqual({
      status: 'orphaned',
    });
  });
});
