/** The tag menu's placement (issue 15, finding 5: it sat at y = −62 px over a selection near the top). */

import { describe, expect, it } from 'vitest';
import { MENU_GAP, placeMenu, type Box } from '../../../../renderer/src/reader/menu-placement';

/** The reader's box in a 1360×900 window: below the 52 px top bar, above the status line. */
const READER: Box = { top: 52, bottom: 870, left: 0, right: 1360 };
const MENU = { width: 224, height: 330 };

const line = (top: number, left = 600): Box => ({ top, bottom: top + 40, left, right: left + 120 });

function inside(menu: { top: number; left: number }, size: { width: number; height: number }, bounds: Box) {
  expect(menu.top).toBeGreaterThanOrEqual(bounds.top);
  expect(menu.left).toBeGreaterThanOrEqual(bounds.left);
  expect(menu.top + size.height).toBeLessThanOrEqual(bounds.bottom);
  expect(menu.left + size.width).toBeLessThanOrEqual(bounds.right);
}

describe('placeMenu', () => {
  it('goes above a selection with room above it', () => {
    const at = placeMenu(line(500), MENU, READER);
    expect(at).toMatchObject({ side: 'above', top: 500 - MENU_GAP - MENU.height });
  });

  it('goes below a selection near the top (where the old menu left the window)', () => {
    const at = placeMenu(line(70), MENU, READER);
    expect(at).toMatchObject({ side: 'below', top: 110 + MENU_GAP });
    inside(at, MENU, READER);
  });

  it('stays inside when there is room on neither side: the roomier side, clamped', () => {
    const tall = { width: 224, height: 600 };
    for (const top of [150, 400, 700]) inside(placeMenu(line(top), tall, READER), tall, READER);
  });

  it('is kept off the start and end edges', () => {
    inside(placeMenu(line(500, 2), MENU, READER), MENU, READER);
    inside(placeMenu(line(500, 1300), MENU, READER), MENU, READER);
  });
});
