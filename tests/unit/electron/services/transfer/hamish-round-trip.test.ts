/**
 * Hamish JSON carries everything the library holds for its articles (issue
 * 16): a library with metadata of every kind (author, URL, status, file of
 * origin, addedAt), entities, a scheme with a tag of its own and annotations
 * with notes, authors and entity links is exported, imported into an empty
 * library and exported again: the two files agree field by field, export time
 * aside. An entity link that neither the file nor the library can resolve is refused.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import type { Library } from '../../../../../electron/services/library/library';
import {
  importAnnotations,
  importAnnotationsFile,
} from '../../../../../electron/services/transfer/import-service';
import type { HamishExport } from '../../../../../shared/export-format';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { failureCode, useTempDirs } from '../../../helpers';
import {
  closeLibraries,
  cpOffset,
  ENTITY_ID,
  openLibrary,
  seededLibrary,
  snapshot,
} from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** The library's own scheme: the default plus a type with a subtype (and the default claim frames). */
const SCHEME = {
  version: 1 as const,
  frames: DEFAULT_TAXONOMY.frames,
  types: [
    ...DEFAULT_TAXONOMY.types,
    {
      id: 'frame',
      label: { ar: 'إطار', en: 'Frame' },
      color: '#CC79A7',
      key: '7',
      subtypes: [{ id: 'security', label: { ar: 'أمني', en: 'Security' }, color: '#A8577F', key: '1' }],
    },
  ],
};

/** A seeded library with every metadata field set on some article and a span under its own tag. */
async function richLibrary(dir: string): Promise<Library> {
  const library = await seededLibrary(dir);
  await library.saveTaxonomy(SCHEME);
  const [first, second] = await library.listArticles();
  if (!first || !second) throw new Error('seeded library lacks articles');
  await library.updateMeta(first.id, {
    author: 'مراسل الوكالة',
    url: 'https://example.org/news/1',
    status: 'in-progress',
  });
  await library.updateMeta(second.id, { status: 'done' });
  const { text } = await library.getArticle(first.id);
  const [start, end] = cpOffset(text, text.split(' ').slice(0, 3).join(' '));
  await library.createAnnotation({ articleId: first.id, start, end, tag: 'frame.security' });
  return library;
}

/** Writes the library's Hamish JSON (with texts) to a file and reads it back as text and object. */
async function exportFile(library: Library, path: string): Promise<{ raw: string; data: HamishExport }> {
  await writeExport(library, { format: 'json', includeText: true }, path, 'Hamish test');
  const raw = await readFile(path, 'utf8');
  return { raw, data: JSON.parse(raw) as HamishExport };
}

describe('Hamish JSON round trip', () => {
  it('export → import into an empty library → export gives the same file, field by field', async () => {
    const source = await richLibrary(join(await tempDir(), 'source'));
    const out = await tempDir();
    const first = await exportFile(source, join(out, 'first.hamish.json'));
    // The file carries what the library holds.
    expect(first.data.entities?.map((e) => e.id)).toEqual([ENTITY_ID]);
    expect(first.data.taxonomy).toEqual(SCHEME);
    const metas = first.data.articles;
    expect(metas.some((a) => a.author === 'مراسل الوكالة' && a.url === 'https://example.org/news/1')).toBe(
      true,
    );
    expect(metas.map((a) => a.status).filter(Boolean)).toEqual(
      expect.arrayContaining(['in-progress', 'done']),
    );
    expect(metas.every((a) => typeof a.addedAt === 'string')).toBe(true);

    const target = await openLibrary(join(await tempDir(), 'target'));
    const report = await importAnnotationsFile(target, join(out, 'first.hamish.json'), 'keep-both');
    expect(report).toMatchObject({ articlesAdded: 3, tagsAdded: 2, entitiesAdded: 1, problems: [] });
    const second = await exportFile(target, join(out, 'second.hamish.json'));

    // Field by field: every path of the first file has the same value in the second.
    const flat = (value: unknown, path = '', into = new Map<string, unknown>()) => {
      if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) flat(inner, `${path}/${key}`, into);
      } else into.set(path, value);
      return into;
    };
    const a = flat(first.data);
    const b = flat(second.data);
    a.delete('/exportedAt');
    b.delete('/exportedAt');
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, value] of a) expect(b.get(path), path).toEqual(value);
    // And the library itself holds them: the entity, the scheme, the metadata.
    expect(target.entities()).toEqual(source.entities());
    expect(await target.getTaxonomy()).toEqual(SCHEME);
    const sourceMeta = await source.listArticles();
    for (const meta of await target.listArticles()) {
      // Counts per type are the library's own cache, rebuilt from the annotations.
      const rest: Partial<typeof meta> = { ...meta };
      delete rest.annotationCounts;
      const original = sourceMeta.find((m) => m.id === meta.id);
      expect(original).toMatchObject(rest);
    }
  });

  it('refuses a link to an entity that neither the file nor the library has, writing nothing', async () => {
    const source = await richLibrary(join(await tempDir(), 'source'));
    const out = await tempDir();
    const { data } = await exportFile(source, join(out, 'first.hamish.json'));
    delete data.entities;
    const target = await openLibrary(join(await tempDir(), 'target'));
    await target.flush();
    const before = await snapshot(target.paths.dir);
    const failure = importAnnotations(target, JSON.stringify(data), 'keep-both');
    await expect(failure).rejects.toMatchObject({
      code: 'invalid-import',
      params: { reason: 'unknown-entity' },
    });
    expect(await failureCode(failure)).toBe('invalid-import');
    await target.flush();
    expect(await snapshot(target.paths.dir)).toEqual(before);
  });

  it('a dry run (the preview) reports what the import would do and writes nothing', async () => {
    const source = await richLibrary(join(await tempDir(), 'source'));
    const out = await tempDir();
    const { raw } = await exportFile(source, join(out, 'first.hamish.json'));
    const target = await openLibrary(join(await tempDir(), 'target'));
    await target.flush();
    const before = await snapshot(target.paths.dir);
    const preview = await importAnnotations(target, raw, 'keep-both', { dryRun: true });
    expect(preview).toMatchObject({ articlesAdded: 3, tagsAdded: 2, entitiesAdded: 1 });
    await target.flush();
    expect(await snapshot(target.paths.dir)).toEqual(before);
    const report = await importAnnotations(target, raw, 'keep-both');
    expect(report).toEqual(preview);
  });
});
