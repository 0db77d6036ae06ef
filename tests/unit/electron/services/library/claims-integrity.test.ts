/**
 * Claims kept whole around the library's files (issue 18): the start-up
 * check repairs (detaches) and reports a claim naming a missing annotation,
 * and only reports it on a read-only open; claims go to and come back from
 * backups with their journal folded in; the trash keeps them, emptying it
 * removes them with the article; a scheme that drops a frame, a role or an
 * accepted type in use is refused ('frame-in-use') unless given a policy.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedSnapshot } from '../../../../../electron/services/library/annotation-journal';
import { Library } from '../../../../../electron/services/library/library';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { openWithClaim } from '../../../claim-fixtures';
import { failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const withClaim = async () => openWithClaim(await tempDir());

describe('claims integrity', () => {
  it('the start-up check detaches and reports a member whose annotation is missing, once', async () => {
    const { dir, library, articleId, israel, claim } = await withClaim();
    await library.close(); // folds the journal into annotations/<id>.json
    const path = join(dir, 'annotations', `${articleId}.json`);
    const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: { id: string }[] };
    // Damage by hand: Israel's annotation disappears, the claim still names it.
    file.annotations = file.annotations.filter((a) => a.id !== israel.id);
    await writeFile(path, JSON.stringify(file));

    const readOnly = await Library.open(dir, { access: 'read-only' });
    await readOnly.checkDone;
    expect(readOnly.startupReport().claimsRepaired).toEqual([
      expect.objectContaining({ claimId: claim.id, annotationIds: [israel.id], repaired: false }),
    ]);
    expect((await readOnly.listClaims(articleId))[0]?.members.map((m) => m.role)).toEqual([
      'claimant',
      'demand',
    ]);
    await readOnly.close();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(file);

    const again = await Library.open(dir);
    await again.checkDone;
    const [repair] = again.startupReport().claimsRepaired ?? [];
    expect(repair).toMatchObject({
      articleId,
      claimId: claim.id,
      annotationIds: [israel.id],
      repaired: true,
    });
    const [listed] = await again.listClaims(articleId);
    expect(listed?.members.map((m) => m.annotationId)).not.toContain(israel.id);
    expect(listed?.attributes).toEqual({ stance: 'for' });
    await again.close();

    const third = await Library.open(dir);
    await third.checkDone;
    expect(third.startupReport().claimsRepaired).toBeUndefined();
    expect(await third.listClaims(articleId)).toEqual([listed]);
    await third.close();
  });

  it('a backup holds the claims with the journal folded in, and a restore brings them back', async () => {
    const { dir, library, articleId, claim } = await withClaim();
    const snapshot = JSON.parse(
      (await foldedSnapshot(join(dir, 'annotations', `${articleId}.json`), articleId)) ?? '{}',
    ) as { claims: unknown[] };
    expect(snapshot.claims).toEqual([claim]);
    await library.close();

    const later = new Date(Date.now() + 2 * 86_400_000);
    const next = await Library.open(dir, { now: () => later });
    const [backup] = await next.listBackups();
    if (!backup) throw new Error('no backup');
    await next.deleteClaims(articleId, [claim.id]);
    expect(await next.listClaims(articleId)).toEqual([]);
    await next.restoreBackup(backup.name);
    expect(await next.listClaims(articleId)).toEqual([claim]);
    await next.close();
  });

  it('the trash keeps an article’s claims; emptying it removes them with the article', async () => {
    const { dir, library, articleId, claim } = await withClaim();
    await library.trashArticle(articleId);
    await library.restoreArticle(articleId);
    expect(await library.listClaims(articleId)).toEqual([claim]);
    await library.trashArticle(articleId);
    await library.emptyTrash();
    expect(await failureCode(library.listClaims(articleId))).toBe('not-found');
    await expect(readFile(join(dir, 'annotations', `${articleId}.json`), 'utf8')).rejects.toThrow();
    await library.close();
  });

  it("refuses a scheme that drops a frame, role or accepted type claims use ('frame-in-use'), unless given a policy", async () => {
    const { library, articleId, claim, lines } = await withClaim();
    const frames = DEFAULT_TAXONOMY.frames ?? [];
    const withoutClaimFrame = { ...DEFAULT_TAXONOMY, frames: frames.filter((f) => f.id !== 'claim') };
    const withoutAddressee = {
      ...DEFAULT_TAXONOMY,
      frames: frames.map((f) =>
        f.id === 'claim' ? { ...f, roles: f.roles.filter((r) => r.id !== 'addressee') } : f,
      ),
    };
    const before = await lines();
    expect(await failureCode(library.saveTaxonomy(withoutClaimFrame))).toBe('frame-in-use');
    expect(await failureCode(library.saveTaxonomy(withoutAddressee))).toBe('frame-in-use');
    // Dropping armed groups and moving them to a demand tag: the claimant role does not accept demands.
    const noArmedGroups = {
      ...DEFAULT_TAXONOMY,
      types: DEFAULT_TAXONOMY.types.map((t) =>
        t.id === 'actor' ? { ...t, subtypes: t.subtypes.filter((s) => s.id !== 'armed-group') } : t,
      ),
    };
    expect(await failureCode(library.saveTaxonomy(noArmedGroups, { 'actor.armed-group': 'demand' }))).toBe(
      'frame-in-use',
    );
    expect(await lines()).toEqual(before);
    expect(await library.getTaxonomy()).toEqual(DEFAULT_TAXONOMY);
    expect(await library.listClaims(articleId)).toEqual([claim]);

    // An unused role may go freely; with 'detach' the addressee leaves the claim in the same write.
    await library.saveTaxonomy(withoutAddressee, {}, 'detach');
    const [detached] = await library.listClaims(articleId);
    expect(detached?.members.map((m) => m.role)).toEqual(['claimant', 'demand']);
    await library.saveTaxonomy(withoutClaimFrame, {}, 'delete');
    expect(await library.listClaims(articleId)).toEqual([]);
    expect((await library.getTaxonomy()).frames?.map((f) => f.id)).toEqual(['event']);
    await library.close();
  });
});
