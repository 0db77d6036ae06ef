/**
 * Who decides what the reader selects while main is saving, and whether E
 * asks for the entity picker then: pure bookkeeping, no DOM, used by
 * reader-actions.ts. A save that ends selects what it made only if the user
 * chose nothing meanwhile (an Esc or a click while "Saving…" stands), and a
 * tag-menu create that main has answered but the reader has not yet rendered
 * as `selected` still counts as selected for E (entity-picker e2e flake).
 * E names the annotation it asks the picker for, and a request is dropped
 * with the turn it was made in (issue 14: an E after an undone tag must not
 * open the picker on the next selection).
 */

/** What the reader does when a tag-menu create ends (see SelectionTurns.endCreate). */
export interface CreateEnd {
  /** Select the saved annotation (no choice was made meanwhile). */
  select: boolean;
  /** Also ask for its entity picker: E was pressed while it was being saved. */
  picker: boolean;
}

/** The bookkeeping of one reader's selection turns. */
export interface SelectionTurns {
  /** The user selected an annotation or a span, or let go: what a save asked to select, and an E waiting for it, are forgotten. */
  chose(): void;
  /** The current turn: a save started now may select only if it is still the turn when it ends. */
  turn(): number;
  /** True when no choice was made since `turn` was taken. */
  still(turn: number): boolean;
  /** A tag-menu create is being saved: E meanwhile asks for its picker. Returns its turn. */
  startCreate(): number;
  /**
   * The create started at `turn` ended with the annotation `id` (null: nothing
   * saved), while the reader's rendered state was `state`: whether to select
   * `id` and open its picker.
   */
  endCreate(turn: number, id: string | null, state: unknown): CreateEnd;
  /**
   * The annotation E asks the picker for, given the reader's rendered state:
   * the selected one, else a saved one not yet rendered as selected (only
   * while `state` is still the state it was saved under: once the reader has
   * rendered again, `selectedId` says what is there — it may have been undone
   * meanwhile); null for none (with a create being saved, E then waits for
   * that create: endCreate says so). Nothing while the tag menu is open (`pending`).
   */
  pickerFor(selectedId: string | null, pending: boolean, state: unknown): string | null;
}

/** A fresh set of turns for one reader (see SelectionTurns). */
export function createSelectionTurns(): SelectionTurns {
  /** Bumped on every selection the user makes or lets go of. */
  let choices = 0;
  /** Tag-menu annotations still being saved. */
  let creating = 0;
  /** A saved tag-menu annotation asked to be selected, and the rendered state it was saved under. */
  let selecting: { id: string; state: unknown } | null = null;
  /** The turn of an E pressed while a create was being saved (a later choice drops it). */
  let pickerTurn: number | null = null;
  return {
    chose() {
      choices++;
      selecting = null;
      pickerTurn = null;
    },
    turn: () => choices,
    still: (turn) => choices === turn,
    startCreate() {
      creating++;
      return choices;
    },
    endCreate(turn, id, state) {
      creating--;
      const select = id !== null && choices === turn;
      const picker = select && pickerTurn === turn;
      if (creating === 0 || picker) pickerTurn = null;
      if (select) selecting = { id, state };
      return { select, picker };
    },
    pickerFor(selectedId, pending, state) {
      if (pending) return null;
      const waiting = selecting;
      const target = selectedId ?? (waiting && waiting.state === state ? waiting.id : null);
      selecting = null;
      if (target === null && creating > 0) pickerTurn = choices;
      return target;
    },
  };
}
