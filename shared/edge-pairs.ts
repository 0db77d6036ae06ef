/**
 * Brackets and quotes travel in pairs when a span's edge punctuation is
 * trimmed: "ويتكوف (Steve Witkoff)" keeps its closing bracket because the
 * opening one is inside the span, while "(Steve Witkoff)" loses both. Quote
 * marks pair within their family whatever their shape, since Arabic texts
 * open a quote with ” as often as with “ ("…", “…”, ”…“, „…“, '…', ‘…’);
 * an apostrophe inside a word (Qur'an, O’Brien) is no quote.
 * Positions are UTF-16 indices into the text.
 */

const OPENERS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '«': '»',
  '‹': '›',
  '﴿': '﴾',
  '⟨': '⟩',
  '〈': '〉',
  '《': '》',
  '「': '」',
  '『': '』',
  '【': '】',
  '〔': '〕',
  '（': '）',
  '［': '］',
  '｛': '｝',
};
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
/** Quote marks that open and close alike, by family: any two of a family make a pair. */
const QUOTE_FAMILY: Record<string, 'double' | 'single'> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  '＂': 'double',
  "'": 'single',
  '‘': 'single',
  '’': 'single',
  '‚': 'single',
  '‛': 'single',
};
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The quote family of text[u], or undefined (not a quote, or an apostrophe between two letters). */
function quoteAt(text: string, u: number): 'double' | 'single' | undefined {
  const family = QUOTE_FAMILY[text[u] ?? ''];
  if (family === 'single' && LETTER.test(text[u - 1] ?? '') && LETTER.test(text[u + 1] ?? ''))
    return undefined;
  return family;
}

/** Unpaired marks of text[s, e): openers and closers with their positions, and quote families left odd. */
function unpaired(text: string, s: number, e: number) {
  const open: { ch: string; at: number }[] = [];
  const close: { ch: string; at: number }[] = [];
  const odd = new Set<'double' | 'single'>();
  for (let u = s; u < e; u++) {
    const ch = text[u] ?? '';
    const family = quoteAt(text, u);
    if (OPENERS[ch]) open.push({ ch, at: u });
    else if (CLOSERS[ch]) {
      const i = open.map((o) => o.ch).lastIndexOf(CLOSERS[ch] ?? '');
      if (i === -1) close.push({ ch, at: u });
      else open.splice(i, 1);
    } else if (family) {
      if (odd.has(family)) odd.delete(family);
      else odd.add(family);
    }
  }
  return { open, close, odd };
}

/** The first u in [from, to) stepping by `step` where a quote of `family` is, or -1. */
function findQuote(text: string, family: string, from: number, to: number, step: 1 | -1): number {
  for (let u = from; step === 1 ? u < to : u >= to; u += step) if (quoteAt(text, u) === family) return u;
  return -1;
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
  for (const family of odd) {
    const after = findQuote(text, family, e, outerEnd, 1);
    const before = findQuote(text, family, s - 1, outerStart, -1);
    if (after !== -1) e = after + 1;
    else if (before !== -1) s = before;
  }
  return { s, e };
}
