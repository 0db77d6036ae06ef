/**
 * Claims in a real library folder (issue 18): create, list, update, delete
 * and restore; the rules refused with a code and nothing written; deleting or
 * retagging annotations in claims refused without a policy ('in-claim', no
 * change on disk) and, with one, annotations and claims changed in ONE journal
 * line that survives a reopen.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { openTagged } from '../../../claim-fixtures';
import { failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

describe('library claims', () => {
  it('creates, lists, updates, deletes and restores a claim, each durable across a reopen', async () => {
    const { dir, library, articleId, hamas, exchange, israel } = await openTagged(await tempDir());
    const claim = await library.createClaim({
      articleId,
      frame: 'claim',
      members: [
        { role: 'claimant', annotationId: hamas.id },
        { role: 'demand', annotationId: exchange.id },
      ],
      attributes: { stance: 'for' },
      note: 'المطلب الرئيسي',
    });
    expect(claim.articleId).toBe(articleId);
    expect(claim.createdAt).toBe(claim.updatedAt);
    expect(await library.listClaims(articleId)).toEqual([claim]);

    const updated = await library.updateClaim(articleId, claim.id, {
      members: [...claim.members, { role: 'addressee', annotationId: israel.id }],
      note: null,
    });
    expect(updated.members.map((m) => m.role)).toEqual(['claimant', 'demand', 'addressee']);
    expect(updated.note).toBeUndefined();
    await library.close();

    const again = await Library.open(dir);
    expect(await again.listClaims(articleId)).toEqual([updated]);
    await again.deleteClaims(articleId, [claim.id]);
    expect(await again.listClaims(articleId)).toEqual([]);
    expect(await again.restoreClaims(articleId, [updated])).toEqual([updated]);
    await again.close();
    const third = await Library.open(dir);
    expect(await third.listClaims(articleId)).toEqual([updated]);
    await third.close();
  });

  it('refuses claims that break a rule, and writes nothing', async () => {
    const { library, articleId, hamas, exchange, israel, meeting, lines } = await openTagged(await tempDir());
    const before = await lines();
    const claimant = { role: 'claimant', annotationId: hamas.id };
    const demand = { role: 'demand', annotationId: exchange.id };
    const cases: [string, Parameters<Library['createClaim']>[0]][] = [
      ['claim-incomplete', { articleId, frame: 'claim', members: [claimant] }],
      ['invalid-claim', { articleId, frame: 'no-such-frame', members: [claimant, demand] }],
      [
        'invalid-claim',
        { articleId, frame: 'claim', members: [claimant, demand, { role: 'x', annotationId: israel.id }] },
      ],
      [
        'invalid-claim',
        { articleId, frame: 'claim', members: [{ role: 'claimant', annotationId: exchange.id }, demand] },
      ],
      ['invalid-claim', { articleId, frame: 'claim', members: [claimant, demand, claimant] }],
      [
        'invalid-claim',
        {
          articleId,
          frame: 'claim',
          members: [
            claimant,
            demand,
            { role: 'form', annotationId: meeting.id },
            { role: 'form', annotationId: meeting.id },
          ],
        },
      ],
      [
        'invalid-claim',
        { articleId, frame: 'claim', members: [claimant, { role: 'demand', annotationId: articleId }] },
      ],
    ];
    for (const [code, input] of cases) expect(await failureCode(library.createClaim(input))).toBe(code);
    expect(await library.listClaims(articleId)).toEqual([]);
    expect(await lines()).toEqual(before);
    const claim = await library.createClaim({ articleId, frame: 'claim', members: [claimant, demand] });
    expect(await failureCode(library.updateClaim(articleId, claim.id, { members: [claimant] }))).toBe(
      'claim-incomplete',
    );
    expect(await failureCode(library.deleteClaims(articleId, [claim.id, articleId]))).toBe('not-found');
    expect(await library.listClaims(articleId)).toEqual([claim]);
  });

  it("refuses to delete or retag an annotation in a claim without a policy ('in-claim'), changing nothing", async () => {
    const { library, articleId, hamas, exchange, lines } = await openTagged(await tempDir());
    const claim = await library.createClaim({
      articleId,
      frame: 'claim',
      members: [
        { role: 'claimant', annotationId: hamas.id },
        { role: 'demand', annotationId: exchange.id },
      ],
    });
    const before = await lines();
    expect(await failureCode(library.deleteAnnotation(articleId, hamas.id))).toBe('in-claim');
    expect(await failureCode(library.deleteAnnotations(articleId, [exchange.id]))).toBe('in-claim');
    expect(await failureCode(library.updateAnnotation(articleId, hamas.id, { tag: 'event' }))).toBe(
      'in-claim',
    );
    expect(await lines()).toEqual(before);
    expect((await library.listAnnotations(articleId)).map((a) => a.tag)).toContain('actor.armed-group');
    expect(await library.listClaims(articleId)).toEqual([claim]);
    // A retag its role still accepts needs no policy.
    await library.updateAnnotation(articleId, hamas.id, { tag: 'actor.organisation' });
    expect(await library.listClaims(articleId)).toEqual([claim]);
  });

  it('detaches or deletes claims with the annotation in ONE journal line that survives a reopen', async () => {
    const { dir, library, articleId, hamas, exchange, israel, lines } = await openTagged(await tempDir());
    const members = [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'demand', annotationId: exchange.id },
      { role: 'addressee', annotationId: israel.id },
    ];
    const first = await library.createClaim({ articleId, frame: 'claim', members });
    const second = await library.createClaim({ articleId, frame: 'claim', members: members.slice(0, 2) });
    const before = (await lines()).length;

    await library.deleteAnnotation(articleId, israel.id, 'detach');
    const detachLines = await lines();
    expect(detachLines.length).toBe(before + 1);
    const detachLine = JSON.parse(detachLines.at(-1) ?? '{}') as { del: string[]; cput: { id: string }[] };
    expect(detachLine.del).toEqual([israel.id]);
    expect(detachLine.cput.map((c) => c.id)).toEqual([first.id]);

    await library.updateAnnotation(articleId, hamas.id, { tag: 'event' }, 'delete');
    const deleteLine = JSON.parse((await lines()).at(-1) ?? '{}') as {
      put: { id: string }[];
      cdel: string[];
    };
    expect((await lines()).length).toBe(before + 2);
    expect(deleteLine.put.map((a) => a.id)).toEqual([hamas.id]);
    expect(deleteLine.cdel.sort()).toEqual([first.id, second.id].sort());
    await library.close();

    const again = await Library.open(dir);
    expect(await again.listClaims(articleId)).toEqual([]);
    expect((await again.listAnnotations(articleId)).find((a) => a.id === hamas.id)?.tag).toBe('event');
    await again.close();
  });

  it('keeps a detached claim incomplete, editable, and keeps claims through a fold of the journal', async () => {
    const { dir, library, articleId, hamas, exchange, israel } = await openTagged(await tempDir(), {
      journalLimit: 2,
    });
    const claim = await library.createClaim({
      articleId,
      frame: 'claim',
      members: [
        { role: 'claimant', annotationId: hamas.id },
        { role: 'demand', annotationId: exchange.id },
      ],
    });
    await library.deleteAnnotations(articleId, [exchange.id], 'detach');
    const [detached] = await library.listClaims(articleId);
    expect(detached?.members).toEqual([{ role: 'claimant', annotationId: hamas.id }]);
    const noted = await library.updateClaim(articleId, claim.id, { note: 'ناقص' });
    expect(noted.note).toBe('ناقص');
    await library.updateClaim(articleId, claim.id, {
      members: [...noted.members, { role: 'addressee', annotationId: israel.id }],
    });
    await library.close();
    const file = JSON.parse(await readFile(join(dir, 'annotations', `${articleId}.json`), 'utf8')) as {
      claims: { id: string; members: unknown[] }[];
    };
    expect(file.claims.map((c) => [c.id, c.members.length])).toEqual([[claim.id, 2]]);
    const again = await Library.open(dir);
    expect((await again.listClaims(articleId))[0]?.members).toHaveLength(2);
    await again.close();
  });
});
