/**
 * Merging imported claims into an article's (claim-import.ts mergeClaims):
 * the same claim with its members in another order (REFI-QDA gives them
 * back in the frame's role order) is the same claim, under every policy;
 * a claim whose content differs is kept, replaced or copied by the policy.
 */

import { describe, expect, it } from 'vitest';
import { mergeClaims } from '../../../../../electron/services/transfer/claim-import';
import type { Claim } from '../../../../../shared/schema/claim-schema';

const AT = '2026-03-01T12:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const mine: Claim = {
  id: id(9),
  articleId: id(8),
  frame: 'claim',
  members: [
    { role: 'claimant', annotationId: id(1) },
    { role: 'addressee', annotationId: id(2) },
    { role: 'demand', annotationId: id(3) },
  ],
  attributes: { stance: 'for' },
  createdAt: AT,
  updatedAt: AT,
};
const reordered: Claim = {
  ...mine,
  members: [mine.members[0], mine.members[2], mine.members[1]].filter((m) => m !== undefined),
  updatedAt: '2026-03-02T12:00:00.000Z',
};

describe('mergeClaims', () => {
  it('takes a claim whose members come in another order for the same claim, under every policy', () => {
    for (const policy of ['keep-both', 'keep-mine', 'take-theirs'] as const)
      expect(mergeClaims([mine], [reordered], policy)).toBeUndefined();
  });

  it('copies (keep-both), keeps (keep-mine) or replaces (take-theirs) a claim whose note differs', () => {
    const theirs = { ...reordered, note: 'ملاحظتهم' };
    const both = mergeClaims([mine], [theirs], 'keep-both') ?? [];
    expect(both).toHaveLength(2);
    expect(both.filter((c) => c.id === mine.id)).toEqual([mine]);
    expect(both.find((c) => c.id !== mine.id)?.note).toBe('ملاحظتهم');
    expect(mergeClaims([mine], [theirs], 'keep-mine')).toBeUndefined();
    expect(mergeClaims([mine], [theirs], 'take-theirs')).toEqual([theirs]);
  });
});
