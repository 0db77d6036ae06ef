/**
 * No twins (issue 14) on a real library folder: the same span with the same
 * tag is never stored twice, whether by a single create, "tag all mentions"
 * (a batch), an import of a new article or a merge into one the library has;
 * the same span with another tag is stored.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { Library } from '../../../../../electron/services/library/library';
import { AppFailure } from '../../../../../shared/result';
import { useTempDirs } from '../../../helpers';
import { snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();
const TEXT = 'دعا البيان لتبادل الأسرى فوراً، وكرر البيان الدعوة لتبادل الأسرى.';

async function setup() {
  const dir = await tempDir();
  const library = await Library.open(dir, { dailyBackup: false });
  const meta = await library.addArticle({ title: 'بيان', text: TEXT });
  const at = [...TEXT.slice(0, TEXT.indexOf('تبادل'))].length;
  const span = { articleId: meta.id, start: at, end: at + [...'تبادل الأسرى'].length };
  return { dir, library, meta, span };
}

describe('no twins', () => {
  it('refuses a single twin with "duplicate" and writes nothing; another tag on the same span is stored', async () => {
    const { dir, library, meta, span } = await setup();
    const first = await library.createAnnotation({ ...span, tag: 'demand.prisoners' });
    const bytes = await snapshot(join(dir, 'annotations'));
    const twin = library.createAnnotation({ ...span, tag: 'demand.prisoners' });
    await expect(twin).rejects.toBeInstanceOf(AppFailure);
    await expect(twin).rejects.toMatchObject({ code: 'duplicate' });
    expect(await snapshot(join(dir, 'annotations'))).toEqual(bytes);
    const overlap = await library.createAnnotation({ ...span, tag: 'event' });
    expect((await library.listAnnotations(meta.id)).map((a) => [a.id, a.tag])).toEqual([
      [first.id, 'demand.prisoners'],
      [overlap.id, 'event'],
    ]);
    await library.close();
  });

  it('leaves twins out of a batch ("tag all mentions"), against stored ones and within the batch', async () => {
    const { library, meta, span } = await setup();
    await library.createAnnotation({ ...span, tag: 'demand.prisoners' });
    const second = TEXT.lastIndexOf('تبادل');
    const other = {
      articleId: meta.id,
      start: [...TEXT.slice(0, second)].length,
      end: 0,
      tag: 'demand.prisoners',
    };
    other.end = other.start + [...'تبادل الأسرى'].length;
    const created = await library.createAnnotations(meta.id, [
      { ...span, tag: 'demand.prisoners' },
      other,
      { ...other },
    ]);
    expect(created.map((a) => [a.start, a.quote])).toEqual([[other.start, 'تبادل الأسرى']]);
    expect(await library.listAnnotations(meta.id)).toHaveLength(2);
    await library.close();
  });

  it('imports and merges without twins: a new id on the same span and tag is not added', async () => {
    const { library, meta, span } = await setup();
    const mine = await library.createAnnotation({ ...span, tag: 'demand.prisoners' });
    const exported = await library.exportArticle(meta.id, 'test');
    const article = exported.articles[0];
    if (!article) throw new Error('nothing exported');
    const copy = article.annotations[0];
    if (!copy) throw new Error('no annotation exported');
    // A colleague's file: the same span and tag under a new id, and one on the same span with another tag.
    article.annotations = [
      { ...copy, id: '11111111-1111-4111-8111-111111111111' },
      { ...copy, id: '22222222-2222-4222-8222-222222222222', tag: 'event' },
    ];
    const report = await importAnnotations(library, JSON.stringify(exported), 'keep-both');
    expect(report).toMatchObject({ articlesMerged: 1, annotationsAdded: 1, annotationsUnchanged: 1 });
    // Same span: stored order is by creation time, then id; compared by tag here.
    const byTag = (await library.listAnnotations(meta.id)).sort((a, b) => a.tag.localeCompare(b.tag));
    expect(byTag.map((a) => [a.id, a.tag])).toEqual([
      [mine.id, 'demand.prisoners'],
      ['22222222-2222-4222-8222-222222222222', 'event'],
    ]);
    await library.close();

    // Into another library, as a new article: twins inside the file are dropped too.
    const fresh = await Library.open(await tempDir(), { dailyBackup: false });
    article.text = TEXT;
    article.annotations = [
      { ...copy, id: '33333333-3333-4333-8333-333333333333' },
      { ...copy, id: '44444444-4444-4444-8444-444444444444' },
    ];
    const added = await importAnnotations(fresh, JSON.stringify(exported), 'keep-both');
    expect(added).toMatchObject({ articlesAdded: 1, annotationsAdded: 1, annotationsUnchanged: 1 });
    expect((await fresh.listAnnotations(meta.id)).map((a) => a.id)).toEqual([
      '33333333-3333-4333-8333-333333333333',
    ]);
    await fresh.close();
  });

  it('refuses an edit that would make a twin (a retag, a moved edge) and writes nothing; a note still changes', async () => {
    const { dir, library, meta, span } = await setup();
    const first = await library.createAnnotation({ ...span, tag: 'demand.prisoners' });
    const overlap = await library.createAnnotation({ ...span, tag: 'event' });
    // «لتبادل الأسرى»: the same phrase with its preposition, one code point wider.
    const wider = await library.createAnnotation({ ...span, start: span.start - 1, tag: 'demand.prisoners' });
    const bytes = await snapshot(join(dir, 'annotations'));
    const retag = library.updateAnnotation(meta.id, overlap.id, { tag: 'demand.prisoners' });
    await expect(retag).rejects.toMatchObject({ code: 'duplicate' });
    const shrink = library.updateAnnotation(meta.id, wider.id, { start: span.start });
    await expect(shrink).rejects.toMatchObject({ code: 'duplicate' });
    expect(await snapshot(join(dir, 'annotations'))).toEqual(bytes);
    // Neither a note nor a move onto the span with another tag is a twin.
    await library.updateAnnotation(meta.id, first.id, { note: 'مطلب رئيسي' });
    await library.updateAnnotation(meta.id, wider.id, { start: span.start, tag: 'actor' });
    const list = await library.listAnnotations(meta.id);
    expect(list.map((a) => [a.start, a.end, a.tag]).sort()).toEqual(
      [
        [span.start, span.end, 'actor'],
        [span.start, span.end, 'demand.prisoners'],
        [span.start, span.end, 'event'],
      ].sort(),
    );
    await library.close();
  });
});
