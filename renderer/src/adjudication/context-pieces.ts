/**
 * Cuts a disagreement's context into runs of text inside coder A's span,
 * coder B's span, both or neither, so the view can mark each span while the
 * Arabic letters stay joined (the runs are inline text, no box between them).
 * Offsets are code points into the article; the context starts at `start`.
 */

/** A run of context text and which coders' spans it lies in. */
export interface Piece {
  text: string;
  inA: boolean;
  inB: boolean;
}

type Span = { start: number; end: number } | null;

const inside = (span: Span, at: number) => span !== null && at >= span.start && at < span.end;

/** The runs of `context` (text starting at code point `start`) against spans `a` and `b`. */
export function contextPieces(context: { text: string; start: number }, a: Span, b: Span): Piece[] {
  const chars = Array.from(context.text);
  const pieces: Piece[] = [];
  chars.forEach((char, i) => {
    const at = context.start + i;
    const inA = inside(a, at);
    const inB = inside(b, at);
    const last = pieces[pieces.length - 1];
    if (last && last.inA === inA && last.inB === inB) last.text += char;
    else pieces.push({ text: char, inA, inB });
  });
  return pieces;
}
