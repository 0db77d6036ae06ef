/**
 * `hamish stats` from claims, in a separate process over a real library with
 * claims placed by the test: --by network, claim-frame and claim-role (JSON)
 * and actor-demand --scope claims (JSON, then the Arabic table's line that
 * says what is counted and how many articles have no claim), against the
 * test's own reckoning from the claims read back.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ActorDemandResult,
  ActorInfo,
  ClaimNetworkResult,
  FrequenciesResult,
} from '../../../../shared/analysis-types';
import { useTempDirs } from '../../helpers';
import { expectFromClaims, placeClaims } from '../services/analysis/analysis-claims-fixture';
import { asMap, matrixOf } from '../services/analysis/analysis-expected';
import { actorKey, knownLibrary } from '../services/analysis/analysis-library';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

const keyOf = (a: ActorInfo | undefined) =>
  a?.entityId ? `e:${a.entityId}` : actorKey({ quote: a?.label ?? '' });

describe('hamish stats from claims', () => {
  it('prints the network, frames, roles and the claims matrix the claims make', async () => {
    const known = await knownLibrary(await tempDir());
    const expected = await expectFromClaims(known, await placeClaims(known));
    const scheme = await known.library.getTaxonomy();
    await known.library.close();
    const lib = join(known.dir, 'library');
    const json = async (...by: string[]) => {
      const run = await runCli(['stats', '--library', lib, '--by', ...by, '--json']);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as unknown;
    };

    const network = (await json('network')) as ClaimNetworkResult;
    const links = new Map(
      network.links.map((l) => [
        `${keyOf(network.actors[l.claimant])} ${keyOf(network.actors[l.addressee])}`,
        l.count,
      ]),
    );
    expect(links).toEqual(expected.links);
    expect(asMap((await json('claim-frame')) as FrequenciesResult)).toEqual(expected.frames);
    expect(asMap((await json('claim-role')) as FrequenciesResult)).toEqual(expected.roles);
    const matrix = (await json('actor-demand', '--scope', 'claims')) as ActorDemandResult;
    expect(matrixOf(matrix)).toEqual(expected.matrix);

    const table = await runCli([
      'stats',
      '--library',
      lib,
      '--by',
      'actor-demand',
      '--scope',
      'claims',
      '--lang',
      'ar',
    ]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toContain('الادعاءات');
    expect(table.stdout.split('\n')[0]).toContain('مقال واحد');
    const csv = await runCli(['stats', '--library', lib, '--by', 'network', '--format', 'csv']);
    expect(csv.stdout.replace(/^\uFEFF/u, '').split('\r\n')[0]).toBe(
      'claimant,claimant_entity_id,addressee,addressee_entity_id,claims',
    );
    expect(csv.stdout.trim().split('\r\n').length).toBe(expected.links.size + 1);

    // The table names frames and roles by their labels in the CLI's language, not by their ids.
    const frame = scheme.frames?.find((f) => f.id === 'claim');
    const claimant = frame?.roles.find((r) => r.id === 'claimant');
    const actor = scheme.types.find((t) => t.id === 'actor');
    const frames = await runCli(['stats', '--library', lib, '--by', 'claim-frame', '--lang', 'ar']);
    // Columns: key, label, count, articles.
    expect(frames.stdout.split('\n')).toContainEqual(
      expect.stringMatching(`^claim\t${frame?.label.ar ?? '?'}\t`),
    );
    const roles = await runCli(['stats', '--library', lib, '--by', 'claim-role', '--lang', 'ar']);
    expect(roles.stdout).toContain(
      `${frame?.label.ar ?? '?'} / ${claimant?.label.ar ?? '?'} / ${actor?.label.ar ?? '?'}`,
    );
  });
});
