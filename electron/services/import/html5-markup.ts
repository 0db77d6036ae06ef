/**
 * Re-writes a saved page as the tree a browser builds from it, so the DOM
 * the importer reads (linkedom, whose htmlparser2 is not an HTML5 parser) has
 * the browser's shape. parse5 (the WHATWG HTML5 parser in Node) parses the
 * page and serialises it back with every element closed: an unclosed `<svg>`
 * or `<math>` no longer holds the paragraphs after it (a browser ends foreign
 * content at `<p>`, `<div>`…; htmlparser2 kept them inside the `<svg>`, and
 * the body was lost), tables, lists and `<p>` are closed where a browser closes
 * them, and a page always has `<html>`, `<head>` and `<body>`.
 *
 * Where a browser itself would swallow the rest of the page, the broken tag
 * is closed in the source and the page parsed again: an unclosed comment or
 * text-only element (`<iframe>`, `<textarea>`, `<title>`, `<xmp>`,
 * `<noembed>`, `<noframes>`, `<script>`, `<style>`, `<plaintext>`) ends at the
 * first tag after it; an element that hides what it holds (`<noscript>`,
 * `<template>`, `<svg>`, `<math>`, `<select>`) just before the first tag of a
 * page's body text (p, div, article, h1…, see BODY_TAGS). Only constructs that
 * run to the end of the file and swallow body text are mended: the article
 * after a broken tag is kept, not hidden.
 */

import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type CommentNode = DefaultTreeAdapterMap['commentNode'];

/** Elements whose content is text: left open, they end at the first tag after them (any tag is markup, not text). */
const RAW_TEXT = new Set([
  'iframe',
  'noembed',
  'noframes',
  'xmp',
  'textarea',
  'title',
  'script',
  'style',
  'plaintext',
]);

/**
 * Elements whose content is never read as the page's body text: left unclosed, they swallow it. The raw-text
 * elements, and those that hide what they hold (foreign content, templates, no-script fallbacks, selects).
 */
const SWALLOWING = new Set([...RAW_TEXT, 'svg', 'math', 'template', 'noscript', 'select']);
const ANY_TAG = /<[a-z!/]/iu;

/** Tags of a page's body text: an unclosed swallowing element or comment ends just before the first one. */
const BODY_TAGS = new Set(
  'p div article section main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table blockquote figure figcaption pre span form hr br center address'.split(
    ' ',
  ),
);
const BODY_TAG = new RegExp(`<(?:${[...BODY_TAGS].join('|')})(?=[\\s/>])`, 'iu');

/** At most this many broken tags are mended on one page (each costs a parse). */
const MAX_REPAIRS = 16;

/** Where a page's source is mended: `insert` is put at `at` (a UTF-16 offset into the source). */
interface Repair {
  at: number;
  insert: string;
  /** Offset of the broken construct's start (stable: repairs only insert after it). */
  start: number;
}

/** True when `node` holds body text: a body tag read as text, or a body element inside it. */
function holdsBody(node: Node): boolean {
  if (node.nodeName === '#text') return BODY_TAG.test((node as TextNode).value);
  if (node.nodeName === '#comment') return BODY_TAG.test((node as CommentNode).data);
  if ('tagName' in node && BODY_TAGS.has(node.tagName)) return true;
  return childrenOf(node).some(holdsBody);
}

/** The child nodes of `node`, a template's content included. */
function childrenOf(node: Node): Node[] {
  const children: Node[] = 'childNodes' in node ? [...node.childNodes] : [];
  if ('content' in node) children.push(...node.content.childNodes);
  return children;
}

/** Calls `visit` on every node of `root` in document order. */
function walk(root: Node, visit: (node: Node) => void): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    stack.push(...childrenOf(node).reverse());
  }
}

/**
 * The nodes from `root` down to the last node in document order that holds
 * anything (each the last child of the one before; an empty element the
 * parser adds at the end, such as `<body>` after an open `<title>`, is passed over).
 */
function pathToLast(root: Node): Node[] {
  const path = [root];
  for (let children = childrenOf(root); children.length > 0;) {
    const filled = children.filter((child) => !('tagName' in child) || childrenOf(child).length > 0);
    const last = filled[filled.length - 1];
    if (!last) break;
    path.push(last);
    children = childrenOf(last);
  }
  return path;
}

/**
 * The cheap screen before a parse with locations: a construct left open holds
 * the rest of the file, so the last node is that comment or lies inside that
 * element; it is suspicious when the swallowed part holds body text.
 */
function suspicious(html: string, root: Node): boolean {
  const path = pathToLast(root);
  const last = path[path.length - 1] as Node;
  if (last.nodeName === '#comment' && !html.endsWith('-->') && holdsBody(last)) return true;
  return path.some((node) => 'tagName' in node && SWALLOWING.has(node.tagName) && holdsBody(node));
}

/** The first broken construct of `html` (in source order, parsed with locations) that swallows body text, or null. */
function firstRepair(html: string, root: Node, mended: ReadonlySet<number>): Repair | null {
  let best: Repair | null = null;
  const consider = (start: number, from: number, insert: string, end: RegExp) => {
    // A construct mended once and still open is left as it is (the close did not take).
    if (mended.has(start)) return;
    const match = end.exec(html.slice(from));
    if (!match) return;
    const at = from + match.index;
    if (!best || at < best.at) best = { at, insert, start };
  };
  walk(root, (node) => {
    if (!('tagName' in node) || !SWALLOWING.has(node.tagName)) return;
    const location = node.sourceCodeLocation;
    const start = location?.startTag;
    // "<svg/>", "<script href=…/>" in foreign content: closed by its own tag.
    const selfClosed = start ? html.slice(start.startOffset, start.endOffset).endsWith('/>') : true;
    if (start && !location.endTag && !selfClosed && holdsBody(node)) {
      const end = RAW_TEXT.has(node.tagName) ? ANY_TAG : BODY_TAG;
      consider(start.startOffset, start.endOffset, `</${node.tagName}>`, end);
    }
  });
  // A comment that runs to the end of the file was never closed ("<!--" with no "-->").
  const path = pathToLast(root);
  const last = path[path.length - 1] as Node;
  const where = last.sourceCodeLocation;
  if (last.nodeName === '#comment' && where && !html.endsWith('-->') && holdsBody(last)) {
    consider(where.startOffset, where.startOffset + 4, '-->', ANY_TAG);
  }
  return best;
}

/**
 * The page `html` as a browser's HTML5 parser builds it, serialised back to
 * markup with every element closed (see the module comment). Scripting is
 * taken as off, so `<noscript>` holds markup, as linkedom reads it. Never
 * throws: parse5 recovers from any input. Costs one parse and one
 * serialisation; a page with a swallowing element parses again with source
 * locations, once per broken tag mended.
 */
export function html5Markup(html: string): string {
  const plain = parse(html, { scriptingEnabled: false });
  if (!suspicious(html, plain)) return serialize(plain);
  let source = html;
  const mended = new Set<number>();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const document = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
    const repair: Repair | null = firstRepair(source, document, mended);
    if (!repair) return serialize(document);
    mended.add(repair.start);
    source = `${source.slice(0, repair.at)}${repair.insert}${source.slice(repair.at)}`;
  }
  return serialize(parse(source, { scriptingEnabled: false }));
}
