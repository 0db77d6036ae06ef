/**
 * The kept grapheme index of a long text: the same clusters as segmenting
 * the line afresh at every position of the real sample article (harakat,
 * lam-alef, emoji, lines), and each line segmented once however many
 * positions and mentions are asked about.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import { findMentions } from '../../../shared/find-mentions';
import { CACHED_FROM, graphemeIndexOf } from '../../../shared/grapheme-index';
import { snapSpan } from '../../../shared/span-snap';
import {
  clusterEnd,
  clusterFrom,
  clusterStart,
  clusterUpTo,
  clustersOfLine,
  type Cluster,
} from '../../../shared/text-clusters';
import { SAMPLE_PATH } from '../helpers';

const sample = canonicalize(readFileSync(SAMPLE_PATH, 'utf8')).text;
/** Harakat, shadda, lam-alef with hamza, an emoji sequence and an empty line, before the real article. */
const text = `لَا إِلَٰهَ، لأنّ الأمم 👩🏽‍💻 والسّلام\n\n${sample}`;

const references = new Map<number, Cluster[]>();

/** The reference: the line around `u` segmented afresh, lam + alef merged (as the text-clusters rules say). */
function reference(u: number): Cluster[] {
  const from = text.lastIndexOf('\n', u - 1) + 1;
  const known = references.get(from);
  if (known) return known;
  const nl = text.indexOf('\n', u);
  const to = nl === -1 ? text.length : nl;
  const out: Cluster[] = [];
  for (const seg of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
    text.slice(from, to),
  )) {
    const prev = out[out.length - 1];
    if (prev && prev.text.startsWith('ل') && /^[اأإآٱ]/u.test(seg.segment)) {
      prev.end += seg.segment.length;
      prev.text += seg.segment;
    } else
      out.push({ start: from + seg.index, end: from + seg.index + seg.segment.length, text: seg.segment });
  }
  references.set(from, out);
  return out;
}

describe('grapheme index of a long text', () => {
  it('is used for the article (long) and not for a word (short)', () => {
    expect(text.length).toBeGreaterThan(CACHED_FROM);
  });

  it('gives the same clusters as segmenting afresh, at every position', () => {
    for (let u = 0; u <= text.length; u++) {
      const line = reference(Math.min(u, text.length));
      if (u % 50 === 0 || text[u - 1] === '\n') expect(clustersOfLine(text, u)).toEqual(line);
      const inside = line.find((c) => c.start <= u && u < c.end);
      const expectedStart =
        u <= 0 || u >= text.length ? Math.max(0, Math.min(u, text.length)) : (inside?.start ?? u);
      expect(clusterStart(text, u)).toBe(expectedStart);
      const cutting = line.find((c) => c.start < u && u < c.end);
      expect(clusterEnd(text, u)).toBe(u <= 0 || u >= text.length ? u : (cutting?.end ?? u));
      const from = text[u] === '\n' ? { start: u, end: u + 1, text: '\n' } : line.find((c) => c.start === u);
      expect(clusterFrom(text, u)).toEqual(from);
      const before = u > 0 ? reference(u - 1) : [];
      const upTo =
        text[u - 1] === '\n' ? { start: u - 1, end: u, text: '\n' } : before.find((c) => c.end === u);
      expect(clusterUpTo(text, u)).toEqual(upTo);
    }
  });

  it('segments each line once, however many mentions and snaps ask about it', () => {
    const long = `${sample}\n${sample}`;
    const index = new CodePointIndex(long);
    const kept = graphemeIndexOf(long);
    const lines = long.split('\n').filter((l) => l.length > 0).length;
    const first = findMentions(index, ['ويتكوف', 'إسرائيل', 'غزة', 'حماس']);
    expect(first.length).toBeGreaterThan(10);
    const afterFirst = kept.segmented;
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThanOrEqual(lines);
    // The same searches again, and a snap at every mention: no line is segmented a second time.
    expect(findMentions(index, ['ويتكوف', 'إسرائيل', 'غزة', 'حماس'])).toEqual(first);
    for (const [s, e] of first) snapSpan(index, s + 1, e - 1);
    expect(graphemeIndexOf(long)).toBe(kept);
    expect(kept.segmented).toBe(afterFirst);
  });
});
