/**
 * The one state object the library's rooms share (library-state.ts): rooms
 * read `ctx.state` at call time, so one assignment moves every room to
 * another folder's files; and a backup restore replaces the whole state, so
 * articles, annotations, the tag scheme and entities all come back together.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { LibraryAnnotations } from '../../../../../electron/services/library/library-annotations';
import { LibraryArticles } from '../../../../../electron/services/library/library-articles';
import { loadLibrary } from '../../../../../electron/services/library/library-open';
import { LibraryScheme } from '../../../../../electron/services/library/library-scheme';
import { newLibraryState, type LibraryContext } from '../../../../../electron/services/library/library-state';
import { KeyedQueue } from '../../../../../electron/services/storage/keyed-queue';
import type { LibraryEvent } from '../../../../../electron/services/library/library-events';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** A context over the folder `dir`, built as Library builds it, recording its events. */
async function contextOver(dir: string, events: LibraryEvent[]): Promise<LibraryContext> {
  const loaded = await loadLibrary(dir, new Date(), 0);
  await loaded.index.create(false);
  const locks = new KeyedQueue();
  const emit = (event: LibraryEvent) => {
    events.push(event);
    return Promise.resolve();
  };
  const ctx: LibraryContext = {
    paths: loaded.paths,
    locks,
    now: () => new Date('2026-03-01T12:00:00Z'),
    emit,
    assertOpen: () => undefined,
    state: newLibraryState(loaded, { locks, emit }),
  };
  return ctx;
}

describe('the rooms over one state object', () => {
  it('follow a swap of ctx.state to another folder in one assignment', async () => {
    const root = await tempDir();
    const events: LibraryEvent[] = [];
    const ctx = await contextOver(join(root, 'first'), events);
    const articles = new LibraryArticles(ctx);
    const annotations = new LibraryAnnotations(ctx);
    const scheme = new LibraryScheme(ctx, annotations);
    const first = await articles.add({ title: 'الأولى', text: 'قال ويتكوف إن حماس وافقت على الهدنة.' });
    await annotations.create(first.id, [{ articleId: first.id, start: 4, end: 10, tag: 'actor' }]);
    await scheme.saveEntity({ name: { ar: 'ويتكوف', en: 'Witkoff' }, kind: 'person', aliases: [] });

    const other = await loadLibrary(join(root, 'second'), new Date(), 0);
    await other.index.create(false);
    ctx.state = newLibraryState(other, ctx);

    expect(articles.list()).toEqual([]);
    expect(scheme.entities()).toEqual([]);
    expect(await scheme.countTagUses()).toEqual({});
    await expect(annotations.list(first.id)).rejects.toMatchObject({ code: 'not-found' });
    const second = await articles.add({ title: 'الثانية', text: 'وصل الوفد إلى القاهرة.' });
    expect(articles.list().map((m) => m.id)).toEqual([second.id]);
    // The annotation created in the first folder is announced too (the analysis aggregate follows it).
    expect(events.map((e) => e.kind)).toEqual(['added', 'annotations', 'added']);
  });
});

describe('a backup restore replaces the whole state', () => {
  it('brings back articles, annotations, scheme and entities together, and every later call sees them', async () => {
    const dir = await tempDir();
    const clock = { at: new Date(2026, 2, 1, 12) };
    const library = await Library.open(dir, { now: () => clock.at });
    const kept = await library.addArticle({ title: 'محفوظة', text: 'قال ويتكوف إن حماس وافقت على الهدنة.' });
    const entity = await library.saveEntity({
      name: { ar: 'ويتكوف', en: 'Witkoff' },
      kind: 'person',
      aliases: [],
    });
    await library.createAnnotation({
      articleId: kept.id,
      start: 4,
      end: 10,
      tag: 'actor',
      entityId: entity.id,
    });
    await library.close();

    // Next day: the daily backup holds the state above; then everything changes.
    clock.at = new Date(2026, 2, 2, 12);
    const reopened = await Library.open(dir, { now: () => clock.at });
    const [backup] = await reopened.listBackups();
    if (!backup) throw new Error('no daily backup was made');
    const later = await reopened.addArticle({ title: 'لاحقة', text: 'وصل الوفد إلى القاهرة.' });
    await reopened.deleteEntity(entity.id);
    const noEvent = { ...DEFAULT_TAXONOMY, types: DEFAULT_TAXONOMY.types.filter((t) => t.id !== 'event') };
    await reopened.saveTaxonomy(noEvent, {});

    await reopened.restoreBackup(backup.name);

    expect((await reopened.listArticles()).map((m) => m.id)).toEqual([kept.id]);
    await expect(reopened.getArticle(later.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await reopened.getTaxonomy()).types.map((t) => t.id)).toContain('event');
    expect((await reopened.listEntities()).map((s) => [s.entity.id, s.mentions])).toEqual([[entity.id, 1]]);
    expect((await reopened.listAnnotations(kept.id)).map((a) => a.entityId)).toEqual([entity.id]);
    // Writes after the restore go to the restored state, and survive a reopen.
    await reopened.createAnnotation({ articleId: kept.id, start: 20, end: 24, tag: 'event' });
    await reopened.close();
    const again = await Library.open(dir, { now: () => clock.at });
    expect((await again.listAnnotations(kept.id)).map((a) => a.tag).sort()).toEqual(['actor', 'event']);
    await again.close();
  });
});
