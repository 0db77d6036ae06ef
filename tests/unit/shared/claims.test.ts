/**
 * The pure claim rules (shared/claims.ts, shared/scheme-frames.ts) on the
 * default frames: problems of a claim, the roles an annotation fits and its
 * natural role, the claims a deletion or retag touches and what each policy
 * makes of them, frames of old schemes, and the frames a new scheme breaks.
 */

import { describe, expect, it } from 'vitest';
import {
  applyClaimPolicy,
  claimProblems,
  claimsAffected,
  findFrame,
  fittingRoles,
  framesOf,
  naturalRole,
  withFrames,
} from '../../../shared/claims';
import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { frameProblems, frameProblemTexts } from '../../../shared/frame-problems';
import { claimsBrokenByScheme, fitFrames } from '../../../shared/scheme-frames';
import { DEFAULT_TAXONOMY } from '../../../shared/taxonomy';

const AT = '2026-03-01T12:00:00.000Z';
const ARTICLE = '3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const note = (n: number, tag: string, extra: Partial<Annotation> = {}): Annotation => ({
  id: id(n),
  articleId: ARTICLE,
  start: n * 10,
  end: n * 10 + 4,
  quote: 'حماس',
  prefix: '',
  suffix: '',
  tag,
  createdAt: AT,
  updatedAt: AT,
  ...extra,
});
const hamas = note(1, 'actor.armed-group');
const exchange = note(2, 'demand.prisoners');
const israel = note(3, 'actor.state');
const meeting = note(4, 'event.meeting');
const byId = new Map([hamas, exchange, israel, meeting].map((a) => [a.id, a]));
const claimFrame = findFrame(DEFAULT_TAXONOMY, 'claim');
if (!claimFrame) throw new Error('no claim frame');
const claim = (members: Claim['members'], n = 9): Claim => ({
  id: id(n),
  articleId: ARTICLE,
  frame: 'claim',
  members,
  createdAt: AT,
  updatedAt: AT,
});
const full = claim([
  { role: 'claimant', annotationId: hamas.id },
  { role: 'demand', annotationId: exchange.id },
  { role: 'addressee', annotationId: israel.id },
]);

describe('claim rules', () => {
  it('finds every problem of a claim, and none in a valid one', () => {
    expect(claimProblems(full, claimFrame, byId)).toEqual([]);
    const kinds = (members: Claim['members']) =>
      claimProblems(claim(members), claimFrame, byId).map((p) => p.kind);
    expect(kinds([{ role: 'claimant', annotationId: hamas.id }])).toEqual(['incomplete']);
    expect(kinds([...full.members, { role: 'judge', annotationId: hamas.id }])).toEqual(['unknown-role']);
    expect(kinds([...full.members, { role: 'claimant', annotationId: exchange.id }])).toEqual(['wrong-type']);
    expect(kinds([...full.members, { role: 'claimant', annotationId: hamas.id }])).toEqual([
      'duplicate-member',
    ]);
    expect(
      kinds([
        ...full.members,
        { role: 'form', annotationId: meeting.id },
        { role: 'form', annotationId: meeting.id },
      ]),
    ).toContain('role-full');
    expect(kinds([...full.members, { role: 'object', annotationId: id(7) }])).toEqual(['missing-annotation']);
    const lost = new Map(byId).set(israel.id, { ...israel, orphaned: true });
    expect(claimProblems(full, claimFrame, lost).map((p) => p.kind)).toEqual(['orphaned-annotation']);
    expect(claimProblems(full, undefined, byId)).toEqual([{ kind: 'unknown-frame' }]);
  });

  it('gives the roles an annotation fits, the first being its natural role', () => {
    expect(fittingRoles(hamas, claimFrame).map((r) => r.id)).toEqual(['claimant', 'addressee', 'object']);
    expect(naturalRole(exchange, claimFrame)?.id).toBe('demand');
    const withForm = [{ role: 'form', annotationId: meeting.id }];
    expect(naturalRole(note(5, 'event'), claimFrame, withForm)).toBeUndefined(); // form is single and taken
    expect(
      fittingRoles(hamas, claimFrame, [{ role: 'claimant', annotationId: hamas.id }]).map((r) => r.id),
    ).toEqual(['addressee', 'object']);
  });

  it('finds the claims a deletion or a retag touches, and applies each policy', () => {
    const other = claim([{ role: 'claimant', annotationId: israel.id }], 8);
    const claims = [full, other];
    expect(claimsAffected(claims, { deleted: new Set([exchange.id]) }, DEFAULT_TAXONOMY)).toEqual([full]);
    // Retagging Israel to another actor tag touches nothing; to a demand, both claims.
    expect(claimsAffected(claims, { retagged: new Map([[israel.id, 'actor']]) }, DEFAULT_TAXONOMY)).toEqual(
      [],
    );
    const loss = { retagged: new Map([[israel.id, 'demand']]) };
    expect(claimsAffected(claims, loss, DEFAULT_TAXONOMY)).toEqual(claims);
    expect(applyClaimPolicy(claims, loss, 'delete', DEFAULT_TAXONOMY, 'later')).toEqual({
      put: [],
      del: [full.id, other.id],
    });
    const detached = applyClaimPolicy(claims, loss, 'detach', DEFAULT_TAXONOMY, 'later');
    expect(detached.put.map((c) => [c.members.length, c.updatedAt])).toEqual([
      [2, 'later'],
      [0, 'later'],
    ]);
  });
});

describe('frames of a scheme', () => {
  it('gives old schemes (no frames) the default frames', () => {
    const old = { version: 1 as const, types: DEFAULT_TAXONOMY.types };
    expect(framesOf(old)).toEqual(DEFAULT_TAXONOMY.frames);
    expect(withFrames(old).frames).toEqual(DEFAULT_TAXONOMY.frames);
    expect(withFrames(DEFAULT_TAXONOMY)).toBe(DEFAULT_TAXONOMY);
  });

  it('fits frames to the types, reports bad frames, and finds the claims a new scheme breaks', () => {
    const noEvents = { ...DEFAULT_TAXONOMY, types: DEFAULT_TAXONOMY.types.filter((t) => t.id !== 'event') };
    expect(frameProblems(noEvents).map((p) => [p.code, p.at, p.value])).toEqual([
      ['unknown-type', { frame: 0, role: 3 }, 'event'],
      ['unknown-type', { frame: 1, role: 0 }, 'event'],
    ]);
    // Main fits such a scheme rather than refusing it (only the editor asks for the fix).
    expect(frameProblemTexts(noEvents)).toEqual([]);
    const fitted = fitFrames(noEvents);
    // Fitted, the event frame has lost its one required role: the editor asks for one; main accepts it.
    expect(frameProblems(fitted).map((p) => p.code)).toEqual(['no-required']);
    expect(frameProblemTexts(fitted)).toEqual([]);
    expect(fitted.frames?.map((f) => [f.id, f.roles.map((r) => r.id)])).toEqual([
      ['claim', ['claimant', 'demand', 'addressee', 'object']],
      ['event', ['agent', 'target']],
    ]);
    const twice = {
      ...DEFAULT_TAXONOMY,
      frames: [...(DEFAULT_TAXONOMY.frames ?? []), ...(DEFAULT_TAXONOMY.frames ?? [])],
    };
    expect(frameProblemTexts(twice).some((t) => t.includes('claim'))).toBe(true);
    expect(frameProblems(twice).map((p) => p.code)).toContain('duplicate-frame');
    const annotations = [hamas, exchange, israel, meeting];
    expect(claimsBrokenByScheme([full], annotations, DEFAULT_TAXONOMY, {})).toEqual([]);
    expect(claimsBrokenByScheme([full], annotations, DEFAULT_TAXONOMY, { 'actor.state': null })).toEqual([
      { claim: full, frameGone: false, lost: [full.members[2]] },
    ]);
    const noClaims = {
      ...DEFAULT_TAXONOMY,
      frames: (DEFAULT_TAXONOMY.frames ?? []).filter((f) => f.id !== 'claim'),
    };
    expect(claimsBrokenByScheme([full], annotations, noClaims, {})[0]?.frameGone).toBe(true);
  });
});
