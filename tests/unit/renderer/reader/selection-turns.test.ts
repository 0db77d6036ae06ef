/**
 * The reader's selection turns (renderer/src/reader/selection-turns.ts), pure:
 * E between main's answer to a tag-menu create and the render of the saved
 * annotation as `selected` (entity-picker e2e flake) still asks for the
 * picker; E with nothing selected and nothing being saved does not; a choice
 * made while a save is under way stands against what the save made.
 * (Replaces reader-actions-picker.test.ts, which stubbed `window`.)
 */

import { describe, expect, it } from 'vitest';
import { createSelectionTurns } from '../../../../renderer/src/reader/selection-turns';

const SAVED = '00000000-0000-4000-8000-000000000001';

describe('E around a tag-menu create', () => {
  it('asks for the picker while the create is saved, and after main answered but before the render', () => {
    const turns = createSelectionTurns();
    const turn = turns.startCreate();
    // Saving: nothing selected yet, no tag menu.
    expect(turns.wantsPicker(false, false)).toBe(true);
    // Main answered: the reader is told to select it, not yet rendered as `selected`.
    expect(turns.endCreate(turn, SAVED)).toBe(true);
    expect(turns.wantsPicker(false, false)).toBe(true);
    // Rendered: selected is what counts from now on.
    expect(turns.wantsPicker(true, false)).toBe(true);
    expect(turns.wantsPicker(false, false)).toBe(false);
  });

  it('asks for nothing when nothing is selected or being saved, or the user chose otherwise', () => {
    const turns = createSelectionTurns();
    expect(turns.wantsPicker(false, false)).toBe(false);
    const turn = turns.startCreate();
    expect(turns.endCreate(turn, SAVED)).toBe(true);
    turns.chose(); // Esc: let go
    expect(turns.wantsPicker(false, false)).toBe(false);
  });

  it('asks for nothing while the tag menu is open, even with an annotation selected', () => {
    const turns = createSelectionTurns();
    expect(turns.wantsPicker(true, true)).toBe(false);
    turns.startCreate();
    expect(turns.wantsPicker(false, true)).toBe(false);
  });

  it('a create that saved nothing selects nothing and leaves E asking for nothing', () => {
    const turns = createSelectionTurns();
    const turn = turns.startCreate();
    expect(turns.endCreate(turn, null)).toBe(false);
    expect(turns.wantsPicker(false, false)).toBe(false);
  });
});

describe('a choice made while main is saving stands', () => {
  it('a create that ends after a click or Esc selects nothing', () => {
    const turns = createSelectionTurns();
    const turn = turns.startCreate();
    turns.chose();
    expect(turns.endCreate(turn, SAVED)).toBe(false);
    expect(turns.wantsPicker(false, false)).toBe(false);
  });

  it('a delete lets go of the selection only if no choice was made meanwhile', () => {
    const turns = createSelectionTurns();
    const quiet = turns.turn();
    expect(turns.still(quiet)).toBe(true);
    const busy = turns.turn();
    turns.chose();
    expect(turns.still(busy)).toBe(false);
  });

  it('two creates in a row: E asks until both are answered and the last is rendered', () => {
    const turns = createSelectionTurns();
    const first = turns.startCreate();
    const second = turns.startCreate();
    expect(turns.endCreate(first, SAVED)).toBe(true);
    expect(turns.wantsPicker(false, false)).toBe(true);
    expect(turns.endCreate(second, `${SAVED.slice(0, -1)}2`)).toBe(true);
    expect(turns.wantsPicker(true, false)).toBe(true);
    expect(turns.wantsPicker(false, false)).toBe(false);
  });
});
