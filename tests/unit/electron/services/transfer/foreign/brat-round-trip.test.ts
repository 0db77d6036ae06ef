/**
 * Hamish's own brat export comes back into Hamish without any label mapping
 * (issue 16): labels that are the exporter's names of tags ("demand-prisoners"
 * for demand.prisoners) map to those tags, and the "N… Reference T…
 * Hamish:<id>" lines link each span to its entity again: the same entity when
 * the library has its id, the one entity of that name otherwise, else a new
 * entity with the exported id and name. Each annotation is compared one by
 * one: span, tag, quote, note (line breaks kept), entity.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectExport, writeExport } from '../../../../../../electron/services/export/export-service';
import type { Library } from '../../../../../../electron/services/library/library';
import { importForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-import';
import { previewForeignFile } from '../../../../../../electron/services/transfer/foreign/foreign-preview';
import { entityKindOfTag } from '../../../../../../shared/entity-name';
import { buildBrat } from '../../../../../../shared/export/brat';
import { useTempDirs } from '../../../../helpers';
import { closeLibraries, cpOffset, ENTITY_ID, seededLibrary, snapshot } from '../../../../transfer-helpers';
import { codedLibrary } from '../../export/claims-library';
import { claimsOf, emptyLibrary } from './foreign-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** The seeded library plus nested spans (a person inside a longer actor span) and a second, English-named entity. */
async function sourceLibrary(dir: string): Promise<Library> {
  const library = await seededLibrary(dir);
  const envoy = await library.saveEntity({ name: { ar: '', en: 'Hamas' }, kind: 'armed-group', aliases: [] });
  for (const meta of await library.listArticles()) {
    const { text } = await library.getArticle(meta.id);
    if (!text.includes('ستيف ويتكوف')) continue;
    const [start, end] = cpOffset(text, 'ويتكوف');
    await library.createAnnotation({
      articleId: meta.id,
      start,
      end,
      tag: 'actor.person',
      entityId: ENTITY_ID,
      note: 'داخل مقطع أطول\n\tمع سطر ثانٍ',
    });
    if (text.includes('خليل الحية')) {
      const [s, e] = cpOffset(text, 'خليل الحية');
      await library.createAnnotation({
        articleId: meta.id,
        start: s,
        end: e,
        tag: 'actor.armed-group',
        entityId: envoy.id,
      });
    }
  }
  return library;
}

/** Writes `library`'s brat export into a new folder; returns the folder and the exported data. */
async function bratFolder(library: Library, dir: string) {
  const data = await collectExport(library, { includeText: true, generator: 'test' });
  const folder = join(dir, 'brat');
  await mkdir(folder);
  for (const [name, content] of buildBrat(data)) await writeFile(join(folder, name), content);
  return { folder, data };
}

/** Every annotation of `library` by article text hash, in a stable order, with its entity's name as brat carries it. */
async function annotationsOf(library: Library) {
  const entities = new Map(library.entities().map((e) => [e.id, e]));
  const rows: Record<string, unknown>[] = [];
  for (const meta of await library.listArticles()) {
    for (const a of await library.listAnnotations(meta.id)) {
      const entity = a.entityId === undefined ? undefined : entities.get(a.entityId);
      rows.push({
        article: meta.textSha256,
        start: a.start,
        end: a.end,
        tag: a.tag,
        quote: a.quote,
        note: a.note ?? null,
        entityId: a.entityId ?? null,
        entityName: entity ? entity.name.ar || entity.name.en : null,
      });
    }
  }
  const key = (r: Record<string, unknown>) =>
    `${String(r['article'])} ${String(r['start']).padStart(6)} ${String(r['end']).padStart(6)} ${String(r['tag'])}`;
  return rows.sort((x, y) => key(x).localeCompare(key(y)));
}

/** A brat folder with one document over a short Arabic sentence and `ann` as its .ann; returns the folder. */
async function oneDocument(dir: string, ann: string): Promise<string> {
  const folder = join(dir, 'brat');
  await mkdir(folder);
  await writeFile(join(folder, 'a.txt'), 'وصل ستيف ويتكوف إلى الدوحة.\n');
  await writeFile(join(folder, 'a.ann'), ann);
  return folder;
}

describe('brat round trip without a mapping', () => {
  it('gives back every annotation (span, tag, note, entity) in an empty library with the same scheme', async () => {
    const dir = await tempDir();
    const source = await sourceLibrary(join(dir, 'source'));
    const { folder, data } = await bratFolder(source, dir);
    const target = await emptyLibrary(join(dir, 'target'));
    expect(await target.getTaxonomy()).toEqual(await source.getTaxonomy());

    // The preview proposes each exported name's tag: nothing left for the user to map.
    const preview = await previewForeignFile(target, folder, 'brat');
    expect(preview.labels.filter((l) => l.tag === undefined)).toEqual([]);
    expect(preview.labels.find((l) => l.label === 'demand-prisoners')?.tag).toBe('demand.prisoners');
    expect(preview.labels.find((l) => l.label === 'actor-armed-group')?.tag).toBe('actor.armed-group');

    const report = await importForeignFile(target, folder, 'brat', 'keep-both');
    const mine = await annotationsOf(source);
    expect(mine.length).toBeGreaterThanOrEqual(11);
    expect(report).toMatchObject({ articlesAdded: 3, annotationsAdded: mine.length, entitiesAdded: 2 });
    expect(report.skipped).toEqual([]);
    const theirs = await annotationsOf(target);
    expect(theirs).toHaveLength(mine.length);
    mine.forEach((row, i) => expect(theirs[i]).toEqual(row));
    // The nested pair and the linked, noted spans are among them.
    expect(mine.filter((r) => r['entityId'] === ENTITY_ID).length).toBeGreaterThanOrEqual(3);
    expect(mine.some((r) => String(r['note']).includes('\n\t'))).toBe(true);
    // The entities are created under their exported ids, named as exported (the script tells which
    // name), of the kind the first linked span's tag suggests.
    const firstTag = (id: string) =>
      data.articles.flatMap((a) => a.annotations).find((a) => a.entityId === id)?.tag ?? '';
    const hamas = source.entities().find((e) => e.name.en === 'Hamas');
    expect(
      target
        .entities()
        .map((e) => [e.id, e.name, e.kind])
        .sort(),
    ).toEqual(
      [
        [ENTITY_ID, { ar: 'ستيف ويتكوف', en: '' }, entityKindOfTag(firstTag(ENTITY_ID))],
        [hamas?.id, { ar: '', en: 'Hamas' }, entityKindOfTag(firstTag(hamas?.id ?? ''))],
      ].sort(),
    );
  });

  it('links to the library’s entity of the same id, else of the same name, creating none', async () => {
    const dir = await tempDir();
    const source = await sourceLibrary(join(dir, 'source'));
    const { folder } = await bratFolder(source, dir);
    // Its own library: every link resolves by id, nothing is added.
    const again = await importForeignFile(source, folder, 'brat', 'keep-both');
    expect(again).toMatchObject({ articlesAdded: 0, annotationsAdded: 0, entitiesAdded: 0 });
    // Another library that knows the same actors under other ids: linked by name (an alias counts).
    const target = await emptyLibrary(join(dir, 'target'));
    const witkoff = await target.saveEntity({
      name: { ar: 'ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: ['ستيف ويتكوف'],
    });
    const hamas = await target.saveEntity({
      name: { ar: 'حماس', en: 'Hamas' },
      kind: 'armed-group',
      aliases: [],
    });
    const report = await importForeignFile(target, folder, 'brat', 'keep-both');
    expect(report.entitiesAdded).toBe(0);
    expect(
      target
        .entities()
        .map((e) => e.id)
        .sort(),
    ).toEqual([witkoff.id, hamas.id].sort());
    const links = (await annotationsOf(target)).filter((r) => r['entityId'] !== null);
    const sourceLinks = (await annotationsOf(source)).filter((r) => r['entityId'] !== null);
    expect(links.map((r) => [r['quote'], r['entityId']])).toEqual(
      sourceLinks.map((r) => [r['quote'], r['entityId'] === ENTITY_ID ? witkoff.id : hamas.id]),
    );
  });

  it('maps only the exporter’s exact names: another spelling is refused by name and nothing is written', async () => {
    const dir = await tempDir();
    const folder = await oneDocument(
      dir,
      'T1\tActor-Person 4 15\tستيف ويتكوف\nT2\tactor_person 4 15\tستيف ويتكوف\n',
    );
    const target = await emptyLibrary(join(dir, 'target'));
    await target.flush();
    const before = await snapshot(target.paths.dir);
    await expect(importForeignFile(target, folder, 'brat', 'keep-both')).rejects.toMatchObject({
      code: 'invalid-import',
      params: { reason: 'unmapped-label', where: 'labels "Actor-Person", "actor_person"' },
    });
    await target.flush();
    expect(await snapshot(target.paths.dir)).toEqual(before);
  });

  it('reports normalizations to other databases, and links to a span not there, as skipped', async () => {
    const dir = await tempDir();
    const folder = await oneDocument(
      dir,
      [
        'T1\tactor-person 4 15\tستيف ويتكوف',
        'N1\tReference T1 Wikidata:Q55100543\tSteve Witkoff',
        `N2\tReference T9 Hamish:${ENTITY_ID}\tستيف ويتكوف`,
        '',
      ].join('\n'),
    );
    const target = await emptyLibrary(join(dir, 'target'));
    const report = await importForeignFile(target, folder, 'brat', 'keep-both');
    expect(report).toMatchObject({ annotationsAdded: 1, entitiesAdded: 0 });
    expect(report.skipped).toEqual([
      { document: 'a', ref: 'N1', reason: 'normalization' },
      { document: 'a', ref: 'N2', reason: 'normalization' },
    ]);
    expect(target.entities()).toEqual([]);
  });
});

describe('brat round trip of a library with claims', () => {
  it('brings every annotation and every claim (event) back without a mapping, on the Arabic sample', async () => {
    const dir = await tempDir();
    const { library, articleId } = await codedLibrary(join(dir, 'source'));
    const folder = join(dir, 'brat');
    await writeExport(library, { format: 'brat' }, folder, 'test');
    const ann = await readFile(join(folder, `${articleId}.ann`), 'utf8');
    const triggers = ann.split('\n').filter((l) => /^T\d+\tFrame-/u.test(l));
    const events = ann.split('\n').filter((l) => l.startsWith('E'));
    expect(triggers.length).toBeGreaterThan(0);
    expect(events).toHaveLength((await library.listClaims(articleId)).length);

    const target = await emptyLibrary(join(dir, 'target'));
    const preview = await previewForeignFile(target, folder, 'brat');
    expect(preview.labels.filter((l) => l.tag === undefined)).toEqual([]);
    const report = await importForeignFile(target, folder, 'brat', 'keep-both');
    const mine = await annotationsOf(library);
    expect(report).toMatchObject({ annotationsAdded: mine.length });
    expect(await annotationsOf(target)).toEqual(mine);
    // The events are Hamish's claims: read back with their roles, stance and note, none left out.
    expect(report.skipped.filter((s) => s.reason === 'event' || s.reason === 'attribute')).toEqual([]);
    expect(report).toMatchObject({ claimsAdded: events.length, claimsRefused: 0 });
    const [targetArticle] = await target.listArticles();
    expect(await claimsOf(target, targetArticle?.id ?? '')).toEqual(await claimsOf(library, articleId));
  });
});
