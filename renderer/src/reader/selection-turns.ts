/**
 * Who decides what the reader selects while main is saving, and whether E
 * asks for the entity picker then: pure bookkeeping, no DOM, used by
 * reader-actions.ts. A save that ends selects what it made only if the user
 * chose nothing meanwhile (an Esc or a click while "Saving…" stands), and a
 * tag-menu create that main has answered but the reader has not yet rendered
 * as `selected` still counts as selected for E (entity-picker e2e flake).
 */

/** The bookkeeping of one reader's selection turns. */
export interface SelectionTurns {
  /** The user selected an annotation or a span, or let go: what a save asked to select is forgotten. */
  chose(): void;
  /** The current turn: a save started now may select only if it is still the turn when it ends. */
  turn(): number;
  /** True when no choice was made since `turn` was taken. */
  still(turn: number): boolean;
  /** A tag-menu create is being saved: E meanwhile asks for the picker. Returns its turn. */
  startCreate(): number;
  /**
   * The create started at `turn` ended with the annotation `id` (null: nothing saved).
   * Returns true when the reader should select `id` (no choice was made meanwhile);
   * E then asks for the picker until the user chooses otherwise.
   */
  endCreate(turn: number, id: string | null): boolean;
  /**
   * Whether E asks for the picker, given the reader's rendered state: something
   * selected, a create being saved or a saved one not yet rendered, and no tag
   * menu open (`pending`).
   */
  wantsPicker(selected: boolean, pending: boolean): boolean;
}

/** A fresh set of turns for one reader (see SelectionTurns). */
export function createSelectionTurns(): SelectionTurns {
  /** Bumped on every selection the user makes or lets go of. */
  let choices = 0;
  /** Tag-menu annotations still being saved. */
  let creating = 0;
  /** A saved tag-menu annotation asked to be selected and not yet rendered as `selected`. */
  let selecting: string | null = null;
  return {
    chose() {
      choices++;
      selecting = null;
    },
    turn: () => choices,
    still: (turn) => choices === turn,
    startCreate() {
      creating++;
      return choices;
    },
    endCreate(turn, id) {
      creating--;
      if (id === null || choices !== turn) return false;
      selecting = id;
      return true;
    },
    wantsPicker(selected, pending) {
      if (selected) selecting = null;
      return (selected || creating > 0 || selecting !== null) && !pending;
    },
  };
}
