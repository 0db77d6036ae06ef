/**
 * Where each character of an element's text is drawn, for bidi tests that
 * read a wrapped Arabic line as an analyst does: a Latin run must go left to
 * right within each line, and an id must not be split across lines.
 */

import type { Locator } from '@playwright/test';

/** One drawn character: its logical order is its index; `left` its box's left edge, `top` its line's top (px, rounded). */
export interface Glyph {
  char: string;
  left: number;
  top: number;
}

/** Each visible character of the element's text with its box, in logical order (bidi marks and isolates draw nothing and are left out). */
export function glyphs(element: Locator): Promise<Glyph[]> {
  return element.evaluate((el) => {
    const out: { char: string; left: number; top: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box || box.width === 0) continue;
        out.push({ char: text[i] ?? '', left: box.left, top: Math.round(box.top) });
      }
    }
    return out;
  });
}

/** The glyphs of the first occurrence of `run` (its characters in logical order, marks left out), or [] when absent. */
export function runGlyphs(all: Glyph[], run: string): Glyph[] {
  const text = all.map((g) => g.char).join('');
  const at = text.indexOf(run);
  return at < 0 ? [] : all.slice(at, at + run.length);
}
