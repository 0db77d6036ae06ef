/**
 * Maps between DOM positions in the rendered article and code point offsets
 * into its canonical text. Each block element holds exactly one text node, so
 * a DOM point is (block, UTF-16 index) and converts with the block's index.
 * Blocks may be mounted after the map is made (long articles mount in
 * slices): a block's text node is looked up when first needed.
 */

import { CodePointIndex } from '../../../shared/code-points';
import type { Block } from '../../../shared/model';

export const BLOCK_ATTRIBUTE = 'data-block';

export class TextMap {
  private readonly nodes: (Text | null)[];
  private readonly indexes: CodePointIndex[];

  constructor(
    readonly root: HTMLElement,
    readonly blocks: Block[],
    texts: string[],
  ) {
    this.nodes = blocks.map(() => null);
    this.indexes = texts.map((t) => new CodePointIndex(t));
  }

  /** The text node of block `i`, or null while the block is not mounted (the root's children are the blocks, in order). */
  private nodeOf(i: number): Text | null {
    const known = this.nodes[i];
    if (known?.isConnected) return known;
    const child = this.root.children[i]?.firstChild;
    const node = child instanceof Text ? child : null;
    this.nodes[i] = node;
    return node;
  }

  /** Index of the block holding code point `offset` (the last block for offsets past the end). */
  blockIndexOf(offset: number): number {
    return this.blockAtOrAfter(offset);
  }

  /** Index of the block whose element contains `node`, or -1. */
  private blockOf(node: Node): number {
    const element = node instanceof Element ? node : node.parentElement;
    const block = element?.closest(`[${BLOCK_ATTRIBUTE}]`);
    if (!block || !this.root.contains(block)) return -1;
    return Number(block.getAttribute(BLOCK_ATTRIBUTE));
  }

  /** Code point offset of a DOM point (as in a Selection), or null when it lies outside the article. */
  pointToOffset(node: Node, offset: number): number | null {
    if (node === this.root) {
      const block = this.blocks[Math.min(offset, this.blocks.length - 1)];
      if (!block) return null;
      return offset < this.blocks.length ? block.start : block.end;
    }
    const i = this.blockOf(node);
    const block = this.blocks[i];
    const index = this.indexes[i];
    if (!block || !index) return null;
    if (node instanceof Text) return block.start + index.toCodePoint(offset);
    return offset === 0 ? block.start : block.end;
  }

  /** First block whose end is after `offset` (binary search). */
  private blockAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.blocks[mid] as Block).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A live DOM Range for [start, end) in code points, or null if it cannot be built. */
  rangeFor(start: number, end: number): Range | null {
    if (end <= start || this.blocks.length === 0) return null;
    const first = this.blockAtOrAfter(start);
    const last = this.blockAtOrAfter(end - 1);
    const a = this.blocks[first];
    const b = this.blocks[last];
    const nodeA = this.nodeOf(first);
    const nodeB = this.nodeOf(last);
    const indexA = this.indexes[first];
    const indexB = this.indexes[last];
    if (!a || !b || !nodeA || !nodeB || !indexA || !indexB) return null;
    const range = document.createRange();
    range.setStart(nodeA, indexA.toUtf16(Math.max(0, start - a.start)));
    range.setEnd(nodeB, indexB.toUtf16(Math.max(0, Math.min(end, b.end) - b.start)));
    return range;
  }
}
