/**
 * `rewriteEach`, the one library-wide annotation rewrite: it visits every
 * listed article (trashed ones too) under its lock, writes only the articles
 * whose list changed, and is what a new tag scheme and a deleted entity go
 * through (no other loop rewrites annotations across the library).
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleFiles } from '../../../../../electron/services/library/article-files';
import { Library } from '../../../../../electron/services/library/library';
import { LibraryAnnotations } from '../../../../../electron/services/library/library-annotations';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
afterEach(() => vi.restoreAllMocks());

const TEXT_A = 'قال ويتكوف إن حماس وافقت على الهدنة في القاهرة.';
const TEXT_B = 'وصل الوفد المصري إلى غزة لبحث تبادل الأسرى.';
const TEXT_C = 'أعلنت الحكومة وقف إطلاق النار.';

/** Three articles: A with an event and an actor linked to Witkoff, B with an actor only, C (trashed) with an event. */
async function threeArticles() {
  const library = await Library.open(await tempDir(), { dailyBackup: false });
  const witkoff = await library.saveEntity({
    name: { ar: 'ويتكوف', en: 'Witkoff' },
    kind: 'person',
    aliases: [],
  });
  const a = await library.addArticle({ title: 'أ', text: TEXT_A });
  const b = await library.addArticle({ title: 'ب', text: TEXT_B });
  const c = await library.addArticle({ title: 'ج', text: TEXT_C });
  await library.createAnnotations(a.id, [
    { articleId: a.id, start: 4, end: 10, tag: 'actor', entityId: witkoff.id },
    { articleId: a.id, start: 30, end: 36, tag: 'event' },
  ]);
  await library.createAnnotation({ articleId: b.id, start: 4, end: 9, tag: 'actor' });
  await library.createAnnotation({ articleId: c.id, start: 0, end: 5, tag: 'event' });
  await library.trashArticle(c.id);
  return { library, witkoff, a: a.id, b: b.id, c: c.id };
}

describe('LibraryAnnotations.rewriteEach', () => {
  it('a new scheme moves the dropped tag in every article through rewriteEach, writing only those that changed', async () => {
    const { library, a, b, c } = await threeArticles();
    const rewrite = vi.spyOn(LibraryAnnotations.prototype, 'rewriteEach');
    const writes = vi.spyOn(ArticleFiles.prototype, 'writeAnnotations');
    const noEvent = { ...DEFAULT_TAXONOMY, types: DEFAULT_TAXONOMY.types.filter((t) => t.id !== 'event') };

    await library.saveTaxonomy(noEvent, { event: 'actor' });

    expect(rewrite).toHaveBeenCalledTimes(1);
    // A and the trashed C held an event; B had nothing to move and is not written.
    expect(writes.mock.calls.map(([db]) => db.data.articleId).sort()).toEqual([a, c].sort());
    expect((await library.listAnnotations(a)).map((x) => x.tag)).toEqual(['actor', 'actor']);
    expect((await library.listAnnotations(b)).map((x) => x.tag)).toEqual(['actor']);
    expect((await library.listAnnotations(c)).map((x) => x.tag)).toEqual(['actor']);
    await library.close();
  });

  it('deleting an entity unlinks its annotations through rewriteEach, writing only the articles that linked it', async () => {
    const { library, witkoff, a, b } = await threeArticles();
    const rewrite = vi.spyOn(LibraryAnnotations.prototype, 'rewriteEach');
    const writes = vi.spyOn(ArticleFiles.prototype, 'writeAnnotations');

    await library.deleteEntity(witkoff.id);

    expect(rewrite).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls.map(([db]) => db.data.articleId)).toEqual([a]);
    const [actor, event] = await library.listAnnotations(a);
    expect(actor).toMatchObject({ tag: 'actor' });
    expect(actor).not.toHaveProperty('entityId');
    expect(event).toMatchObject({ tag: 'event' });
    expect(await library.listAnnotations(b)).toHaveLength(1);
    expect(await library.listEntities()).toEqual([]);
    await library.close();
  });

  it('a dropped tag mapped to null deletes those annotations and keeps the counts in step', async () => {
    const { library, a, b } = await threeArticles();
    const noEvent = { ...DEFAULT_TAXONOMY, types: DEFAULT_TAXONOMY.types.filter((t) => t.id !== 'event') };
    await library.saveTaxonomy(noEvent, { event: null });
    expect((await library.listAnnotations(a)).map((x) => x.tag)).toEqual(['actor']);
    const counts = Object.fromEntries((await library.listArticles()).map((m) => [m.id, m.annotationCount]));
    expect(counts).toEqual({ [a]: 1, [b]: 1 });
    expect(await library.countTagUses()).toEqual({ actor: 2 });
    await library.close();
  });

  it('runs each article under its lock: an edit queued during the rewrite lands after it, not lost', async () => {
    const { library, a } = await threeArticles();
    const noEvent = { ...DEFAULT_TAXONOMY, types: DEFAULT_TAXONOMY.types.filter((t) => t.id !== 'event') };
    const saving = library.saveTaxonomy(noEvent, { event: 'actor' });
    const adding = library.createAnnotation({ articleId: a, start: 11, end: 13, tag: 'actor' });
    await Promise.all([saving, adding]);
    expect((await library.listAnnotations(a)).map((x) => x.tag)).toEqual(['actor', 'actor', 'actor']);
    await library.close();
  });
});
