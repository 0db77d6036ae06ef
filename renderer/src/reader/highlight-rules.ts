/**
 * The CSS that paints one tag on the text (a ::highlight rule) and the same
 * look as an inline style for the legend's samples: the tag's colour as a
 * tint over the page, and an underline in its type's colour in the tag's own
 * style (shared/tag-marks.ts), so codes read apart without colour too.
 */

import type { CSSProperties } from 'react';
import { TINT_ALPHA } from '../../../shared/tag-colours';
import { highlightName, type TagDefinition } from '../../../shared/taxonomy';

/** "#0072B2" → "0 114 178" (CSS rgb() space-separated channels). */
export function channels(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

/** The tint a tag paints behind its text: `rgb(r g b / TINT_ALPHA)`. */
export function tintOf(tag: TagDefinition): string {
  return `rgb(${channels(tag.color)} / ${TINT_ALPHA})`;
}

/** The tag's underline as a `text-decoration` value: style, thickness (CSS px) and its type's colour. */
export function underlineOf(tag: TagDefinition): string {
  return `underline ${tag.underline.style} ${tag.underline.width}px rgb(${channels(tag.typeColor)})`;
}

/** One ::highlight rule per tag, for the painter's constructed stylesheet. */
export function tagHighlightRules(tags: readonly TagDefinition[]): string[] {
  return tags.map(
    (tag) =>
      `::highlight(${highlightName(tag.id)}) { background-color: ${tintOf(tag)}; ` +
      `text-decoration: ${underlineOf(tag)}; text-underline-offset: 0.45em; }`,
  );
}

/** The same look as an inline style (the legend's sample of a tag): the tint as a layer over the element's own (page) background. */
export function tagSampleStyle(tag: TagDefinition): CSSProperties {
  const tint = tintOf(tag);
  return {
    backgroundImage: `linear-gradient(${tint}, ${tint})`,
    textDecoration: underlineOf(tag),
    textUnderlineOffset: '0.45em',
  };
}
