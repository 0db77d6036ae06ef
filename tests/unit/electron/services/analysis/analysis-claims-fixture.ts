/**
 * Claims placed by the test over the known library (analysis-library.ts),
 * and the test's own reckoning of what the claim views should say, from the
 * claims as the library gives them back (listClaims) and the annotations it
 * placed: never from the aggregate. Placement, by the test's own sentence
 * split: in articles 0, 1 and 3, every sentence holding an actor and a
 * demand becomes a "claim" claim (all its actors claimants, all its demands
 * demanded), addressed to the article's first actor that is none of them;
 * article 2 gets "event" claims only (each event, with its sentence's first
 * actor as agent), so it holds actors and demands but no "claim" claim.
 */

import type { Claim } from '../../../../../shared/schema/claim-schema';
import { actorKey, sentenceStart, type KnownLibrary, type Placed } from './analysis-library';

const isActor = (p: Placed) => p.tag === 'actor' || p.tag.startsWith('actor.');
const isDemand = (p: Placed) => p.tag.startsWith('demand.');

/** Places the claims; returns the live articles' ids in order (the trashed one left out). */
export async function placeClaims(known: KnownLibrary): Promise<string[]> {
  const ids = [...known.metas.keys()].filter((id) => id !== known.trashedId);
  for (const [i, articleId] of ids.entries()) {
    const mine = known.placed.filter((p) => p.articleId === articleId).sort((a, b) => a.start - b.start);
    const sentences = new Map<number, Placed[]>();
    for (const p of mine) {
      const s = sentenceStart(p.text, p.start);
      sentences.set(s, [...(sentences.get(s) ?? []), p]);
    }
    for (const group of sentences.values()) {
      if (i === 2) {
        const agent = group.find(isActor);
        for (const event of group.filter((p) => p.tag.startsWith('event.'))) {
          await known.library.createClaim({
            articleId,
            frame: 'event',
            members: [
              { role: 'event', annotationId: event.id },
              ...(agent ? [{ role: 'agent', annotationId: agent.id }] : []),
            ],
          });
        }
        continue;
      }
      const claimants = group.filter(isActor);
      const demands = group.filter(isDemand);
      if (claimants.length === 0 || demands.length === 0) continue;
      const keys = new Set(claimants.map(actorKey));
      const addressee = mine.find((p) => isActor(p) && !keys.has(actorKey(p)));
      await known.library.createClaim({
        articleId,
        frame: 'claim',
        members: [
          ...claimants.map((p) => ({ role: 'claimant', annotationId: p.id })),
          ...demands.map((p) => ({ role: 'demand', annotationId: p.id })),
          ...(addressee ? [{ role: 'addressee', annotationId: addressee.id }] : []),
        ],
      });
    }
  }
  return ids;
}

/** The test's expectations, from the claims read back. */
export interface ClaimExpectations {
  /** "actorKey demandTag" → claims. */
  matrix: Map<string, number>;
  /** "claimantKey addresseeKey" → claims. */
  links: Map<string, number>;
  frames: Map<string, number>;
  /** "frame/role/type" → members. */
  roles: Map<string, number>;
  /** Live articles with an actor and a demand but no "claim" claim. */
  withoutClaims: number;
  claims: Claim[];
}

const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Works the expectations out from `listClaims` of each live article and the placed annotations. */
export async function expectFromClaims(
  known: KnownLibrary,
  ids: readonly string[],
): Promise<ClaimExpectations> {
  const byId = new Map(known.placed.map((p) => [p.id, p]));
  const out: ClaimExpectations = {
    matrix: new Map(),
    links: new Map(),
    frames: new Map(),
    roles: new Map(),
    withoutClaims: 0,
    claims: [],
  };
  for (const articleId of ids) {
    const claims = await known.library.listClaims(articleId);
    out.claims.push(...claims);
    const placed = known.placed.filter((p) => p.articleId === articleId);
    if (!claims.some((c) => c.frame === 'claim') && placed.some(isActor) && placed.some(isDemand))
      out.withoutClaims++;
    for (const claim of claims) {
      add(out.frames, claim.frame);
      const members = claim.members.map((m) => ({ role: m.role, p: byId.get(m.annotationId) as Placed }));
      for (const { role, p } of members) add(out.roles, `${claim.frame}/${role}/${p.tag.split('.')[0]}`);
      if (claim.frame !== 'claim') continue;
      const claimants = new Set(members.filter((m) => m.role === 'claimant').map((m) => actorKey(m.p)));
      const demands = new Set(members.filter((m) => m.role === 'demand').map((m) => m.p.tag));
      const addressees = new Set(members.filter((m) => m.role === 'addressee').map((m) => actorKey(m.p)));
      for (const a of claimants) {
        for (const d of demands) add(out.matrix, `${a} ${d}`);
        for (const b of addressees) add(out.links, `${a} ${b}`);
      }
    }
  }
  return out;
}
