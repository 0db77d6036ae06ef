/**
 * The reader's claim keys, tried before its other keys: a frame's key ("c"
 * claim, "v" event, from the scheme; matched by physical key too, so an
 * Arabic layout reaches them) starts a claim on the selected annotation;
 * while a claim is being built, Space adds the selected annotation, Enter
 * saves, Esc cancels, and when a role must be picked its number keys pick it
 * (Esc then only closes the pick). Every other key (]/[, arrows, clicks)
 * goes on to the reader, so annotations are reached as usual.
 */

import type { Annotation } from '../../../shared/model';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import type { ClaimDraft } from './claim-draft';

/** What the claim keys read: the scheme's frames, the draft, the selected annotation, and whether the tag menu is open. */
export interface ClaimKeyState {
  frames: readonly FrameDefinition[];
  draft: ClaimDraft | null;
  selected: Annotation | null;
  /** The tag menu (or the retag menu) is open: its own keys come first. */
  menuOpen: boolean;
}

/** What the claim keys do. */
export interface ClaimKeyActions {
  start: (frame: FrameDefinition, first: Annotation) => void;
  /** A frame's key with no annotation selected. */
  needSelection: (frame: FrameDefinition) => void;
  add: (annotation: Annotation | null) => void;
  pick: (index: number) => void;
  /** Closes the role pick, keeping the draft. */
  closePick: () => void;
  save: () => void;
  cancel: () => void;
}

/** The key event as far as the claim keys read it. */
export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  target: unknown;
}

/** The frame whose key `e` is (by character or by physical key), if any. */
export function frameForKey(frames: readonly FrameDefinition[], e: KeyLike): FrameDefinition | undefined {
  if (e.altKey || e.shiftKey) return undefined;
  return frames.find(
    (f) =>
      f.key !== '' && (e.key.toLowerCase() === f.key.toLowerCase() || e.code === `Key${f.key.toUpperCase()}`),
  );
}

/** A control that Space and Enter press themselves (a button, a select, a link). */
const isControl = (target: unknown): boolean => {
  const closest = (target as { closest?: unknown } | null)?.closest;
  return (
    typeof closest === 'function' &&
    closest.call(target, 'button, select, a[href], summary, [role="tab"]') !== null
  );
};

/** Runs the claim action of `e`, if any; true when the key was used (the reader then ignores it). */
export function claimKey(e: KeyLike, s: ClaimKeyState, a: ClaimKeyActions): boolean {
  if (s.menuOpen) return false;
  const { draft } = s;
  if (draft?.choosing) {
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= draft.choosing.roles.length) a.pick(n - 1);
    else if (e.key === 'Escape') a.closePick();
    else return false;
    return true;
  }
  if (draft) {
    if (e.key === 'Escape') a.cancel();
    else if (isControl(e.target) && (e.key === ' ' || e.key === 'Enter')) return false;
    else if (e.key === ' ') a.add(s.selected);
    else if (e.key === 'Enter') a.save();
    else return false;
    return true;
  }
  const frame = frameForKey(s.frames, e);
  if (!frame) return false;
  if (s.selected) a.start(frame, s.selected);
  else a.needSelection(frame);
  return true;
}
