/**
 * Brackets and quotes travel in pairs when a span's edge punctuation is
 * trimmed: "ويتكوف (Steve Witkoff)" keeps its closing bracket because the
 * opening one is inside the span, while "(Steve Witkoff)" loses both.
 * Positions are UTF-16 indices into the text.
 */

const OPENERS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '«': '»',
  '“': '”',
  '‘': '’',
  '‹': '›',
};
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
/** Quote marks that open and close alike. */
const SYMMETRIC = new Set(['"']);

/** Unpaired marks of text[s, e): openers and closers with their positions, and symmetric quotes left odd. */
function unpaired(text: string, s: number, e: number) {
  const open: { ch: string; at: number }[] = [];
  const close: { ch: string; at: number }[] = [];
  const odd = new Set<string>();
  for (let u = s; u < e; u++) {
    const ch = text[u] ?? '';
    if (OPENERS[ch]) open.push({ ch, at: u });
    else if (CLOSERS[ch]) {
      const i = open.map((o) => o.ch).lastIndexOf(CLOSERS[ch] ?? '');
      if (i === -1) close.push({ ch, at: u });
      else open.splice(i, 1);
    } else if (SYMMETRIC.has(ch)) {
      if (odd.has(ch)) odd.delete(ch);
      else odd.add(ch);
    }
  }
  return { open, close, odd };
}

/**
 * Gives back to a trimmed span [s, e) the partners of its unpaired brackets
 * and quotes, when they were trimmed off: the span was [outerStart,
 * outerEnd) before trimming. Returns the (possibly wider) span.
 */
export function keepPairs(
  text: string,
  span: { s: number; e: number },
  outerStart: number,
  outerEnd: number,
): { s: number; e: number } {
  let { s, e } = span;
  const { open, close, odd } = unpaired(text, s, e);
  for (const o of open) {
    const at = text.indexOf(OPENERS[o.ch] ?? '', e);
    if (at !== -1 && at < outerEnd) e = Math.max(e, at + 1);
  }
  for (const c of close) {
    const at = text.lastIndexOf(CLOSERS[c.ch] ?? '', s - 1);
    if (at !== -1 && at >= outerStart && s > 0) s = Math.min(s, at);
  }
  for (const q of odd) {
    const after = text.indexOf(q, e);
    const before = s > 0 ? text.lastIndexOf(q, s - 1) : -1;
    if (after !== -1 && after < outerEnd) e = after + 1;
    else if (before !== -1 && before >= outerStart) s = before;
  }
  return { s, e };
}
