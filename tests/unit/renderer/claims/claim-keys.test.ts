/**
 * The claim keys as the reader dispatches them: a frame's key (by character
 * or, on an Arabic layout, by physical key) starts a claim on the selected
 * annotation or asks for one; in a draft Space adds, Enter saves, Esc
 * cancels; a pending role pick takes its digits and Esc; the tag menu's keys
 * and other keys pass through; Space and Enter on a button are the button's.
 */

import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model';
import type { FrameDefinition } from '../../../../shared/schema/taxonomy-schema';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import {
  claimKey,
  frameForKey,
  type ClaimKeyActions,
  type KeyLike,
} from '../../../../renderer/src/claims/claim-keys';
import { startDraft, offer, type ClaimDraft } from '../../../../renderer/src/claims/claim-draft';

const frames = DEFAULT_TAXONOMY.frames ?? [];
const claimFrame = frames.find((f) => f.id === 'claim');
const selected = { id: 'a1', tag: 'actor.state', quote: 'إسرائيل' } as Annotation;

const key = (k: string, code = '', extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  code,
  altKey: false,
  shiftKey: false,
  target: null,
  ...extra,
});

function recorder() {
  const calls: string[] = [];
  const actions: ClaimKeyActions = {
    start: (f, a) => calls.push(`start ${f.id} ${a.id}`),
    needSelection: (f) => calls.push(`need ${f.id}`),
    add: (a) => calls.push(`add ${a?.id ?? 'none'}`),
    pick: (i) => calls.push(`pick ${i}`),
    closePick: () => calls.push('closePick'),
    save: () => calls.push('save'),
    cancel: () => calls.push('cancel'),
  };
  return { calls, actions };
}

const state = (draft: ClaimDraft | null, menuOpen = false) => ({ frames, draft, selected, menuOpen });

describe('claim keys', () => {
  it('starts a claim with C and an event with V, also by physical key on an Arabic layout', () => {
    const { calls, actions } = recorder();
    expect(claimKey(key('c', 'KeyC'), state(null), actions)).toBe(true);
    expect(claimKey(key('ر', 'KeyV'), state(null), actions)).toBe(true);
    expect(calls).toEqual(['start claim a1', 'start event a1']);
    expect(frameForKey(frames, key('C', 'KeyC', { shiftKey: true }))).toBeUndefined();
  });

  it('asks for a selection when none is made', () => {
    const { calls, actions } = recorder();
    claimKey(key('c', 'KeyC'), { ...state(null), selected: null }, actions);
    expect(calls).toEqual(['need claim']);
  });

  it('in a draft: Space adds, Enter saves, Esc cancels, ] passes through', () => {
    const draft = startDraft(claimFrame as FrameDefinition, { id: 'a0', tag: 'actor.person' });
    const { calls, actions } = recorder();
    for (const k of [key(' ', 'Space'), key('Enter', 'Enter'), key('Escape', 'Escape')])
      expect(claimKey(k, state(draft), actions)).toBe(true);
    expect(claimKey(key(']', 'BracketRight'), state(draft), actions)).toBe(false);
    expect(calls).toEqual(['add a1', 'save', 'cancel']);
  });

  it('a pending role pick takes its digits and Esc, nothing else', () => {
    const draft = offer(
      startDraft(claimFrame as FrameDefinition, { id: 'a0', tag: 'actor.person' }) as ClaimDraft,
      selected,
    ).draft;
    expect(draft.choosing?.roles).toHaveLength(3);
    const { calls, actions } = recorder();
    expect(claimKey(key('2', 'Digit2'), state(draft), actions)).toBe(true);
    expect(claimKey(key('4', 'Digit4'), state(draft), actions)).toBe(false);
    expect(claimKey(key('Escape', 'Escape'), state(draft), actions)).toBe(true);
    expect(calls).toEqual(['pick 1', 'closePick']);
  });

  it('leaves keys to the tag menu while it is open, and Space or Enter to a focused button', () => {
    const draft = startDraft(claimFrame as FrameDefinition, { id: 'a0', tag: 'actor.person' });
    const { calls, actions } = recorder();
    expect(claimKey(key('c', 'KeyC'), state(null, true), actions)).toBe(false);
    // A target that is (inside) a button: Space and Enter are the button's own.
    const button = { closest: (selector: string) => (selector.includes('button') ? {} : null) };
    const onButton = { target: button as unknown as EventTarget };
    expect(claimKey(key(' ', 'Space', onButton), state(draft), actions)).toBe(false);
    expect(claimKey(key('Enter', 'Enter', onButton), state(draft), actions)).toBe(false);
    expect(claimKey(key('Escape', 'Escape', onButton), state(draft), actions)).toBe(true);
    expect(calls).toEqual(['cancel']);
  });
});
