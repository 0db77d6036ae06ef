/**
 * Chart colours: every key of one chart gets its own colour, even where the
 * default scheme gives two tags the same one (the tag listed first in the
 * scheme keeps it, whatever the counts' order), and the fallback colours
 * never repeat a scheme colour already in the chart.
 */

import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, listTags } from '../../../../shared/taxonomy';
import { keyColours, OKABE_ITO, TOL_MUTED } from '../../../../renderer/src/analysis/chart-palette';

const tags = listTags(DEFAULT_TAXONOMY);
const colourOf = (id: string) => tags.find((t) => t.id === id)?.color.toUpperCase();

describe('keyColours', () => {
  it('gives every tag of the default scheme a distinct colour in one chart', () => {
    const ids = tags.map((t) => t.id);
    const sharing = ids.filter((id) => ids.some((o) => o !== id && colourOf(o) === colourOf(id)));
    // The premise: the default scheme does reuse colours across types.
    expect(sharing.length).toBeGreaterThan(1);
    const colours = keyColours(ids, tags);
    expect(new Set(colours).size).toBe(ids.length);
  });

  it('lets the tag listed first in the scheme keep a shared colour, in any order of keys', () => {
    // actor.armed-group and demand.prisoners share #F0532B; actor comes first in the scheme.
    expect(colourOf('actor.armed-group')).toBe(colourOf('demand.prisoners'));
    const one = keyColours(['demand.prisoners', 'actor.armed-group'], tags);
    const other = keyColours(['actor.armed-group', 'demand.prisoners'], tags);
    expect(one[1]).toBe(colourOf('actor.armed-group'));
    expect(other[0]).toBe(colourOf('actor.armed-group'));
    expect(one[0]).not.toBe(one[1]);
    expect(one[0]).toBe(other[1]);
    expect([...OKABE_ITO, ...TOL_MUTED]).toContain(one[0]);
  });

  it('skips palette colours a scheme tag already holds', () => {
    // demand.ceasefire is #0072B2, Okabe–Ito's fifth; entities take the others first.
    const keys = ['demand.ceasefire', ...Array.from({ length: 8 }, (_, i) => `entity-${i}`)];
    const colours = keyColours(keys, tags);
    expect(colours[0]).toBe('#0072B2');
    expect(colours.slice(1)).not.toContain('#0072B2');
    expect(new Set(colours).size).toBe(keys.length);
  });
});
