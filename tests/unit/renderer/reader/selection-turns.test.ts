/**
 * The reader's selection turns (renderer/src/reader/selection-turns.ts), pure:
 * E between main's answer to a tag-menu create and the render of the saved
 * annotation as `selected` (entity-picker e2e flake) still asks for that
 * annotation's picker; E with nothing selected and nothing being saved does
 * not; a choice made while a save is under way stands against what the save
 * made; and (issue 14) an E made for an annotation an undo took away, or
 * before a choice, asks for nothing later. `state` objects stand for the
 * reader's renders (a new one per render).
 * (Replaces reader-actions-picker.test.ts, which stubbed `window`.)
 */

import { describe, expect, it } from 'vitest';
import { createSelectionTurns } from '../../../../renderer/src/reader/selection-turns';

const SAVED = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

describe('E around a tag-menu create', () => {
  it('asks for the saved annotation’s picker after main answered but before the render', () => {
    const turns = createSelectionTurns();
    const render = {};
    const turn = turns.startCreate();
    expect(turns.endCreate(turn, SAVED, render)).toEqual({ select: true, picker: false });
    expect(turns.pickerFor(null, false, render)).toBe(SAVED);
    // Rendered: selected is what counts from now on.
    expect(turns.pickerFor(SAVED, false, {})).toBe(SAVED);
    expect(turns.pickerFor(null, false, {})).toBeNull();
  });

  it('E while the create is saved opens that annotation’s picker when it ends, once', () => {
    const turns = createSelectionTurns();
    const turn = turns.startCreate();
    expect(turns.pickerFor(null, false, {})).toBeNull();
    expect(turns.endCreate(turn, SAVED, {})).toEqual({ select: true, picker: true });
    const next = turns.startCreate();
    expect(turns.endCreate(next, OTHER, {})).toEqual({ select: true, picker: false });
  });

  it('asks for nothing when nothing is selected or being saved, or the user chose otherwise', () => {
    const turns = createSelectionTurns();
    const render = {};
    expect(turns.pickerFor(null, false, render)).toBeNull();
    const turn = turns.startCreate();
    expect(turns.endCreate(turn, SAVED, render).select).toBe(true);
    turns.chose(); // Esc: let go
    expect(turns.pickerFor(null, false, render)).toBeNull();
  });

  it('E while saving, then Esc: the save ends selecting nothing and asking for no picker', () => {
    const turns = createSelectionTurns();
    const turn = turns.startCreate();
    turns.pickerFor(null, false, {});
    turns.chose();
    expect(turns.endCreate(turn, SAVED, {})).toEqual({ select: false, picker: false });
    const next = turns.startCreate();
    expect(turns.endCreate(next, OTHER, {})).toEqual({ select: true, picker: false });
  });

  it('asks for nothing once a later render shows the saved annotation gone (undone before E)', () => {
    const turns = createSelectionTurns();
    const saved = {};
    const turn = turns.startCreate();
    turns.endCreate(turn, SAVED, saved);
    // Rendered again after an undo: nothing selected; the saved annotation must not be asked for.
    expect(turns.pickerFor(null, false, {})).toBeNull();
  });

  it('asks for nothing while the tag menu is open, even with an annotation selected', () => {
    const turns = createSelectionTurns();
    expect(turns.pickerFor(SAVED, true, {})).toBeNull();
    const turn = turns.startCreate();
    expect(turns.pickerFor(null, true, {})).toBeNull();
    expect(turns.endCreate(turn, SAVED, {}).picker).toBe(false);
  });

  it('a create that saved nothing selects nothing and leaves E asking for nothing', () => {
    const turns = createSelectionTurns();
    const render = {};
    const turn = turns.startCreate();
    expect(turns.endCreate(turn, null, render)).toEqual({ select: false, picker: false });
    expect(turns.pickerFor(null, false, render)).toBeNull();
  });
});

describe('a choice made while main is saving stands', () => {
  it('a create that ends after a click or Esc selects nothing', () => {
    const turns = createSelectionTurns();
    const render = {};
    const turn = turns.startCreate();
    turns.chose();
    expect(turns.endCreate(turn, SAVED, render).select).toBe(false);
    expect(turns.pickerFor(null, false, render)).toBeNull();
  });

  it('a delete lets go of the selection only if no choice was made meanwhile', () => {
    const turns = createSelectionTurns();
    const quiet = turns.turn();
    expect(turns.still(quiet)).toBe(true);
    const busy = turns.turn();
    turns.chose();
    expect(turns.still(busy)).toBe(false);
  });

  it('two creates in a row: E asks for the last one answered until it is rendered', () => {
    const turns = createSelectionTurns();
    const render = {};
    const first = turns.startCreate();
    const second = turns.startCreate();
    expect(turns.endCreate(first, SAVED, render).select).toBe(true);
    expect(turns.endCreate(second, OTHER, render).select).toBe(true);
    expect(turns.pickerFor(null, false, render)).toBe(OTHER);
    expect(turns.pickerFor(null, false, {})).toBeNull();
  });
});
