/**
 * "Add as a coder layer" (issue 20) on real library folders, the write phase
 * in the import worker: a colleague's export of the same article is put
 * beside the local coder's work, never merged into it. Their author is kept,
 * the unauthored take the typed coder (or the import is refused, nothing
 * written); the local coder's annotations and claims are never touched, nor
 * is a third coder's layer; re-importing a newer file of the same coder
 * replaces that coder's layer (counted), and the same file twice changes
 * nothing.
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import type { HamishExport } from '../../../../../shared/export-format';
import { openWithClaim } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** The local coder's library (سامي: four annotations and a claim) and its export, as a colleague would hold it. */
async function setup() {
  const dir = await tempDir();
  const fixture = await openWithClaim(dir, { coder: () => 'سامي', dailyBackup: false });
  const exported = await fixture.library.exportArticle(fixture.articleId, 'test');
  return { ...fixture, dir, exported };
}

/** `file` with its annotations and claims recoded as `coder` (undefined: no author), new ids. */
function asColleague(file: HamishExport, coder: string | undefined, salt: string): HamishExport {
  const copy = structuredClone(file);
  for (const article of copy.articles) {
    const ids = new Map<string, string>();
    article.annotations = article.annotations.map((a, i) => {
      const id = `${salt}${String(i).padStart(4, '0')}-1111-4111-8111-111111111111`;
      ids.set(a.id, id);
      const rest = { ...a };
      delete rest.author;
      return { ...rest, id, ...(coder ? { author: coder } : {}) };
    });
    article.claims = (article.claims ?? []).map((c, i) => {
      const rest = { ...c };
      delete rest.author;
      return {
        ...rest,
        id: `${salt}${String(i).padStart(4, '0')}-2222-4222-8222-222222222222`,
        members: c.members.map((m) => ({ ...m, annotationId: ids.get(m.annotationId) ?? m.annotationId })),
        ...(coder ? { author: coder } : {}),
      };
    });
  }
  return copy;
}

const byCoder = (list: readonly { author?: string }[]) => {
  const counts: Record<string, number> = {};
  for (const a of list) counts[a.author ?? ''] = (counts[a.author ?? ''] ?? 0) + 1;
  return counts;
};

describe('import as a coder layer', () => {
  it('keeps the colleague’s identical codings beside mine, with their claims, and touches nothing of mine', async () => {
    const { library, articleId, exported, claim } = await setup();
    const mineBefore = await library.listAnnotations(articleId);
    const file = asColleague(exported, 'ليلى', 'aaaa');
    const report = await importAnnotations(library, JSON.stringify(file), 'keep-both', { layer: {} });
    expect(report).toMatchObject({ articlesMerged: 1, annotationsAdded: 4, layersReplaced: 0 });
    const after = await library.listAnnotations(articleId);
    expect(byCoder(after)).toEqual({ سامي: 4, ليلى: 4 });
    for (const a of mineBefore) expect(after).toContainEqual(a);
    const claims = await library.listClaims(articleId);
    expect(claims.map((c) => c.author).sort()).toEqual(['سامي', 'ليلى']);
    expect(claims).toContainEqual(claim);
    const theirs = claims.find((c) => c.author === 'ليلى');
    const theirIds = new Set(after.filter((a) => a.author === 'ليلى').map((a) => a.id));
    expect(theirs?.members.every((m) => theirIds.has(m.annotationId))).toBe(true);
  });

  it('gives unauthored annotations the typed coder, and refuses them without one (nothing written)', async () => {
    const { library, articleId, exported, dir } = await setup();
    const file = JSON.stringify(asColleague(exported, undefined, 'bbbb'));
    const before = await snapshot(join(dir, 'annotations'));
    await expect(importAnnotations(library, file, 'keep-both', { layer: {} })).rejects.toMatchObject({
      code: 'invalid-import',
      params: { reason: 'layer-coder-missing' },
    });
    await expect(
      importAnnotations(library, file, 'keep-both', { layer: { coder: ' سامي ' } }),
    ).rejects.toMatchObject({
      params: { reason: 'layer-is-mine' },
    });
    expect(await snapshot(join(dir, 'annotations'))).toEqual(before);
    await importAnnotations(library, file, 'keep-both', { layer: { coder: 'زينب' } });
    expect(byCoder(await library.listAnnotations(articleId))).toEqual({ سامي: 4, زينب: 4 });
  });

  it('replaces the same coder’s layer on re-import, leaves a third coder alone, and changes nothing for the same file twice', async () => {
    const { library, articleId, exported, dir } = await setup();
    await importAnnotations(library, JSON.stringify(asColleague(exported, 'زينب', 'cccc')), 'keep-both', {
      layer: {},
    });
    const first = asColleague(exported, 'ليلى', 'dddd');
    await importAnnotations(library, JSON.stringify(first), 'keep-both', { layer: {} });
    // Her newer file: one annotation fewer and no claim.
    const newer = structuredClone(first);
    const article = newer.articles[0];
    if (!article) throw new Error('no article');
    article.annotations = article.annotations.slice(1);
    article.claims = [];
    const report = await importAnnotations(library, JSON.stringify(newer), 'keep-both', { layer: {} });
    expect(report).toMatchObject({ annotationsAdded: 3, annotationsReplaced: 4, layersReplaced: 1 });
    expect(byCoder(await library.listAnnotations(articleId))).toEqual({ سامي: 4, زينب: 4, ليلى: 3 });
    expect((await library.listClaims(articleId)).map((c) => c.author).sort()).toEqual(['زينب', 'سامي']);

    const bytes = await snapshot(join(dir, 'annotations'));
    const again = await importAnnotations(library, JSON.stringify(newer), 'keep-both', { layer: {} });
    expect(again).toMatchObject({ annotationsAdded: 0, annotationsReplaced: 0, annotationsUnchanged: 3 });
    expect(await snapshot(join(dir, 'annotations'))).toEqual(bytes);
  });

  it('leaves out the file’s annotations that claim to be the local coder’s (counted as kept)', async () => {
    const { library, articleId, exported } = await setup();
    const file = asColleague(exported, 'ليلى', 'eeee');
    const own = { ...(file.articles[0]?.annotations[0] ?? { id: '' }), author: 'سامي' };
    file.articles[0]?.annotations.splice(0, 1, own as never);
    const report = await importAnnotations(library, JSON.stringify(file), 'keep-both', { layer: {} });
    expect(report).toMatchObject({ annotationsAdded: 3, annotationsKept: 1 });
    expect(byCoder(await library.listAnnotations(articleId))).toEqual({ سامي: 4, ليلى: 3 });
  });

  it('refuses a file whose every annotation is the local coder’s, as for a typed name (nothing written)', async () => {
    // The library's own export (every annotation سامي's) added "as a layer" would add nothing.
    const { library, exported, dir } = await setup();
    const before = await snapshot(join(dir, 'annotations'));
    await expect(
      importAnnotations(library, JSON.stringify(asColleague(exported, 'سامي', 'ffff')), 'keep-both', {
        layer: {},
      }),
    ).rejects.toMatchObject({ params: { reason: 'layer-is-mine' } });
    expect(await snapshot(join(dir, 'annotations'))).toEqual(before);
  });
});
