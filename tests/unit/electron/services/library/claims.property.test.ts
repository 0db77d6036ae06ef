/**
 * Property test of claim integrity (issue 18) on real library folders: random
 * runs of creating, retagging and deleting annotations (with a random claim
 * policy, or none) and creating, editing and deleting claims through the
 * library API, reopening the library now and then (with a small journal
 * limit, so folds happen too). After every step no claim points to a missing
 * annotation and every claim keeps the rules of its frame except
 * completeness (which only a detach may break); a refused step changes nothing.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { claimProblems, findFrame, fittingRoles } from '../../../../../shared/claims';
import type { Annotation } from '../../../../../shared/model';
import type { ClaimPolicy } from '../../../../../shared/schema/claim-schema';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** What the runs did, so the test cannot pass vacuously. */
const seen = { claims: 0, inClaim: 0, policies: 0, reopened: 0 };

const TAGS = ['actor', 'actor.person', 'actor.state', 'demand', 'demand.prisoners', 'event', 'event.meeting'];
const POLICIES: (ClaimPolicy | undefined)[] = [undefined, 'detach', 'delete'];

type Step =
  | { kind: 'annotate'; word: number; tag: number }
  | { kind: 'retag'; pick: number; tag: number; policy: number }
  | { kind: 'delete'; picks: number[]; policy: number }
  | { kind: 'claim'; frame: number; picks: number[] }
  | { kind: 'edit'; pick: number; picks: number[] }
  | { kind: 'unclaim'; pick: number }
  | { kind: 'reopen' };

const nat = fc.nat({ max: 1000 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('annotate' as const), word: nat, tag: nat }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('retag' as const), pick: nat, tag: nat, policy: nat }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      picks: fc.array(nat, { minLength: 1, maxLength: 3 }),
      policy: nat,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('claim' as const),
      frame: nat,
      picks: fc.array(nat, { minLength: 1, maxLength: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      pick: nat,
      picks: fc.array(nat, { maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unclaim' as const), pick: nat }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
);

/** Word spans of the text's first `count` words, in code points. */
function wordSpans(text: string, count: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const word of [...text].join('').split(/\s+/u)) {
    const start = [...text.slice(0, text.indexOf(word, at))].length;
    at = text.indexOf(word, at) + word.length;
    if (word.length > 1) spans.push({ start, end: start + [...word].length });
    if (spans.length === count) break;
  }
  return spans;
}

/** Runs `steps` on a fresh library and checks the invariants after each. */
async function run(steps: Step[]): Promise<void> {
  const dir = await tempDir();
  let library = await Library.open(dir, { samplePath: SAMPLE_PATH, journalLimit: 3 });
  const [meta] = await library.listArticles();
  if (!meta) throw new Error('sample not seeded');
  const articleId = meta.id;
  const spans = wordSpans((await library.getArticle(articleId)).text, 40);
  const taxonomy = await library.getTaxonomy();
  const state = async () => ({
    annotations: await library.listAnnotations(articleId),
    claims: await library.listClaims(articleId),
  });
  /** Runs a call; a refusal (AppFailure) must leave the article as it was. */
  const attempt = async (call: () => Promise<unknown>) => {
    const before = await state();
    try {
      await call();
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'AppFailure') throw error;
      if ((error as { code?: string }).code === 'in-claim') seen.inClaim++;
      expect(await state()).toEqual(before);
      return;
    }
    const after = await state();
    if (after.claims.length > before.claims.length) seen.claims++;
    const changed = (c: { id: string; updatedAt: string }) =>
      !before.claims.some((b) => b.id === c.id && b.updatedAt === c.updatedAt);
    if (after.annotations.length <= before.annotations.length && after.claims.some(changed)) seen.policies++;
    if (after.claims.length < before.claims.length) seen.policies++;
  };
  const pickOf = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
  for (const step of steps) {
    const { annotations, claims } = await state();
    const members = (picks: number[], frameId: string) => {
      const frame = findFrame(taxonomy, frameId);
      const out: { role: string; annotationId: string }[] = [];
      for (const p of picks) {
        const a = pickOf(annotations, p);
        const role = a && frame ? pickOf(fittingRoles(a, frame, out), p) : undefined;
        if (a && role) out.push({ role: role.id, annotationId: a.id });
      }
      return out;
    };
    switch (step.kind) {
      case 'annotate': {
        const span = pickOf(spans, step.word);
        const tag = pickOf(TAGS, step.tag) ?? 'actor';
        if (span) await attempt(() => library.createAnnotation({ articleId, ...span, tag }));
        break;
      }
      case 'retag': {
        const a = pickOf(annotations, step.pick);
        const tag = pickOf(TAGS, step.tag) ?? 'actor';
        const policy = pickOf(POLICIES, step.policy);
        if (a) await attempt(() => library.updateAnnotation(articleId, a.id, { tag }, policy));
        break;
      }
      case 'delete': {
        const ids = [...new Set(step.picks.map((p) => pickOf(annotations, p)?.id))].filter(
          (id): id is string => id !== undefined,
        );
        const policy = pickOf(POLICIES, step.policy);
        if (ids.length > 0) await attempt(() => library.deleteAnnotations(articleId, ids, policy));
        break;
      }
      case 'claim': {
        const frame = pickOf(['claim', 'event'], step.frame) ?? 'claim';
        const list = members(step.picks, frame);
        if (list.length > 0) await attempt(() => library.createClaim({ articleId, frame, members: list }));
        break;
      }
      case 'edit': {
        const claim = pickOf(claims, step.pick);
        if (claim) {
          const list = [...claim.members, ...members(step.picks, claim.frame)].slice(0, 8);
          await attempt(() =>
            library.updateClaim(articleId, claim.id, { members: list, note: `ملاحظة ${step.pick}` }),
          );
        }
        break;
      }
      case 'unclaim': {
        const claim = pickOf(claims, step.pick);
        if (claim) await attempt(() => library.deleteClaims(articleId, [claim.id]));
        break;
      }
      case 'reopen':
        seen.reopened++;
        await library.close();
        library = await Library.open(dir, { journalLimit: 3 });
        await library.checkDone;
        expect(library.startupReport().claimsRepaired).toBeUndefined();
        break;
    }
    checkInvariants(await library.listAnnotations(articleId), await library.listClaims(articleId));
  }
  await library.close();
}

/** No claim names a missing annotation; every claim keeps its frame's rules, completeness aside. */
function checkInvariants(
  annotations: Annotation[],
  claims: Awaited<ReturnType<Library['listClaims']>>,
): void {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const taxonomyFrames = { version: 1 as const, types: [] };
  for (const claim of claims) {
    for (const m of claim.members)
      expect(byId.has(m.annotationId), `claim ${claim.id} → ${m.annotationId}`).toBe(true);
    const problems = claimProblems(claim, findFrame(taxonomyFrames, claim.frame), byId);
    expect(problems.filter((p) => p.kind !== 'incomplete')).toEqual([]);
  }
}

describe('claims property', () => {
  it('no claim ever points to a missing annotation, whatever is created, retagged, deleted and reopened', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 10, maxLength: 50 }), (steps) => run(steps)),
      { numRuns: 25, seed: 20_261_130 },
    );
    console.log(`claims property: ${JSON.stringify(seen)}`);
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  }, 120_000);
});
