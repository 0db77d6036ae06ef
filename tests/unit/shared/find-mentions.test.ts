/** "Tag all mentions" search on the sample article and on spelling variants. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex, sliceCodePoints } from '../../../shared/code-points';
import { findMentions } from '../../../shared/find-mentions';
import { SAMPLE_PATH } from '../helpers';

const sample = canonicalize(readFileSync(SAMPLE_PATH, 'utf8')).text;

function quotes(text: string, phrases: string[]): string[] {
  const index = new CodePointIndex(text);
  return findMentions(index, phrases).map(([s, e]) => sliceCodePoints(text, s, e));
}

describe('findMentions', () => {
  it('finds all five mentions of "ويتكوف" in the sample article, in text order', () => {
    const index = new CodePointIndex(sample);
    const spans = findMentions(index, ['ويتكوف']);
    expect(spans).toHaveLength(5);
    expect(spans.map(([s, e]) => sliceCodePoints(sample, s, e))).toEqual(Array(5).fill('ويتكوف'));
    expect(spans).toEqual([...spans].sort((a, b) => a[0] - b[0]));
  });

  it('matches across hamza, alef maqsura, ta marbuta, harakat and tatweel variants', () => {
    const text = 'قال الحيّة، ثم قال الحيه ثم ٱلحيــة؛ وليس الحيات.';
    expect(quotes(text, ['الحية'])).toEqual(['الحيّة', 'الحيه', 'ٱلحيــة']);
    expect(quotes('إسرائيل واسرائيل وأسرائيل', ['اسرائيل'])).toEqual(['إسرائيل', 'اسرائيل', 'أسرائيل']);
  });

  it('accepts proclitics before a mention but never a match inside another word', () => {
    const text = 'التقى وويتكوف ولويتكوفيين ولخليل وخليلي';
    expect(quotes(text, ['ويتكوف'])).toEqual(['ويتكوف']);
    expect(quotes(text, ['خليل'])).toEqual(['خليل']);
  });

  it('finds several surface forms of one entity at once, without duplicates', () => {
    const found = quotes(sample, ['ستيف ويتكوف', 'المبعوث الخاص للرئيس الأمريكي', 'ستيف ويتكوف']);
    expect(found).toEqual(['المبعوث الخاص للرئيس الأمريكي', 'ستيف ويتكوف']);
  });

  it('ignores empty phrases and works for Latin words case-insensitively', () => {
    expect(quotes('Witkoff met witkoff; WITKOFFS no.', ['witkoff', ' '])).toEqual(['Witkoff', 'witkoff']);
  });
});
