/**
 * The scheme editor's pure edits of claim frames: a new frame gets a free
 * colour and a key that is neither another frame's nor a reader key, and one
 * required role; a new role's or option's id follows its first label (Arabic
 * transliterated) while a saved one keeps its id; accepted types keep the
 * scheme's order; removing a type takes it out of every role's accepts.
 */

import { describe, expect, it } from 'vitest';
import { frameProblems, READER_KEYS } from '../../../../shared/frame-problems';
import { withFrames } from '../../../../shared/claims';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../../shared/taxonomy';
import {
  acceptsWith,
  addFrame,
  mapFrame,
  newAttribute,
  newRole,
  relabelAt,
  savedFrameIds,
} from '../../../../renderer/src/taxonomy/frames-draft';
import { removeEntry } from '../../../../renderer/src/taxonomy/taxonomy-draft';

const scheme = withFrames(DEFAULT_TAXONOMY);

describe('frames draft', () => {
  it('adds frames with colours and keys no other frame has and that the reader does not use', () => {
    const twice = addFrame(addFrame(scheme));
    const frames = twice.frames ?? [];
    const [a, b] = frames.slice(-2);
    expect([a?.id, b?.id]).toEqual(['frame-1', 'frame-2']);
    const keys = frames.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(READER_KEYS).not.toContain(key);
    expect(new Set(frames.map((f) => f.color)).size).toBe(frames.length);
    expect(a?.roles).toEqual([
      { id: 'role-1', label: { ar: '', en: '' }, accepts: ['actor'], required: true, repeatable: true },
    ]);
    // Unnamed, the new frames are what the check asks to fix; named, nothing is left.
    expect(frameProblems(twice).map((p) => p.code)).toEqual(['no-label', 'no-label', 'no-label', 'no-label']);
    const named = [2, 3].reduce<Taxonomy>(
      (draft, f) =>
        mapFrame(draft, f, (frame) => ({
          ...frame,
          label: { ar: `إطار ${f}`, en: '' },
          roles: frame.roles.map((r) => ({ ...r, label: { ar: 'طرف', en: 'Party' } })),
        })),
      twice,
    );
    expect(frameProblems(named)).toEqual([]);
  });

  it('names a new role from its first label and keeps a saved role’s id', () => {
    const claim = scheme.frames?.[0];
    if (!claim) throw new Error('the default scheme has a claim frame');
    const saved = savedFrameIds(scheme, 'claim');
    const roles = [...claim.roles, newRole(scheme, claim.roles)];
    expect(roles.at(-1)?.id).toBe('role-1');
    let next = relabelAt(roles, 5, { ar: 'الوسيط', en: '' }, saved.roles, 'role');
    expect(next[5]?.id).toBe('alwsyt');
    // The other language does not rename it once named.
    next = relabelAt(next, 5, { ar: 'الوسيط', en: 'Mediator' }, saved.roles, 'role');
    expect(next[5]?.id).toBe('alwsyt');
    // A label that would give a sibling's id gets a number.
    const twin = relabelAt(roles, 5, { ar: '', en: 'Claimant' }, saved.roles, 'role');
    expect(twin[5]?.id).toBe('claimant-2');
    // A saved role is renamed, its id stays (claims refer to it).
    const renamed = relabelAt(roles, 0, { ar: 'صاحب المطالبة', en: 'Claim maker' }, saved.roles, 'role');
    expect(renamed[0]).toMatchObject({ id: 'claimant', label: { ar: 'صاحب المطالبة', en: 'Claim maker' } });
  });

  it('adds an attribute with one option, each named from its label while new', () => {
    const attribute = newAttribute(scheme.frames?.[0]?.attributes ?? []);
    expect(attribute).toEqual({
      id: 'attr-1',
      label: { ar: '', en: '' },
      options: [{ id: 'option-1', label: { ar: '', en: '' } }],
    });
    const [named] = relabelAt([attribute], 0, { ar: '', en: 'Intensity' }, new Set(), 'attr');
    expect(named?.id).toBe('intensity');
    expect(savedFrameIds(scheme, 'claim').options('stance')).toEqual(new Set(['for', 'against', 'neutral']));
    expect(savedFrameIds(scheme, 'frame-9').frame).toBe(false);
  });

  it('keeps accepted types in the scheme’s order, and a type the scheme lacks at the end', () => {
    const form = scheme.frames?.[0]?.roles[3];
    if (!form) throw new Error('the claim frame has a form role');
    expect(acceptsWith(scheme, form, 'actor', true)).toEqual(['actor', 'event']);
    expect(acceptsWith(scheme, { ...form, accepts: ['place', 'event'] }, 'demand', true)).toEqual([
      'demand',
      'event',
      'place',
    ]);
    expect(acceptsWith(scheme, form, 'event', false)).toEqual([]);
  });

  it('removing a type takes it out of every role’s accepts, leaving a problem where a role accepts nothing', () => {
    const without = removeEntry(scheme, { type: 2 });
    const roles = without.frames?.flatMap((f) => f.roles) ?? [];
    expect(roles.some((r) => r.accepts.includes('event'))).toBe(false);
    expect(frameProblems(without).map((p) => [p.code, p.value])).toEqual([
      ['no-types', 'form'],
      ['no-types', 'event'],
    ]);
    // A scheme without frames stays without.
    expect(removeEntry({ version: 1, types: scheme.types }, { type: 2 }).frames).toBeUndefined();
  });
});
