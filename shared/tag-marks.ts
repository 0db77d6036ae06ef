/**
 * The non-colour mark of a tag on the text: an underline style (and
 * thickness) that differs between the tags of one type, so colour-blind
 * analysts and greyscale prints still tell the codes apart. Kept apart from
 * shared/tag-colours.ts so the scheme needs no colour maths.
 */

/** CSS text-decoration styles, one per tag of a type in turn (the type itself first). */
export const UNDERLINE_STYLES = ['solid', 'double', 'dashed', 'dotted', 'wavy'] as const;

export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

/** The non-colour mark of a tag: underline style and thickness in CSS pixels. */
export interface UnderlineMark {
  style: UnderlineStyle;
  width: number;
}

/**
 * The underline of the tag at `place` within its type (0 = the type itself,
 * 1… = its subtypes in order): five styles at 2 px, then the same five at
 * 4 px, so ten tags of one type never share a mark.
 */
export function underlineMark(place: number): UnderlineMark {
  const style = UNDERLINE_STYLES[place % UNDERLINE_STYLES.length] ?? 'solid';
  return { style, width: Math.floor(place / UNDERLINE_STYLES.length) % 2 === 0 ? 2 : 4 };
}
