/**
 * Claims in Hamish JSON version 2 (issue 18): a library with claims exported,
 * imported into an empty library and exported again gives the same file
 * (export time aside); a version 1 file (no claims) still imports; a claim
 * naming an annotation its article does not have is refused with a message
 * naming the claim and nothing is written; keep-both maps claim members to
 * the copies it makes, so no claim points to a missing annotation.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import type { Library } from '../../../../../electron/services/library/library';
import {
  importAnnotations,
  importAnnotationsFile,
} from '../../../../../electron/services/transfer/import-service';
import { utf16ToCodePoint } from '../../../../../shared/code-points';
import type { HamishExport } from '../../../../../shared/export-format';
import { openWithClaim } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** A library whose sample article holds a claim and an event. */
async function withClaims() {
  const tagged = await openWithClaim(await tempDir());
  const { library, articleId, meeting } = tagged;
  const event = await library.createClaim({
    articleId,
    frame: 'event',
    members: [{ role: 'event', annotationId: meeting.id }],
  });
  return { ...tagged, event };
}

async function exportTo(library: Library, path: string): Promise<HamishExport> {
  await writeExport(library, { format: 'json', includeText: true }, path, 'Hamish test');
  return JSON.parse(await readFile(path, 'utf8')) as HamishExport;
}

/** Every claim member of every article of `library` names one of its annotations. */
async function membersExist(library: Library): Promise<boolean> {
  for (const meta of await library.listArticles()) {
    const ids = new Set((await library.listAnnotations(meta.id)).map((a) => a.id));
    const claims = await library.listClaims(meta.id);
    if (!claims.every((c) => c.members.every((m) => ids.has(m.annotationId)))) return false;
  }
  return true;
}

describe('claims in Hamish JSON version 2', () => {
  it('export → import into an empty library → export gives the same file, claims and frames included', async () => {
    const { library, articleId, claim, event } = await withClaims();
    const out = await tempDir();
    const first = await exportTo(library, join(out, 'first.hamish.json'));
    expect(first.version).toBe(2);
    expect(first.taxonomy.frames?.map((f) => f.id)).toEqual(['claim', 'event']);
    expect(first.articles[0]?.claims).toEqual([strip(claim), strip(event)]);

    const target = await openLibrary(join(await tempDir(), 'target'));
    await importAnnotationsFile(target, join(out, 'first.hamish.json'), 'keep-both');
    expect(await target.listClaims(articleId)).toEqual([claim, event]);
    const second = await exportTo(target, join(out, 'second.hamish.json'));
    expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
  });

  it('still imports a version 1 file (no claims)', async () => {
    const { library, articleId } = await withClaims();
    const data = await exportTo(library, join(await tempDir(), 'v2.hamish.json'));
    const v1 = { ...data, version: 1, articles: data.articles.map((a) => ({ ...a, claims: undefined })) };
    const target = await openLibrary(join(await tempDir(), 'target'));
    const report = await importAnnotations(target, JSON.stringify(v1), 'keep-both');
    expect(report).toMatchObject({ articlesAdded: 1, annotationsAdded: 4, problems: [] });
    expect(await target.listClaims(articleId)).toEqual([]);
  });

  it('refuses a claim naming an annotation the file does not have, naming the claim, and writes nothing', async () => {
    const { library, claim } = await withClaims();
    const path = join(await tempDir(), 'bad.hamish.json');
    const data = await exportTo(library, path);
    const [article] = data.articles;
    const at = article?.claims?.findIndex((c) => c.id === claim.id) ?? -1;
    const bad = article?.claims?.[at];
    if (!article || !bad) throw new Error('no claim exported');
    bad.members[0] = { role: 'claimant', annotationId: '00000000-0000-4000-8000-000000000000' };
    await writeFile(path, JSON.stringify(data));
    const target = await openLibrary(join(await tempDir(), 'target'));
    const before = await snapshot(target.paths.dir);
    const failure = (await importAnnotationsFile(target, path, 'keep-both').catch((e: unknown) => e)) as {
      code: string;
      params: Record<string, string>;
    };
    expect(failure.code).toBe('invalid-import');
    expect(failure.params['reason']).toBe('claim-member-missing');
    expect(failure.params['where']).toContain(`claims[${at}] (id ${claim.id})`);
    expect(await snapshot(target.paths.dir)).toEqual(before);
  });

  it('refuses a claim whose attribute value its frame does not offer, naming where, and writes nothing', async () => {
    const { library, claim } = await withClaims();
    const path = join(await tempDir(), 'stance.hamish.json');
    const data = await exportTo(library, path);
    const bad = data.articles[0]?.claims?.find((c) => c.id === claim.id);
    if (!bad) throw new Error('no claim exported');
    bad.attributes = { stance: 'undecided' };
    await writeFile(path, JSON.stringify(data));
    const target = await openLibrary(join(await tempDir(), 'target'));
    const before = await snapshot(target.paths.dir);
    const failure = (await importAnnotationsFile(target, path, 'keep-both').catch((e: unknown) => e)) as {
      code: string;
      params: Record<string, string>;
    };
    expect(failure.code).toBe('invalid-import');
    expect(failure.params['reason']).toBe('invalid-claim-attribute');
    expect(failure.params['where']).toContain(`(id ${claim.id}) › attributes › stance`);
    expect(await snapshot(target.paths.dir)).toEqual(before);
  });

  it('keep-both maps members to the copies it makes; importing the same file twice adds nothing', async () => {
    const { library, articleId, hamas, claim } = await withClaims();
    const path = join(await tempDir(), 'mine.hamish.json');
    await exportTo(library, path);
    await importAnnotationsFile(library, path, 'keep-both');
    expect(await library.listClaims(articleId)).toHaveLength(2);

    // The local Hamas annotation moves to the next mention: the file's one joins as a copy, and so does its claim.
    const { text } = await library.getArticle(articleId);
    const at = utf16ToCodePoint(text, text.indexOf('حماس', text.indexOf('حماس') + 1));
    await library.updateAnnotation(articleId, hamas.id, { start: at, end: at + 4, note: 'تغيّر هنا' });
    await importAnnotationsFile(library, path, 'keep-both');
    const claims = await library.listClaims(articleId);
    expect(claims).toHaveLength(3);
    const copy = claims.find((c) => c.id !== claim.id && c.frame === 'claim');
    const copyOfHamas = copy?.members.find((m) => m.role === 'claimant')?.annotationId;
    expect(copyOfHamas).toBeDefined();
    expect(copyOfHamas).not.toBe(hamas.id);
    expect(
      (await library.listAnnotations(articleId)).find((a) => a.id === copyOfHamas)?.note,
    ).toBeUndefined();
    expect(await membersExist(library)).toBe(true);
    await importAnnotationsFile(library, path, 'keep-both');
    expect(await library.listClaims(articleId)).toHaveLength(3);
  });
});

/** A claim without its article id, as the file holds it. */
function strip(claim: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...claim };
  delete copy['articleId'];
  return copy;
}
