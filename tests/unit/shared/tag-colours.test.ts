/**
 * Finding 4 of issue 15: the subtypes of one type must be told apart on the
 * text. Measured with culori's CIEDE2000 on the colours as painted (the tag
 * colour at the painter's opacity over the page colour of styles.css), for
 * the default scheme, for a type grown by new subtypes, and for the palette;
 * and the underline marks that carry the code without colour.
 */

import { readFile } from 'node:fs/promises';
import { blend, differenceCiede2000, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { tagHighlightRules } from '../../../renderer/src/reader/highlight-rules';
import { addSubtype, addType } from '../../../renderer/src/taxonomy/taxonomy-draft';
import { nextSubtypeColour, PAGE_PAPER, TAG_PALETTE, TINT_ALPHA } from '../../../shared/tag-colours';
import { underlineMark } from '../../../shared/tag-marks';
import { DEFAULT_TAXONOMY, listTags, type Taxonomy } from '../../../shared/taxonomy';

/** The aim of the issue: no two tags of a type closer than this on the page. */
const MIN_DELTA_E = 10;

const deltaE = differenceCiede2000();
const painted = (hex: string) => {
  const colour = parse(hex);
  const paper = parse(PAGE_PAPER);
  if (!colour || !paper) throw new Error(`not a colour: ${hex}`);
  return blend([paper, { ...colour, alpha: TINT_ALPHA }]);
};
const gap = (a: string, b: string) => deltaE(painted(a), painted(b));

/** The closest pair of tints among `colours`, with its ΔE. */
function closest(colours: readonly string[]): { pair: [string, string]; delta: number } {
  let best = { pair: ['', ''] as [string, string], delta: Infinity };
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) {
      const delta = gap(colours[i] ?? '', colours[j] ?? '');
      if (delta < best.delta) best = { pair: [colours[i] ?? '', colours[j] ?? ''], delta };
    }
  return best;
}

const tintsByType = (taxonomy: Taxonomy) =>
  taxonomy.types.map((type) => ({
    type: type.id,
    colours: listTags(taxonomy)
      .filter((t) => t.typeId === type.id)
      .map((t) => t.color),
  }));

describe('tag colours on the page', () => {
  it('measures what is painted: the page colour of the stylesheet and the rules of the painter', async () => {
    const css = await readFile('renderer/src/styles.css', 'utf8');
    expect(css).toContain(`--paper: ${PAGE_PAPER};`);
    const tags = listTags(DEFAULT_TAXONOMY);
    const rules = tagHighlightRules(tags);
    tags.forEach((tag, i) => {
      const [, r, g, b, alpha] =
        /background-color: rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(rules[i] ?? '') ?? [];
      expect(Number(alpha)).toBe(TINT_ALPHA);
      const hex = `#${[r, g, b].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
      expect(hex).toBe(tag.color.toLowerCase());
      expect(rules[i]).toContain(`underline ${tag.underline.style} ${tag.underline.width}px`);
    });
  });

  it('the palette: every two tints ΔE ≥ 11.8, every tint ≥ 12 from the bare page', () => {
    const { delta, pair } = closest(TAG_PALETTE);
    console.log(`palette: closest tints ${pair.join(' / ')} at ΔE ${delta.toFixed(2)}`);
    expect(delta).toBeGreaterThanOrEqual(11.8);
    const page = parse(PAGE_PAPER);
    if (!page) throw new Error('no page colour');
    for (const colour of TAG_PALETTE) expect(deltaE(painted(colour), page)).toBeGreaterThan(12);
  });

  it(`the default scheme: within each type (the type itself and its subtypes) ΔE ≥ ${MIN_DELTA_E}`, () => {
    for (const { type, colours } of tintsByType(DEFAULT_TAXONOMY)) {
      const { delta, pair } = closest(colours);
      console.log(`${type}: ${colours.length} tags, closest ${pair.join(' / ')} at ΔE ${delta.toFixed(2)}`);
      expect(delta, type).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });

  it(`new subtypes keep ΔE ≥ ${MIN_DELTA_E}, in a default type and in a new one, up to eight subtypes`, () => {
    // A new type keeps the colour the scheme editor gives it (not one of the palette's).
    let draft = addType(DEFAULT_TAXONOMY);
    const added = draft.types.length - 1;
    for (const index of [0, added]) {
      const grow = (n: number) => {
        for (let i = 0; i < n; i++) draft = addSubtype(draft, index);
      };
      grow(8 - (draft.types[index]?.subtypes.length ?? 0));
      const colours = tintsByType(draft)[index]?.colours ?? [];
      expect(colours).toHaveLength(9);
      const { delta } = closest(colours);
      expect(delta).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });

  it('a full type still gets the colour farthest from what it shows', () => {
    const type = DEFAULT_TAXONOMY.types[0];
    if (!type) throw new Error('no type');
    const full = {
      ...type,
      subtypes: TAG_PALETTE.map((color, i) => ({
        id: `s${i}`,
        label: { ar: 'س', en: 's' },
        color,
        key: `${i}`,
      })),
    };
    expect(TAG_PALETTE).toContain(nextSubtypeColour(full));
  });
});

describe('underline marks', () => {
  it('ten tags of one type carry ten different marks; the default types repeat none', () => {
    const marks = Array.from({ length: 10 }, (_, i) => JSON.stringify(underlineMark(i)));
    expect(new Set(marks).size).toBe(10);
    for (const type of DEFAULT_TAXONOMY.types) {
      const tags = listTags(DEFAULT_TAXONOMY).filter((t) => t.typeId === type.id);
      expect(new Set(tags.map((t) => JSON.stringify(t.underline))).size).toBe(tags.length);
      expect(tags.every((t) => t.typeColor === type.color)).toBe(true);
    }
  });
});
