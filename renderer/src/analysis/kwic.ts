/**
 * Keyword in context for the concordance: the text before and after a
 * mention cut to a width at a word boundary, so that every line's mention
 * can stand in one column. Widths count code points (what the eye sees for
 * Arabic letters, not UTF-16 units); harakat are never split from a letter
 * because the cut only falls at white space.
 */

/** One concordance line: the text before, the mention, the text after; `cut*` when something was dropped. */
export interface KwicLine {
  before: string;
  mention: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Cuts `before` to its last `width` code points and `after` to its first
 * `width`, each at white space (a word is never cut in half: when one word
 * is longer than `width`, it is dropped whole). Line breaks become spaces.
 */
export function kwicLine(kwic: { before: string; mention: string; after: string }, width: number): KwicLine {
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  const before = [...flat(kwic.before)];
  const after = [...flat(kwic.after)];
  let keptBefore = before;
  if (before.length > width) {
    const tail = before.slice(before.length - width);
    const space = tail.indexOf(' ');
    // The cut lands inside a word unless the character just before it is a space.
    const startsAtWord = before[before.length - width - 1] === ' ';
    keptBefore = startsAtWord ? tail : space >= 0 ? tail.slice(space + 1) : [];
  }
  let keptAfter = after;
  if (after.length > width) {
    const head = after.slice(0, width);
    const space = head.lastIndexOf(' ');
    const endsAtWord = after[width] === ' ';
    keptAfter = endsAtWord ? head : space >= 0 ? head.slice(0, space) : [];
  }
  return {
    before: keptBefore.join('').trimStart(),
    mention: kwic.mention,
    after: keptAfter.join('').trimEnd(),
    cutBefore: keptBefore.length < before.length,
    cutAfter: keptAfter.length < after.length,
  };
}
