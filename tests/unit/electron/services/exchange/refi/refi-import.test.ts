/**
 * REFI-QDA import through the merge flow: a library exported as .qdpx and
 * imported into an empty library gives back the same articles, annotations,
 * tags (a custom one included) and notes, with the exporting OS user as the
 * coder; importing it again into its own library adds nothing; a file that
 * is not a project, or a choice of a missing tag, changes nothing.
 */

import { readdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importQdpxFile,
  previewQdpxFile,
} from '../../../../../../electron/services/exchange/refi/refi-import';
import { createExporter } from '../../../../../../electron/services/export/export-service';
import { Library } from '../../../../../../electron/services/library/library';
import { canonicalize } from '../../../../../../shared/canonical-text';
import { DEFAULT_TAXONOMY } from '../../../../../../shared/taxonomy';
import { failureCode, useTempDirs } from '../../../../helpers';
import { refiLibrary } from './refi-library';

const tempDir = useTempDirs();

/** The library with a custom type (with one subtype) added and used once. */
async function withCustomTag(dir: string) {
  const made = await refiLibrary(dir);
  const { library, englishId } = made;
  await library.saveTaxonomy({
    ...DEFAULT_TAXONOMY,
    types: [
      ...DEFAULT_TAXONOMY.types,
      {
        id: 'frame',
        label: { ar: 'إطار', en: 'Frame' },
        color: '#123456',
        key: '4',
        subtypes: [{ id: 'conflict', label: { ar: 'صراع', en: 'Conflict' }, color: '#654321', key: '1' }],
      },
    ],
  });
  await library.createAnnotation({ articleId: englishId, start: 4, end: 12, tag: 'frame.conflict' });
  await library.updateMeta(made.arabicId, {
    author: 'مراسل الجزيرة 𝕏',
    url: 'https://www.aljazeera.net/news/2026/3/1/witkoff-hayya',
    status: 'in-progress',
    date: '2026-02-28',
  });
  await library.updateMeta(englishId, { status: 'done' });
  // An article imported from a file keeps that file's name (importedFrom), which only an import sets.
  const imported = await library.addCanonical({
    title: 'From a web page',
    canonical: canonicalize('قال المتحدث إن الوفد سيصل غداً.'),
    language: 'ar',
    author: 'Staff writer',
    url: 'https://example.org/a?x=1&y=2',
    importedFrom: 'صفحة محفوظة.html',
  });
  await library.createAnnotation({ articleId: imported.id, start: 4, end: 11, tag: 'actor' });
  await library.updateMeta(imported.id, { status: 'new' });
  return made;
}

describe('REFI-QDA import', () => {
  it('gives back the same articles, annotations, tags, notes and entities in an empty library (library → .qdpx → library)', async () => {
    const dir = await tempDir();
    const { library: source } = await withCustomTag(join(dir, 'a'));
    const path = join(dir, 'round.qdpx');
    await createExporter(source, 'Hamish test').write({ format: 'qdpx' }, path);
    const target = await Library.open(join(dir, 'b'));
    const preview = await previewQdpxFile(target, path);
    expect(preview).toMatchObject({ sources: 3, selections: 8 });
    expect(preview.codes.find((c) => c.path.join('/') === 'إطار/صراع')?.choice).toBe('new');
    expect(preview.codes.find((c) => c.path.join('/') === 'فاعل/شخص')?.choice).toEqual({
      tag: 'actor.person',
    });

    const report = await importQdpxFile(target, path, 'keep-both');
    expect(report).toMatchObject({
      articlesAdded: 3,
      annotationsAdded: 8,
      tagIdsAdded: ['frame', 'frame.conflict'],
    });
    expect(await target.getTaxonomy()).toEqual({
      ...(await source.getTaxonomy()),
      types: (await source.getTaxonomy()).types.map((t) =>
        t.id === 'frame' ? { ...t, key: '', subtypes: t.subtypes.map((s) => ({ ...s, key: '' })) } : t,
      ),
    });

    // Every metadata field, one by one: author, URL, importedFrom, status and addedAt included.
    const theirMetas = new Map((await target.listArticles()).map((m) => [m.id, m]));
    const mineMetas = await source.listArticles();
    expect(mineMetas.filter((m) => m.author && m.url && m.importedFrom && m.status)).toHaveLength(1);
    for (const mine of mineMetas) {
      const theirs = theirMetas.get(mine.id);
      expect(Object.keys(theirs ?? {}).sort()).toEqual(Object.keys(mine).sort());
      for (const key of Object.keys(mine) as (keyof typeof mine)[]) {
        expect([mine.title, key, theirs?.[key]]).toEqual([mine.title, key, mine[key]]);
      }
    }
    expect(theirMetas.size).toBe(mineMetas.length);
    for (const meta of await source.listArticles()) {
      expect((await target.getArticle(meta.id)).text).toBe((await source.getArticle(meta.id)).text);
      const mine = await source.listAnnotations(meta.id);
      const theirs = await target.listAnnotations(meta.id);
      const strip = (a: (typeof mine)[number]) => {
        const copy: Partial<typeof a> = { ...a };
        delete copy.author;
        return copy;
      };
      expect(theirs.map(strip)).toEqual(mine.map(strip));
      expect(new Set(theirs.map((a) => a.author))).toEqual(new Set([userInfo().username]));
    }
    // The entity comes back as itself (from its Case), still linked.
    const [entity] = source.entities();
    const strip = (e: typeof entity) => ({ id: e?.id, name: e?.name, kind: e?.kind, aliases: e?.aliases });
    expect(target.entities().map(strip)).toEqual([strip(entity)]);
    expect(report.skipped).toEqual([]);
    await source.close();
    await target.close();
  });

  it('merges a re-imported export into its own library without adding anything', async () => {
    const dir = await tempDir();
    const { library } = await refiLibrary(join(dir, 'a'));
    const path = join(dir, 'again.qdpx');
    await createExporter(library, 'Hamish test').write({ format: 'qdpx' }, path);
    const report = await importQdpxFile(library, path, 'keep-both');
    expect(report).toMatchObject({
      articlesAdded: 0,
      articlesMerged: 2,
      annotationsAdded: 0,
      tagIdsAdded: [],
    });
    expect(report.annotationsUnchanged + report.annotationsKept).toBe(6);
    await library.close();
  });

  it('refuses a file that is not a REFI-QDA project, and a choice of a tag the scheme lacks, writing nothing', async () => {
    const dir = await tempDir();
    const { library } = await refiLibrary(join(dir, 'a'));
    const notZip = join(dir, 'not.qdpx');
    await writeFile(notZip, 'هذا ليس ملفًا مضغوطًا');
    expect(await failureCode(importQdpxFile(library, notZip, 'keep-both'))).toBe('invalid-import');

    const path = join(dir, 'p.qdpx');
    await createExporter(library, 'Hamish test').write({ format: 'qdpx' }, path);
    const target = await Library.open(join(dir, 'b'));
    const preview = await previewQdpxFile(target, path);
    const code = preview.codes[0]?.guid ?? '';
    const choices = new Map([[code, { tag: 'no-such-tag' }]]);
    const error = await importQdpxFile(target, path, 'keep-both', { choices }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-import', params: { reason: 'unknown-tag' } });
    expect(await target.listArticles()).toEqual([]);
    expect(await target.getTaxonomy()).toEqual(DEFAULT_TAXONOMY);
    expect((await readdir(join(dir, 'b', 'annotations')).catch(() => [])).length).toBe(0);
    await library.close();
    await target.close();
  });
});
