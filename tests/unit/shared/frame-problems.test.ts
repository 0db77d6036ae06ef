/**
 * The checks on a scheme's claim frames (shared/frame-problems.ts), on the
 * default scheme changed one fault at a time: each fault gives exactly its
 * problem at its place, named in Arabic and in English; main's check
 * (taxonomyProblems) refuses the same schemes but for a missing type or a
 * frame with no required role (a dropped type may leave them); a scheme without frames (an
 * older library) has none to check, and withFrames gives it the defaults.
 */

import { describe, expect, it } from 'vitest';
import {
  frameProblemNames,
  frameProblems,
  frameProblemTexts,
  READER_KEYS,
  type FrameProblem,
} from '../../../shared/frame-problems';
import { withFrames } from '../../../shared/claims';
import {
  DEFAULT_TAXONOMY,
  taxonomyProblems,
  type FrameDefinition,
  type Taxonomy,
} from '../../../shared/taxonomy';

/** The default scheme with its claim frame (index 0) changed by `change`. */
function withClaim(change: (frame: FrameDefinition) => FrameDefinition): Taxonomy {
  const scheme = structuredClone(DEFAULT_TAXONOMY);
  const frames = scheme.frames ?? [];
  return { ...scheme, frames: frames.map((f, i) => (i === 0 ? change(f) : f)) };
}

/** `value`, which the default scheme is known to have. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the default scheme lacks it');
  return value;
}

const stance = (frame: FrameDefinition) => must(frame.attributes?.[0]);

const codes = (problems: FrameProblem[]) => problems.map((p) => [p.code, p.at, p.value]);

describe('frameProblems', () => {
  it('finds none in the default frames, and none in a scheme without frames', () => {
    expect(frameProblems(DEFAULT_TAXONOMY)).toEqual([]);
    expect(taxonomyProblems(DEFAULT_TAXONOMY)).toEqual([]);
    const older: Taxonomy = { version: 1, types: DEFAULT_TAXONOMY.types };
    expect(frameProblems(older)).toEqual([]);
  });

  it('finds ids two frames, roles, attributes or options share', () => {
    const twice = withClaim((f) => ({
      ...f,
      id: 'event',
      roles: [...f.roles, { ...must(f.roles[0]), label: { ar: 'طرف', en: 'Party' } }],
      attributes: [
        ...(f.attributes ?? []),
        { ...stance(f), options: [...stance(f).options, must(stance(f).options[0])] },
      ],
    }));
    expect(codes(frameProblems(twice))).toEqual([
      ['duplicate-frame', { frame: 1 }, 'event'],
      ['duplicate-role', { frame: 0, role: 5 }, 'claimant'],
      ['duplicate-attribute', { frame: 0, attribute: 1 }, 'stance'],
      ['duplicate-option', { frame: 0, attribute: 1, option: 3 }, 'for'],
    ]);
  });

  it('finds ids outside the pattern and entries with no label in either language', () => {
    const bad = withClaim((f) => ({
      ...f,
      roles: f.roles.map((r, i) =>
        i === 1 ? { ...r, id: 'Demand!' } : i === 2 ? { ...r, label: { ar: ' ', en: '' } } : r,
      ),
    }));
    expect(codes(frameProblems(bad))).toEqual([
      ['bad-id', { frame: 0, role: 1 }, 'Demand!'],
      ['no-label', { frame: 0, role: 2 }, 'addressee'],
    ]);
    // One language is enough, as for types.
    const arabicOnly = withClaim((f) => ({ ...f, label: { ar: 'مطالبة', en: '' } }));
    expect(frameProblems(arabicOnly)).toEqual([]);
  });

  it('finds a role that accepts no type, or a type the scheme does not have', () => {
    const scheme = withClaim((f) => ({
      ...f,
      roles: f.roles.map((r, i) =>
        i === 0 ? { ...r, accepts: [] } : i === 3 ? { ...r, accepts: ['event', 'place'] } : r,
      ),
    }));
    expect(codes(frameProblems(scheme))).toEqual([
      ['no-types', { frame: 0, role: 0 }, 'claimant'],
      ['unknown-type', { frame: 0, role: 3 }, 'place'],
    ]);
  });

  it('finds a frame key that is a reader key (any case) or another frame’s key', () => {
    for (const key of ['E', 'm', '?', ']']) {
      expect(codes(frameProblems(withClaim((f) => ({ ...f, key }))))).toEqual([
        ['reader-key', { frame: 0 }, key],
      ]);
    }
    expect(READER_KEYS).toEqual(expect.arrayContaining(['e', 'm', 'n', 'r']));
    expect(codes(frameProblems(withClaim((f) => ({ ...f, key: 'V' }))))).toEqual([
      ['key-twice', { frame: 1 }, 'v'],
    ]);
    // No key is no clash.
    const both = withClaim((f) => ({ ...f, key: '' }));
    expect(frameProblems({ ...both, frames: both.frames?.map((f) => ({ ...f, key: '' })) })).toEqual([]);
  });

  it('finds a frame with no required role, with no role, and an attribute with no option', () => {
    const optional = withClaim((f) => ({ ...f, roles: f.roles.map((r) => ({ ...r, required: false })) }));
    expect(codes(frameProblems(optional))).toEqual([['no-required', { frame: 0 }, 'claim']]);
    expect(taxonomyProblems(optional)).toEqual([]);
    const empty = withClaim((f) => ({
      ...f,
      roles: [],
      attributes: [{ ...stance(f), options: [] }],
    }));
    expect(codes(frameProblems(empty))).toEqual([
      ['no-roles', { frame: 0 }, 'claim'],
      ['no-options', { frame: 0, attribute: 0 }, 'stance'],
    ]);
  });

  it('names the problem’s frame, role and type in the language asked, and main refuses in English but for a missing type', () => {
    const scheme = withClaim((f) => ({
      ...f,
      roles: f.roles.map((r, i) =>
        i === 3 ? { ...r, accepts: ['place'] } : i === 4 ? { ...r, accepts: [] } : r,
      ),
    }));
    const [unknown, none] = frameProblems(scheme);
    expect(frameProblemNames(scheme, must(unknown), 'ar')).toEqual({
      frame: 'مطالبة',
      role: 'الشكل',
      attribute: '',
      option: '',
      value: 'place',
    });
    expect(frameProblemNames(scheme, must(none), 'en')).toMatchObject({
      frame: 'Claim',
      role: 'Object/beneficiary',
    });
    // Main does not refuse a role for naming a type the scheme lacks (any caller may drop a type).
    expect(frameProblemTexts(scheme)).toEqual([
      'frame "Claim": role "Object/beneficiary" accepts no tag type',
    ]);
    expect(taxonomyProblems(scheme)).toEqual(frameProblemTexts(scheme));
    expect(taxonomyProblems(withClaim((f) => ({ ...f, key: 'r' })))).toEqual([
      'frame "Claim": key "r" is one of the reader\'s own keys',
    ]);
  });
});

describe('withFrames', () => {
  it('gives a scheme written before claims a copy of the default frames, and keeps a scheme’s own', () => {
    const older: Taxonomy = { version: 1, types: DEFAULT_TAXONOMY.types };
    const filled = withFrames(older);
    expect(filled.frames).toEqual(DEFAULT_TAXONOMY.frames);
    expect(filled.frames).not.toBe(DEFAULT_TAXONOMY.frames);
    const none: Taxonomy = { ...older, frames: [] };
    expect(withFrames(none)).toBe(none);
  });
});
