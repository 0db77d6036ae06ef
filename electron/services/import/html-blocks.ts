/**
 * Reduces a DOM subtree to blocks of text (heading, paragraph, quote). Only
 * text nodes are read: no element, attribute, URL or style can reach the
 * stored article. Elements that never hold article text (scripts, styles,
 * frames, forms, media, templates, hidden nodes) are skipped with their content.
 */

import type { BlockInput } from '../../../shared/canonical-text';
import type { BlockKind } from '../../../shared/model';

/** Minimal DOM node shape shared by linkedom and the browser DOM. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'APPLET',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IMG',
  'PICTURE',
  'SOURCE',
  'TRACK',
  'MAP',
  'FORM',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'NOEMBED',
  'NOFRAMES',
  'XMP',
  'PLAINTEXT',
  'TITLE',
  'META',
  'LINK',
  'BASE',
  'HEAD',
  'DIALOG',
  'PORTAL',
  'SLOT',
]);
/** Page furniture around an article: skipped unless the caller asks to keep it. */
const CHROME = new Set(['NAV', 'ASIDE', 'FOOTER']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'TBODY',
  'THEAD',
  'TFOOT',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'ADDRESS',
  'HR',
  'BODY',
  'HTML',
  'CENTER',
  'DETAILS',
  'SUMMARY',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** True when `node` is hidden by itself: the `hidden` attribute, aria-hidden="true", or display:none / visibility:hidden in its style. */
export function isHidden(node: DomNode): boolean {
  if (node.hasAttribute?.('hidden')) return true;
  if (node.getAttribute?.('aria-hidden') === 'true') return true;
  const style = node.getAttribute?.('style')?.replace(/\s+/gu, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Collects the blocks of text under `root`, in document order. Hidden
 * elements (isHidden) are skipped with their content unless `keepHidden`.
 */
export function domToBlocks(
  root: DomNode,
  options: { skipChrome?: boolean; keepHidden?: boolean } = {},
): BlockInput[] {
  const blocks: BlockInput[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';

  const flush = () => {
    if (buffer.trim().length > 0) blocks.push({ kind: bufferKind, text: buffer });
    buffer = '';
  };

  const walk = (node: DomNode, kind: BlockKind, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (bufferKind !== kind) flush();
      bufferKind = kind;
      buffer += pre ? value : value.replace(/\s+/gu, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (node.nodeType === ELEMENT_NODE) {
      if (SKIPPED.has(name)) return;
      if (options.skipChrome !== false && CHROME.has(name)) return;
      if (!options.keepHidden && isHidden(node)) return;
    }
    if (name === 'BR') {
      buffer += '\n';
      return;
    }
    const childKind: BlockKind = HEADINGS.has(name) ? 'heading' : name === 'BLOCKQUOTE' ? 'quote' : kind;
    const isBlock = HEADINGS.has(name) || name === 'BLOCKQUOTE' || BLOCKS.has(name);
    if (isBlock) flush();
    const children = Array.from(node.childNodes);
    for (const child of children) walk(child, childKind, pre || name === 'PRE');
    if (isBlock) flush();
  };

  walk(root, 'paragraph', false);
  flush();
  return blocks;
}
