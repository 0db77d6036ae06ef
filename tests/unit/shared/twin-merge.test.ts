/**
 * The pure merge of twins a retag made (shared/twin-merge.ts): the older
 * annotation is kept, notes are joined once, links taken only when missing,
 * twins are per coder, orphans and untouched twins stay, and claim members
 * follow the kept annotation without repeating one.
 */

import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { MAX_NOTE_LENGTH } from '../../../shared/schema/limits';
import { mergedGroups, mergedNote, mergeTwins, redirectMembers } from '../../../shared/twin-merge';

const AT = '2026-02-01T00:00:00.000Z';
const ARTICLE = '00000000-0000-4000-8000-000000000000';
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const ann = (n: number, createdAt: string, extra: Partial<Annotation> = {}): Annotation => ({
  id: id(n),
  articleId: ARTICLE,
  start: 4,
  end: 15,
  quote: 'ستيف ويتكوف',
  prefix: 'قال ',
  suffix: ' إن',
  tag: 'actor',
  createdAt,
  updatedAt: createdAt,
  ...extra,
});

describe('mergeTwins', () => {
  it('keeps the older even when it comes second, and takes the younger’s link', () => {
    const younger = ann(1, '2026-01-02T00:00:00.000Z', { entityId: id(9), note: 'ب' });
    const older = ann(2, '2026-01-01T00:00:00.000Z', { note: 'أ' });
    const { annotations, into } = mergeTwins([younger, older], new Set([younger.id]), '', AT);
    expect(annotations).toEqual([{ ...older, note: 'أ\n\nب', entityId: id(9), updatedAt: AT }]);
    expect([...into]).toEqual([[younger.id, older.id]]);
  });

  it('leaves twins by two coders, orphans, and twins the retag did not touch', () => {
    const mine = ann(1, '2026-01-01T00:00:00.000Z');
    const hers = ann(2, '2026-01-02T00:00:00.000Z', { author: 'ليلى' });
    const orphan = ann(3, '2026-01-03T00:00:00.000Z', { orphaned: true });
    expect(mergeTwins([mine, hers, orphan], new Set([hers.id, orphan.id]), 'سامي', AT).into.size).toBe(0);
    const oldTwin = ann(4, '2026-01-04T00:00:00.000Z');
    expect(mergeTwins([mine, oldTwin], new Set(), '', AT).annotations).toHaveLength(2);
    // An unauthored annotation is the local coder's: it twins one signed with that name.
    const signed = ann(5, '2026-01-05T00:00:00.000Z', { author: 'سامي' });
    expect(mergeTwins([mine, signed], new Set([signed.id]), 'سامي', AT).annotations).toEqual([mine]);
  });
});

describe('mergedGroups', () => {
  it('names each kept annotation once with how many became it, and nothing when none merged', () => {
    const three = [1, 2, 3].map((n) => ann(n, `2026-01-0${n}T00:00:00.000Z`));
    const other = ann(4, '2026-01-04T00:00:00.000Z', { start: 20, end: 24, quote: 'حماس' });
    const merge = mergeTwins([...three, other], new Set([id(2), id(3)]), '', AT);
    expect(mergedGroups(merge)).toEqual([{ kept: three[0], ids: [id(1), id(2), id(3)] }]);
    expect(mergedGroups(mergeTwins([other], new Set([other.id]), '', AT))).toEqual([]);
  });
});

describe('mergedNote', () => {
  it('joins two different notes once, keeps one of two identical, and stays within the limit', () => {
    expect(mergedNote('أ', 'ب')).toBe('أ\n\nب');
    expect(mergedNote('نفسها', ' نفسها ')).toBe('نفسها');
    expect(mergedNote(undefined, 'ب')).toBe('ب');
    expect(mergedNote('أ', '  ')).toBe('أ');
    expect(mergedNote('أ'.repeat(MAX_NOTE_LENGTH), 'ب')).toHaveLength(MAX_NOTE_LENGTH);
  });
});

describe('redirectMembers', () => {
  const claim = (members: Claim['members']): Claim => ({
    id: id(8),
    articleId: ARTICLE,
    frame: 'claim',
    members,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('points members to the kept annotation and drops a member the claim then repeats', () => {
    const into = new Map([[id(1), id(2)]]);
    const out = redirectMembers(
      [
        claim([
          { role: 'claimant', annotationId: id(1) },
          { role: 'claimant', annotationId: id(2) },
          { role: 'addressee', annotationId: id(1) },
        ]),
      ],
      into,
      AT,
    );
    expect(out?.[0]?.members).toEqual([
      { role: 'claimant', annotationId: id(2) },
      { role: 'addressee', annotationId: id(2) },
    ]);
    expect(out?.[0]?.updatedAt).toBe(AT);
    expect(redirectMembers([claim([{ role: 'claimant', annotationId: id(3) }])], into, AT)).toBeUndefined();
  });
});
