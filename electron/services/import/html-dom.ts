/**
 * The DOM of an imported HTML page, built in Node with linkedom. Declares the
 * small part of the DOM the importer reads (linkedom's own typings need the
 * DOM lib, which the main process does not load) and parses any page into a
 * document that has a root and a body, even an empty or oddly wrapped one.
 */

import { parseHTML } from 'linkedom';
import type { DomNode } from './html-blocks';

/** The element API the importer uses. */
export interface MiniElement extends DomNode {
  textContent: string | null;
  parentNode: MiniElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
  matches(selector: string): boolean;
  remove(): void;
}

/** The document API the importer uses. */
export interface MiniDocument {
  documentElement: MiniElement | null;
  body: MiniElement | null;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
}

const parse = parseHTML as unknown as (markup: string) => { document: MiniDocument };

/**
 * Parses `html` into a document with a root element and a body. linkedom
 * leaves the root empty for a blank string and for pages that open with
 * conditional comments around several `<html>` tags; those are parsed again
 * without comments, then wrapped in a bare page.
 */
export function parseDocument(html: string): MiniDocument {
  const first = parse(html).document;
  if (first.documentElement && first.body) return first;
  const uncommented = parse(html.replace(/<!--[\s\S]*?-->/gu, '')).document;
  if (uncommented.documentElement && uncommented.body) return uncommented;
  return parse(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** Text with runs of white space folded to one space, trimmed ("" for null). */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

/** Number of words (runs of non-space characters) in `text`. */
export function wordCount(text: string): number {
  return text.match(/\S+/gu)?.length ?? 0;
}
