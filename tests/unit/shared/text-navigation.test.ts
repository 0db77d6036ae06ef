import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/canonical-text';
import {
  moveEdge,
  nextSentence,
  nextWord,
  previousSentence,
  previousWord,
  sentenceAt,
} from '../../../shared/text-navigation';
import { SAMPLE_PATH } from '../helpers';

const sample = canonicalize(readFileSync(SAMPLE_PATH, 'utf8')).text;
const cut = (s: { start: number; end: number } | null) => (s ? sample.slice(s.start, s.end) : null);

describe('text navigation on the sample article', () => {
  it('steps word by word over punctuation, both ways', () => {
    const at = sample.indexOf('ستيف');
    expect(cut(nextWord(sample, at))).toBe('ستيف');
    const name = nextWord(sample, at + 'ستيف'.length);
    expect(cut(name)).toBe('ويتكوف');
    expect(cut(nextWord(sample, name?.end ?? 0))).toBe('للقاء');
    expect(cut(previousWord(sample, at))).toBe('الأمريكي');
    expect(previousWord(sample, 0)).toBeNull();
    expect(nextWord(sample, sample.length)).toBeNull();
  });

  it('finds sentences ending at a full stop or a line break', () => {
    expect(cut(sentenceAt(sample, 3))).toBe(
      'كشفت مصادر إخبارية عن استعداد المبعوث الخاص للرئيس الأمريكي، ستيف ويتكوف، للقاء خليل الحية، رئيس المكتب السياسي لحركة حماس في قطاع غزة',
    );
    const second = nextSentence(sample, sentenceAt(sample, 3)?.end ?? 0);
    expect(cut(second)?.startsWith('يأتي هذا اللقاء')).toBe(true);
    expect(cut(previousSentence(sample, second?.start ?? 0))?.startsWith('كشفت')).toBe(true);
    const heading = sample.indexOf('بحث وقف إطلاق النار بغزة');
    expect(cut(sentenceAt(sample, heading + 2))).toBe('بحث وقف إطلاق النار بغزة');
  });
});

describe('moveEdge', () => {
  it('grows and shrinks either edge of a span by one word', () => {
    const at = sample.indexOf('ستيف ويتكوف');
    const span = { start: at, end: at + 'ستيف ويتكوف'.length };
    expect(cut(moveEdge(sample, span, 'end', 'grow'))).toBe('ستيف ويتكوف، للقاء');
    expect(cut(moveEdge(sample, span, 'start', 'grow'))).toBe('الأمريكي، ستيف ويتكوف');
    expect(cut(moveEdge(sample, span, 'end', 'shrink'))).toBe('ستيف');
    expect(cut(moveEdge(sample, span, 'start', 'shrink'))).toBe('ويتكوف');
    const one = { start: at, end: at + 'ستيف'.length };
    expect(moveEdge(sample, one, 'end', 'shrink')).toBeNull();
    expect(moveEdge(sample, one, 'start', 'shrink')).toBeNull();
  });
});
