/**
 * The analysis views read from claims (claim-queries.ts) over a real library
 * with real Arabic articles and claims placed by the test: who demands what
 * by claims, claims per frame and per role, the claimant → addressee network,
 * an actor's addressees and the mentions behind a link, each against the
 * test's own reckoning from the claims read back (analysis-claims-fixture.ts);
 * then again after claims change (delete, edit, an annotation deleted with
 * its claims detached), which the aggregate follows from the library's
 * events, and after a restart, which rebuilds it from the files.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { createServices, type Services } from '../../../../../electron/services/services';
import type {
  ActorDemandResult,
  ActorInfo,
  ActorProfileResult,
  ClaimNetworkResult,
  FrequenciesResult,
} from '../../../../../shared/analysis-types';
import { useTempDirs } from '../../../helpers';
import { expectFromClaims, placeClaims, type ClaimExpectations } from './analysis-claims-fixture';
import { asMap, matrixOf } from './analysis-expected';
import { actorKey, knownLibrary, type KnownLibrary } from './analysis-library';

const tempDir = useTempDirs();

const keyOf = (a: ActorInfo | undefined) =>
  a?.entityId ? `e:${a.entityId}` : actorKey({ quote: a?.label ?? '' });

function linksOf(result: ClaimNetworkResult): Map<string, number> {
  return new Map(
    result.links.map((l) => [
      `${keyOf(result.actors[l.claimant])} ${keyOf(result.actors[l.addressee])}`,
      l.count,
    ]),
  );
}

/** Every claim view of `services` against `expected`. */
async function checkAll(services: Services, expected: ClaimExpectations): Promise<void> {
  const { analysis } = services;
  const matrix = (await analysis.getAnalysis({
    view: 'actor-demand',
    filter: {},
    scope: 'claims',
  })) as ActorDemandResult;
  expect(matrix.scope).toBe('claims');
  expect(matrixOf(matrix)).toEqual(expected.matrix);
  expect(matrix.articlesWithoutClaims).toBe(expected.withoutClaims);
  const network = (await analysis.getAnalysis({ view: 'claim-network', filter: {} })) as ClaimNetworkResult;
  expect(linksOf(network)).toEqual(expected.links);
  const frames = (await analysis.getAnalysis({
    view: 'frequencies',
    filter: {},
    by: 'claim-frame',
  })) as FrequenciesResult;
  expect(asMap(frames)).toEqual(expected.frames);
  expect(frames.total).toBe(expected.claims.length);
  const roles = (await analysis.getAnalysis({
    view: 'frequencies',
    filter: {},
    by: 'claim-role',
  })) as FrequenciesResult;
  expect(asMap(roles)).toEqual(expected.roles);
}

async function setUp(): Promise<{ known: KnownLibrary; ids: string[]; expected: ClaimExpectations }> {
  const known = await knownLibrary(await tempDir());
  const ids = await placeClaims(known);
  const expected = await expectFromClaims(known, ids);
  return { known, ids, expected };
}

describe('analysis views from claims', () => {
  it('count who demands what, frames, roles and the network as the claims say, and follow their changes', async () => {
    const { known, ids, expected } = await setUp();
    // The premise: there is something to count, with repeats, and an article left out.
    expect(expected.claims.filter((c) => c.frame === 'claim').length).toBeGreaterThan(3);
    expect(expected.claims.some((c) => c.frame === 'event')).toBe(true);
    expect([...expected.matrix.values()].some((n) => n > 1)).toBe(true);
    expect(expected.links.size).toBeGreaterThan(1);
    expect(expected.withoutClaims).toBe(1);
    await checkAll(known.services, expected);

    // Changes: a claim deleted, one edited (its addressee dropped), an annotation deleted with claims detached.
    const claims = expected.claims.filter((c) => c.frame === 'claim');
    const [gone, edited] = claims;
    if (!gone || !edited) throw new Error('too few claims');
    await known.library.deleteClaims(gone.articleId, [gone.id]);
    await known.library.updateClaim(edited.articleId, edited.id, {
      members: edited.members.filter((m) => m.role !== 'addressee'),
    });
    const last = claims.at(-1);
    const demand = last?.members.find((m) => m.role === 'demand');
    if (!last || !demand) throw new Error('no demand');
    await known.library.deleteAnnotation(last.articleId, demand.annotationId, 'detach');
    const after = await expectFromClaims(known, ids);
    expect(after.matrix).not.toEqual(expected.matrix);
    await checkAll(known.services, after);

    // A restart rebuilds the aggregate from the files: the same numbers.
    await known.library.close();
    const library = await Library.open(join(known.dir, 'library'), { dailyBackup: false });
    try {
      await checkAll(createServices(library, { searchAtOnce: false }), after);
    } finally {
      await library.close();
    }
  });

  it('lists the claims behind a link and an actor profile names its addressees', async () => {
    const { known, expected } = await setUp();
    const { analysis } = known.services;
    const network = (await analysis.getAnalysis({ view: 'claim-network', filter: {} })) as ClaimNetworkResult;
    const link = network.links[0];
    if (!link) throw new Error('no link');
    const from = keyOf(network.actors[link.claimant]);
    const to = keyOf(network.actors[link.addressee]);
    const byId = new Map(known.placed.map((p) => [p.id, p]));
    const want = new Set<string>();
    for (const claim of expected.claims) {
      const members = claim.members.map((m) => ({ ...m, p: byId.get(m.annotationId) }));
      const a = members.filter((m) => m.role === 'claimant' && m.p && actorKey(m.p) === from);
      const b = members.filter((m) => m.role === 'addressee' && m.p && actorKey(m.p) === to);
      if (a.length > 0 && b.length > 0) for (const m of [...a, ...b]) want.add(m.annotationId);
    }
    const page = await analysis.listMentions({ filter: {}, cell: link.cell, offset: 0, limit: 500 });
    expect(new Set(page.mentions.map((m) => m.annotationId))).toEqual(want);
    expect(page.total).toBe(want.size);
    // Each mention carries its span: the article's text there is the annotation's quote.
    for (const m of page.mentions) expect(m.kwic.mention).toBe(byId.get(m.annotationId)?.quote);

    const profile = (await analysis.getAnalysis({
      view: 'actor-profile',
      filter: {},
      actor: network.actors[link.claimant]?.ref ?? { quote: '?' },
      scope: 'sentence',
    })) as ActorProfileResult;
    const mine = new Map(
      [...expected.links]
        .filter(([k]) => k.startsWith(`${from} `))
        .map(([k, n]) => [k.slice(from.length + 1), n]),
    );
    expect(new Map(profile.addressees.map((a) => [keyOf(a.actor), a.count]))).toEqual(mine);
    await known.library.close();
  });
});
