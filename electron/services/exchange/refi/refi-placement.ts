/**
 * Where a REFI selection lands in Hamish's canonical text. REFI positions
 * are code points into the source's text file (§10.2); when that file is
 * already canonical they are used as they are. Otherwise (CRLF line ends,
 * decomposed letters, runs of spaces, blank lines: all removed on import)
 * the selection's text is made canonical the same way and found in the
 * canonical text, at the occurrence nearest to where its position says.
 */

import { canonicalize } from '../../../../shared/canonical-text';
import { CodePointIndex, codePointLength, sliceCodePoints } from '../../../../shared/code-points';

/** A span in code points of the canonical text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Places selections of one source; built once per source. */
export class SelectionPlacer {
  private readonly index: CodePointIndex;
  private readonly rawLength: number;
  private readonly identical: boolean;

  constructor(
    private readonly raw: string,
    readonly text: string,
  ) {
    this.index = new CodePointIndex(text);
    this.rawLength = codePointLength(raw);
    this.identical = raw === text;
  }

  /** The canonical span of the raw selection [start, end), or undefined when it is outside the file or its text is gone. */
  place(start: number, end: number): Span | undefined {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > this.rawLength
    ) {
      return undefined;
    }
    if (this.identical) return { start, end };
    const quote = canonicalize(sliceCodePoints(this.raw, start, end)).text;
    if (quote === '') return undefined;
    const length = this.index.length;
    const expected = Math.round((start * length) / Math.max(1, this.rawLength));
    let best: Span | undefined;
    for (let at = this.text.indexOf(quote); at !== -1; at = this.text.indexOf(quote, at + 1)) {
      const s = this.index.toCodePoint(at);
      if (!best || Math.abs(s - expected) < Math.abs(best.start - expected)) {
        best = { start: s, end: s + codePointLength(quote) };
      }
    }
    return best;
  }
}
