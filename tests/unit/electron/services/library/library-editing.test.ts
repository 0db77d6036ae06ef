/**
 * Editing annotations, the tag scheme and entities on a real library folder:
 * batch create and delete, restore for undo, patches of tag/note/entity/span,
 * scheme changes that never orphan annotations, entity mention counts.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { codePointLength, sliceCodePoints, utf16ToCodePoint } from '../../../../../shared/code-points';
import type { Taxonomy } from '../../../../../shared/taxonomy';
import { SAMPLE_PATH, failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

async function openSample() {
  const dir = await tempDir();
  const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
  const [meta] = await library.listArticles();
  if (!meta) throw new Error('sample not seeded');
  const { text } = await library.getArticle(meta.id);
  /** Code point span of the n-th occurrence of `phrase`. */
  const span = (phrase: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`${phrase} not found`);
    const start = utf16ToCodePoint(text, at);
    return { start, end: start + codePointLength(phrase) };
  };
  return { dir, library, articleId: meta.id, text, span };
}

describe('annotation editing', () => {
  it('creates several annotations in one call and deletes several in one call', async () => {
    const { library, articleId, span } = await openSample();
    const created = await library.createAnnotations(articleId, [
      { articleId, ...span('ويتكوف', 0), tag: 'actor.person' },
      { articleId, ...span('ويتكوف', 1), tag: 'actor.person', note: 'ثانية' },
    ]);
    expect(created.map((a) => a.quote)).toEqual(['ويتكوف', 'ويتكوف']);
    expect(created[1]?.note).toBe('ثانية');
    await library.deleteAnnotations(
      articleId,
      created.map((a) => a.id),
    );
    expect(await library.listAnnotations(articleId)).toEqual([]);
  });

  it('refuses a batch with one bad span and writes nothing', async () => {
    const { library, articleId, span } = await openSample();
    const code = await failureCode(
      library.createAnnotations(articleId, [
        { articleId, ...span('حماس'), tag: 'actor' },
        { articleId, start: 5, end: 1_000_000, tag: 'actor' },
      ]),
    );
    expect(code).toBe('out-of-range');
    expect(await library.listAnnotations(articleId)).toEqual([]);
  });

  it('patches note, entity and span, taking the quote again from the text', async () => {
    const { library, articleId, span, text } = await openSample();
    const entity = await library.saveEntity({
      name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: ['ويتكوف', ' ويتكوف '],
    });
    expect(entity.aliases).toEqual(['ويتكوف']);
    const a = await library.createAnnotation({ articleId, ...span('ويتكوف'), tag: 'actor' });
    const wide = span('ستيف ويتكوف');
    const b = await library.updateAnnotation(articleId, a.id, {
      tag: 'actor.person',
      note: 'المبعوث',
      entityId: entity.id,
      start: wide.start,
    });
    expect(b).toMatchObject({
      tag: 'actor.person',
      note: 'المبعوث',
      entityId: entity.id,
      quote: 'ستيف ويتكوف',
    });
    expect(sliceCodePoints(text, b.start, b.end)).toBe('ستيف ويتكوف');
    const c = await library.updateAnnotation(articleId, a.id, { note: '', entityId: null });
    expect(c.note).toBeUndefined();
    expect(c.entityId).toBeUndefined();
    expect(await failureCode(library.updateAnnotation(articleId, a.id, { start: b.end }))).toBe(
      'out-of-range',
    );
    expect(await failureCode(library.updateAnnotation(articleId, a.id, { tag: 'nope' }))).toBe(
      'invalid-argument',
    );
  });

  it('restores deleted annotations with their ids, and refuses a duplicate id', async () => {
    const { library, articleId, span } = await openSample();
    const a = await library.createAnnotation({ articleId, ...span('خليل الحية'), tag: 'actor', note: 'ن' });
    await library.deleteAnnotation(articleId, a.id);
    const [back] = await library.restoreAnnotations(articleId, [a]);
    expect(back).toEqual(a);
    expect(await library.listAnnotations(articleId)).toEqual([a]);
    expect(await failureCode(library.restoreAnnotations(articleId, [a]))).toBe('invalid-argument');
  });
});

describe('tag scheme changes', () => {
  const withoutEventOther = (t: Taxonomy): Taxonomy => ({
    ...t,
    types: t.types.map((ty) =>
      ty.id === 'event' ? { ...ty, subtypes: ty.subtypes.filter((s) => s.id !== 'other') } : ty,
    ),
  });

  it('refuses to drop a tag in use without a destination, and changes nothing', async () => {
    const { dir, library, articleId, span } = await openSample();
    await library.createAnnotation({ articleId, ...span('هدنة مؤقتة'), tag: 'event.other' });
    const before = await readFile(join(dir, 'taxonomy.json'), 'utf8');
    const next = withoutEventOther(await library.getTaxonomy());
    expect(await library.countTagUses()).toEqual({ 'event.other': 1 });
    expect(await failureCode(library.saveTaxonomy(next))).toBe('tag-in-use');
    expect(await readFile(join(dir, 'taxonomy.json'), 'utf8')).toBe(before);
    expect((await library.listAnnotations(articleId))[0]?.tag).toBe('event.other');
  });

  it('moves or deletes the annotations of a dropped tag as asked, and stores the scheme', async () => {
    const { dir, library, articleId, span } = await openSample();
    await library.createAnnotation({ articleId, ...span('هدنة مؤقتة'), tag: 'event.other' });
    await library.createAnnotation({ articleId, ...span('حماس'), tag: 'actor.armed-group' });
    const base = await library.getTaxonomy();
    const next = withoutEventOther(base);
    await library.saveTaxonomy(next, { 'event.other': 'event.truce' });
    expect((await library.listAnnotations(articleId)).map((a) => a.tag).sort()).toEqual([
      'actor.armed-group',
      'event.truce',
    ]);
    const noArmed: Taxonomy = {
      ...next,
      types: next.types.map((t) =>
        t.id === 'actor' ? { ...t, subtypes: t.subtypes.filter((s) => s.id !== 'armed-group') } : t,
      ),
    };
    await library.saveTaxonomy(noArmed, { 'actor.armed-group': null });
    expect((await library.listAnnotations(articleId)).map((a) => a.tag)).toEqual(['event.truce']);
    expect(JSON.parse(await readFile(join(dir, 'taxonomy.json'), 'utf8'))).toEqual(noArmed);
    // A reopened library has the saved scheme, and exports carry it.
    await library.close();
    const again = await Library.open(dir);
    expect(await again.getTaxonomy()).toEqual(noArmed);
    expect((await again.exportArticle(articleId)).taxonomy).toEqual(noArmed);
  });

  it('refuses a scheme with duplicate shortcut keys', async () => {
    const { library } = await openSample();
    const t = await library.getTaxonomy();
    const bad: Taxonomy = { ...t, types: t.types.map((ty) => ({ ...ty, key: '1' })) };
    expect(await failureCode(library.saveTaxonomy(bad))).toBe('invalid-taxonomy');
  });
});

describe('entities', () => {
  it('counts mentions across articles and unlinks annotations when an entity is deleted', async () => {
    const { library, articleId, span } = await openSample();
    const other = await library.addArticle({ title: 'ثانية', text: 'التقى ويتكوف اليوم بممثلين عن حماس.' });
    const witkoff = await library.saveEntity({
      name: { ar: 'ويتكوف', en: 'Witkoff' },
      kind: 'person',
      aliases: [],
    });
    const hamas = await library.saveEntity({
      name: { ar: 'حماس', en: 'Hamas' },
      kind: 'armed-group',
      aliases: [],
    });
    await library.createAnnotations(articleId, [
      { articleId, ...span('ويتكوف', 0), tag: 'actor.person', entityId: witkoff.id },
      { articleId, ...span('ويتكوف', 1), tag: 'actor.person', entityId: witkoff.id },
    ]);
    await library.createAnnotation({
      articleId: other.id,
      start: 6,
      end: 12,
      tag: 'actor',
      entityId: witkoff.id,
    });
    const summary = await library.listEntities();
    expect(summary.map((s) => [s.entity.name.en, s.mentions, s.articles])).toEqual([
      ['Hamas', 0, 0],
      ['Witkoff', 3, 2],
    ]);
    await library.deleteEntity(witkoff.id);
    expect((await library.listEntities()).map((s) => s.entity.id)).toEqual([hamas.id]);
    expect((await library.listAnnotations(articleId)).every((a) => a.entityId === undefined)).toBe(true);
    expect(
      await failureCode(
        library.createAnnotation({ articleId, ...span('حماس'), tag: 'actor', entityId: witkoff.id }),
      ),
    ).toBe('not-found');
  });
});

describe('export of notes and entities', () => {
  it('carries notes, entity links and the linked entities, and still validates', async () => {
    const Ajv2020 = (await import('ajv/dist/2020.js')).default;
    const addFormats = (await import('ajv-formats')).default;
    const schema = (await import('../../../../../shared/schema/generated/hamish-export-2.schema.json'))
      .default;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const { library, articleId, span } = await openSample();
    const witkoff = await library.saveEntity({
      name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: ['ويتكوف', 'المبعوث الخاص للرئيس الأمريكي'],
    });
    await library.saveEntity({ name: { ar: 'غير مستخدم', en: 'Unused' }, kind: 'other', aliases: [] });
    await library.createAnnotation({
      articleId,
      ...span('ستيف ويتكوف'),
      tag: 'actor.person',
      note: 'المبعوث',
      entityId: witkoff.id,
    });
    await library.createAnnotation({ articleId, ...span('هدنة مؤقتة'), tag: 'event.truce' });
    const exported = await library.exportArticle(articleId);
    expect(ajv.validate(schema, exported), ajv.errorsText()).toBe(true);
    // Only the linked entity, as stored.
    expect(exported.entities).toEqual([witkoff]);
    const [first, second] = exported.articles[0]?.annotations ?? [];
    expect(first).toMatchObject({ quote: 'ستيف ويتكوف', note: 'المبعوث', entityId: witkoff.id });
    expect(second && 'note' in second).toBe(false);
  });
});
