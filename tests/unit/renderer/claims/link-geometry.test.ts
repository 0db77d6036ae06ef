/**
 * Where the claim layer anchors a member and how it draws a link, on rects
 * shaped like those Chromium gives for Arabic lines: the start edge is the
 * right edge in a right-to-left line and the left edge in a left-to-right
 * one; a span wrapped over two lines anchors on its first line; an embedded
 * left-to-right run split into rects anchors on the line's start edge;
 * empty rects are ignored; links arc above both ends.
 */

import { describe, expect, it } from 'vitest';
import { anchorOf, linkPath, toLayer, type RectLike } from '../../../../renderer/src/claims/link-geometry';

const rect = (left: number, right: number, top: number, bottom = top + 30): RectLike => ({
  left,
  right,
  top,
  bottom,
});

describe('anchorOf', () => {
  it('anchors a right-to-left span on its right edge and a left-to-right one on its left', () => {
    expect(anchorOf([rect(300, 420, 100)], true)).toEqual({ x: 420, y: 100 });
    expect(anchorOf([rect(300, 420, 100)], false)).toEqual({ x: 300, y: 100 });
  });

  it('anchors a span wrapped over two lines on its first line, whatever order the rects come in', () => {
    // Arabic: the first line ends at the left margin (x 40), the second starts at the right (x 700).
    const wrapped = [rect(580, 700, 145), rect(40, 160, 100)];
    expect(anchorOf(wrapped, true)).toEqual({ x: 160, y: 100 });
    expect(anchorOf([rect(600, 700, 100), rect(40, 120, 145)], false)).toEqual({ x: 600, y: 100 });
  });

  it('takes the start edge of the whole first line when a mixed-direction span is split into runs', () => {
    // "وقال Steve Witkoff إن": Arabic run on the right, the Latin run to its left, on one line.
    const runs = [rect(500, 560, 100), rect(360, 495, 101, 129)];
    expect(anchorOf(runs, true)).toEqual({ x: 560, y: 100 });
    expect(anchorOf(runs, false)).toEqual({ x: 360, y: 100 });
  });

  it('ignores empty rects (block boundaries) and gives null when nothing is drawn', () => {
    expect(anchorOf([rect(700, 700, 60), rect(300, 420, 100)], true)).toEqual({ x: 420, y: 100 });
    expect(anchorOf([rect(10, 10, 0)], true)).toBeNull();
    expect(anchorOf([], false)).toBeNull();
  });
});

describe('links', () => {
  it('moves client points into the layer', () => {
    expect(toLayer({ x: 420, y: 100 }, { x: 20, y: -400 })).toEqual({ x: 400, y: 500 });
    expect(toLayer({ x: 5, y: 5 }, { x: 0, y: 0 }, { x: 10, y: 20 })).toEqual({ x: 15, y: 25 });
  });

  it('arcs above both ends, higher for longer links', () => {
    const short = linkPath({ x: 400, y: 100 }, { x: 300, y: 100 });
    expect(short).toBe('M 400 100 C 400 76, 300 76, 300 100');
    const long = linkPath({ x: 600, y: 300 }, { x: 100, y: 100 });
    const controlY = Number(/C \S+ (\S+),/.exec(long)?.[1]);
    expect(controlY).toBeLessThan(100 - 60);
  });
});
