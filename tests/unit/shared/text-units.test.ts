/**
 * Sentences and paragraphs of canonical Arabic text for co-occurrence: the
 * Arabic question mark, semicolon and full stop end sentences, a line ends
 * both, closing quotes stay with their sentence, a decimal point ends
 * nothing; offsets are code points (an astral character counts once).
 */

import { describe, expect, it } from 'vitest';
import { textUnits, unitAt } from '../../../shared/text-units';

/** The sentences of `text` as strings, cut at the starts found. */
function sentences(text: string): string[] {
  const points = [...text];
  const { sentenceStarts } = textUnits(text);
  return sentenceStarts.map((s, i) =>
    points
      .slice(s, sentenceStarts[i + 1] ?? points.length)
      .join('')
      .trim(),
  );
}

describe('textUnits', () => {
  it('ends sentences at . ! ? ؟ ؛ and at line ends, paragraphs at line ends', () => {
    const text = 'هل تقبل حماس؟ نعم؛ قال الوفد. ثم غادر!\nفقرة ثانية بلا نقطة\nوثالثة.';
    expect(sentences(text)).toEqual([
      'هل تقبل حماس؟',
      'نعم؛',
      'قال الوفد.',
      'ثم غادر!',
      'فقرة ثانية بلا نقطة',
      'وثالثة.',
    ]);
    const { blockStarts } = textUnits(text);
    expect(blockStarts).toEqual([0, text.indexOf('فقرة'), text.indexOf('وثالثة')]);
  });

  it('keeps closing quotes with their sentence and reads no end in a decimal', () => {
    expect(sentences('قال «انتهى الأمر.» وغادر. نسبة 3.5 بالمئة.')).toEqual([
      'قال «انتهى الأمر.»',
      'وغادر.',
      'نسبة 3.5 بالمئة.',
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    const text = 'رمز 𝕏 هنا. وبعده جملة.';
    const second = [...text].indexOf('و');
    expect(textUnits(text).sentenceStarts).toEqual([0, second]);
    expect(unitAt(textUnits(text).sentenceStarts, second - 1)).toBe(0);
    expect(unitAt(textUnits(text).sentenceStarts, second)).toBe(1);
  });
});
