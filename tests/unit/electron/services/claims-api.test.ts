/**
 * The claims methods over IPC (issue 18), through the real client, dispatcher
 * and handlers on a real library: arguments that break the contract (an
 * unknown policy, an empty or oversized member list, a malformed claim, an
 * extra field) are refused as 'invalid-argument' before any handler runs and
 * change nothing; the claim calls work end to end, and an annotation in a
 * claim comes back as the 'in-claim' failure until a policy is given.
 */

import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../../electron/services/app-api';
import { createServices } from '../../../../electron/services/services';
import type { HamishApi } from '../../../../shared/ipc-contract';
import { API_ARGS } from '../../../../shared/ipc-validation';
import { MAX_CLAIM_MEMBERS } from '../../../../shared/schema/limits';
import { openTagged } from '../../claim-fixtures';
import { inProcessApi, useTempDirs } from '../../helpers';

const tempDir = useTempDirs();

async function api() {
  const tagged = await openTagged(await tempDir());
  const handlers = createAppApi({
    services: createServices(tagged.library, { generator: 'test' }),
    dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
    preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
  });
  return { ...tagged, client: inProcessApi(handlers) };
}

const codeOf = async (result: Promise<{ ok: boolean; error?: { code: string } }>) => {
  const r = await result;
  return r.ok ? 'ok' : r.error?.code;
};

describe('claims over IPC', () => {
  it('refuses malformed arguments before any handler runs, changing nothing', async () => {
    const { client, articleId, hamas, lines, library } = await api();
    const claimant = { role: 'claimant', annotationId: hamas.id };
    const before = await lines();
    const call = client as unknown as Record<
      string,
      (...args: unknown[]) => ReturnType<HamishApi['listClaims']>
    >;
    const bad: [string, unknown[]][] = [
      ['deleteAnnotation', [articleId, hamas.id, 'purge']],
      ['deleteAnnotations', [articleId, [hamas.id], 'detach', 'extra']],
      ['updateAnnotation', [articleId, hamas.id, { tag: 'event' }, 'keep']],
      ['saveTaxonomy', [await library.getTaxonomy(), {}, 'everything']],
      ['createClaim', [{ articleId, frame: 'claim', members: [] }]],
      ['createClaim', [{ articleId, frame: 'Claim!', members: [claimant] }]],
      ['createClaim', [{ articleId, frame: 'claim', members: [{ role: 'claimant', annotationId: 'x' }] }]],
      ['createClaim', [{ articleId, frame: 'claim', members: Array(MAX_CLAIM_MEMBERS + 1).fill(claimant) }]],
      ['createClaim', [{ articleId, frame: 'claim', members: [claimant], author: 'someone' }]],
      ['updateClaim', [articleId, hamas.id, { members: [claimant], extra: 1 }]],
      ['deleteClaims', [articleId, ['not-an-id']]],
      ['restoreClaims', [articleId, [{ id: hamas.id, articleId, frame: 'claim', members: [claimant] }]]],
      ['listClaims', []],
    ];
    for (const [method, args] of bad) {
      const result = await (
        call[method] as (...a: unknown[]) => Promise<{ ok: boolean; error?: { code: string } }>
      )(...args);
      expect(result.ok ? 'ok' : result.error?.code, method).toBe('invalid-argument');
    }
    expect(await lines()).toEqual(before);
    expect(API_ARGS.deleteAnnotation.safeParse([articleId, hamas.id, 'delete']).success).toBe(true);
    expect(API_ARGS.createClaim.safeParse([{ articleId, frame: 'claim', members: [claimant] }]).success).toBe(
      true,
    );
  });

  it('creates, lists, updates, deletes and restores claims, and reports in-claim until a policy is given', async () => {
    const { client, articleId, hamas, exchange } = await api();
    const members = [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'demand', annotationId: exchange.id },
    ];
    const created = await client.createClaim({ articleId, frame: 'claim', members });
    if (!created.ok) throw new Error(created.error.message);
    const claim = created.value;
    expect(await client.listClaims(articleId)).toEqual({ ok: true, value: [claim] });
    const updated = await client.updateClaim(articleId, claim.id, { attributes: { stance: 'against' } });
    expect(updated.ok && updated.value.attributes).toEqual({ stance: 'against' });
    expect(await codeOf(client.deleteAnnotation(articleId, hamas.id))).toBe('in-claim');
    expect(await codeOf(client.updateAnnotation(articleId, exchange.id, { tag: 'actor' }))).toBe('in-claim');
    expect(await codeOf(client.deleteAnnotations(articleId, [hamas.id], 'detach'))).toBe('ok');
    const listed = await client.listClaims(articleId);
    const [detached] = listed.ok ? listed.value : [];
    expect(detached?.members).toEqual([members[1]]);
    expect(await codeOf(client.deleteClaims(articleId, [claim.id]))).toBe('ok');
    expect(await codeOf(client.restoreClaims(articleId, [claim]))).toBe('invalid-claim'); // Hamas is gone
    if (!detached) throw new Error('no claim');
    expect(await client.restoreClaims(articleId, [detached])).toEqual({ ok: true, value: [detached] });
  });
});
