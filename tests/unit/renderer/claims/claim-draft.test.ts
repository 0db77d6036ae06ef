/**
 * Building a claim as the reader's keys do, on the default scheme's frames:
 * the first annotation goes to its natural role, the next to the only role
 * that fits or waits for a pick among several (empty roles offered first),
 * full single roles and annotations already placed are refused, deleted
 * annotations leave the draft, the required roles left empty are named, and
 * a member added is an undoable step of the history.
 */

import { describe, expect, it } from 'vitest';
import type { FrameDefinition } from '../../../../shared/schema/taxonomy-schema';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { UndoHistory } from '../../../../shared/undo-history';
import {
  draftMemberCommand,
  dropMember,
  offer,
  pick,
  pruneDraft,
  startDraft,
  type ClaimDraft,
} from '../../../../renderer/src/claims/claim-draft';
import { framesOf } from '../../../../shared/claims';
import { missingRoles, rolesToOffer } from '../../../../renderer/src/claims/claim-roles';

const frames = framesOf(DEFAULT_TAXONOMY);
const claim = frames.find((f) => f.id === 'claim') as FrameDefinition;
const event = frames.find((f) => f.id === 'event') as FrameDefinition;

const hamas = { id: 'a1', tag: 'actor.armed-group' };
const exchange = { id: 'a2', tag: 'demand.prisoners' };
const israel = { id: 'a3', tag: 'actor.state' };
const talks = { id: 'a4', tag: 'event.negotiation' };
const strike = { id: 'a5', tag: 'event.attack' };

const started = () => startDraft(claim, hamas) as ClaimDraft;

describe('claim drafts', () => {
  it('starts with the annotation in its natural role, or not at all when no role takes its type', () => {
    expect(started().members).toEqual([{ role: 'claimant', annotationId: 'a1' }]);
    expect(startDraft(event, talks)?.members).toEqual([{ role: 'event', annotationId: 'a4' }]);
    const noDemands: FrameDefinition = { ...event };
    expect(startDraft(noDemands, exchange)).toBeNull();
  });

  it('puts an annotation in the only role that fits, without asking', () => {
    const { draft, outcome } = offer(started(), exchange);
    expect(outcome).toBe('added');
    expect(draft.members).toContainEqual({ role: 'demand', annotationId: 'a2' });
    expect(draft.choosing).toBeNull();
  });

  it('asks when several roles fit, the empty ones first, and the pick places it', () => {
    const { draft, outcome } = offer(started(), israel);
    expect(outcome).toBe('choose');
    expect(draft.choosing).toEqual({ annotationId: 'a3', roles: ['addressee', 'object', 'claimant'] });
    expect(draft.members).toHaveLength(1);
    const placed = pick(draft, 0);
    expect(placed.members).toContainEqual({ role: 'addressee', annotationId: 'a3' });
    expect(placed.choosing).toBeNull();
    expect(pick(draft, 7)).toBe(draft);
  });

  it('refuses a second member in a single role, and an annotation twice', () => {
    const withForm = offer(started(), talks).draft;
    expect(withForm.members).toContainEqual({ role: 'form', annotationId: 'a4' });
    expect(offer(withForm, strike).outcome).toBe('noRole');
    expect(offer(withForm, talks).outcome).toBe('already');
    expect(offer(withForm, talks).draft.members).toEqual(withForm.members);
  });

  it('names the required roles still empty, and drops members', () => {
    const d = started();
    expect(missingRoles(claim, d.members).map((r) => r.id)).toEqual(['demand']);
    const full = offer(d, exchange).draft;
    expect(missingRoles(claim, full.members)).toEqual([]);
    expect(missingRoles(claim, dropMember(full, 0).members).map((r) => r.id)).toEqual(['claimant']);
  });

  it('lets go of members whose annotation was deleted, and of a pending pick on one', () => {
    const asking = offer(offer(started(), exchange).draft, israel).draft;
    const pruned = pruneDraft(asking, [hamas]);
    expect(pruned.members).toEqual([{ role: 'claimant', annotationId: 'a1' }]);
    expect(pruned.choosing).toBeNull();
    const same = pruneDraft(asking, [hamas, exchange, israel]);
    expect(same).toBe(asking);
  });

  it('lets go of a member retagged to a tag its role does not accept (the demand retagged an event)', () => {
    const both = offer(started(), exchange).draft;
    expect(both.members).toEqual([
      { role: 'claimant', annotationId: 'a1' },
      { role: 'demand', annotationId: 'a2' },
    ]);
    const retagged = pruneDraft(both, [hamas, { ...exchange, tag: 'event.statement' }]);
    expect(retagged.members).toEqual([{ role: 'claimant', annotationId: 'a1' }]);
    expect(pruneDraft(both, [hamas, { ...exchange, tag: 'demand.aid' }])).toBe(both);
  });

  it('offers the empty roles before the filled ones, each group in frame order', () => {
    const members = [{ role: 'claimant', annotationId: 'a1' }];
    expect(rolesToOffer(claim, 'actor.state', 'a3', members).map((r) => r.id)).toEqual([
      'addressee',
      'object',
      'claimant',
    ]);
    expect(rolesToOffer(claim, 'demand.aid', 'a6', members).map((r) => r.id)).toEqual(['demand']);
    expect(rolesToOffer(claim, 'actor.person', 'a1', members).map((r) => r.id)).toEqual([
      'addressee',
      'object',
    ]);
  });

  it('a member added is a step of the undo history: undo takes it out, redo puts it back', async () => {
    const history = new UndoHistory();
    let shown: ClaimDraft | null = started();
    const before = shown;
    const after = offer(before, exchange).draft;
    shown = after;
    history.push(draftMemberCommand('article-1', before, after, (d) => (shown = d)));
    expect(history.canUndo).toBe(true);
    const undone = await history.undo();
    expect(undone?.result.ok).toBe(true);
    expect(undone?.command.label).toBe('draftMember');
    expect(shown.members).toEqual([{ role: 'claimant', annotationId: 'a1' }]);
    await history.redo();
    expect(shown.members.map((m) => m.role)).toEqual(['claimant', 'demand']);
  });
});
