/**
 * Mentions across a real library in a temp folder (issue 15): a phrase's
 * untagged mentions in every live article with their passages, tagging a
 * chosen set in one all-or-nothing step, an entity's linked annotations,
 * and search by an entity's other names and scripts.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import {
  findLibraryMentions,
  listEntityMentions,
  tagLibraryMentions,
} from '../../../../../electron/services/mentions/library-mentions';
import { entitiesNamed, searchWithEntities } from '../../../../../electron/services/search/entity-search';
import { createServices } from '../../../../../electron/services/services';
import { sliceCodePoints } from '../../../../../shared/code-points';
import { failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const TEXTS: [string, string][] = [
  ['لقاء الدوحة', 'قال ويتكوف إن وقف إطلاق النار ممكن. وأضاف أن الأسرى أولوية.'],
  ['بيان الحركة', 'طالبت الحركة بوقف إطلاق النار فوراً، ورحبت بدور الوسطاء.'],
  ['تصريح المبعوث', 'أكد المبعوث 𝕏 أن وقفَ إطلاقِ النار يحتاج ضمانات.'],
  ['مقال رأي', 'لا حديث عن الهدنة هنا، بل عن الاقتصاد وأسعار الوقود.'],
  ['المحذوف', 'وقف إطلاق النار في مقال سيذهب إلى سلة المحذوفات.'],
];

async function libraryWith() {
  const library = await Library.open(join(await tempDir(), 'library'));
  const services = createServices(library, { search: { debounceMs: 10 } });
  const ids = new Map<string, string>();
  for (const [title, text] of TEXTS)
    ids.set(title, (await library.addArticle({ title, text, language: 'ar' })).id);
  await library.trashArticle(ids.get('المحذوف') ?? '');
  await services.search.ready();
  return { library, services, ids };
}

describe('findLibraryMentions', () => {
  it('finds whole-word mentions in every live article, with proclitics and harakat, as code points', async () => {
    const { library, services, ids } = await libraryWith();
    const found = await findLibraryMentions(services, { phrases: ['وقف إطلاق النار'] });
    expect(found.map((m) => m.title).sort()).toEqual(['بيان الحركة', 'تصريح المبعوث', 'لقاء الدوحة']);
    for (const m of found) {
      const { text } = await library.getArticle(m.articleId);
      expect(sliceCodePoints(text, m.start, m.end)).toBe(m.quote);
      expect(m.passage.text).toContain(m.quote);
      expect(m.passage.hits).toEqual([{ start: m.start, end: m.end }]);
    }
    // After the astral 𝕏 the code point offsets differ from UTF-16 ones: the quote still matches.
    expect(found.find((m) => m.articleId === ids.get('تصريح المبعوث'))?.quote).toBe('وقفَ إطلاقِ النار');
    expect(found.find((m) => m.articleId === ids.get('بيان الحركة'))?.quote).toBe('وقف إطلاق النار');
    await library.close();
  });

  it('leaves out spans that already carry the tag, and adds an entity’s names', async () => {
    const { library, services, ids } = await libraryWith();
    const doha = ids.get('لقاء الدوحة') ?? '';
    const [first] = await findLibraryMentions(services, { phrases: ['وقف إطلاق النار'] });
    const mine = first?.articleId === doha ? first : undefined;
    expect(mine).toBeDefined();
    await library.createAnnotations(doha, [
      { articleId: doha, start: mine?.start ?? 0, end: mine?.end ?? 0, tag: 'demand' },
    ]);
    const untagged = await findLibraryMentions(services, { phrases: ['وقف إطلاق النار'], tag: 'demand' });
    expect(untagged.map((m) => m.articleId)).not.toContain(doha);
    expect(untagged).toHaveLength(2);

    const envoy = await library.saveEntity({
      name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: ['ويتكوف', 'المبعوث'],
    });
    const byEntity = await findLibraryMentions(services, { phrases: [], entityId: envoy.id });
    expect(byEntity.map((m) => m.quote).sort()).toEqual(['المبعوث', 'ويتكوف']);
    expect(
      await failureCode(findLibraryMentions(services, { phrases: [], entityId: crypto.randomUUID() })),
    ).toBe('not-found');
    await library.close();
  });
});

describe('tagLibraryMentions', () => {
  it('tags mentions in several articles with one tag and entity, and lists them as the entity’s mentions', async () => {
    const { library, services } = await libraryWith();
    const envoy = await library.saveEntity({
      name: { ar: 'وقف النار', en: 'Ceasefire' },
      kind: 'other',
      aliases: [],
    });
    const found = await findLibraryMentions(services, { phrases: ['وقف إطلاق النار'], tag: 'demand' });
    const tagged = await tagLibraryMentions(services, { tag: 'demand', entityId: envoy.id, mentions: found });
    expect(tagged).toHaveLength(3);
    for (const { articleId, annotations } of tagged) {
      expect(await library.listAnnotations(articleId)).toEqual(annotations);
      expect(annotations[0]).toMatchObject({ tag: 'demand', entityId: envoy.id });
    }
    const listed = await listEntityMentions(services, envoy.id);
    expect(listed.map((m) => [m.articleId, m.quote]).sort()).toEqual(
      found.map((m) => [m.articleId, m.quote]).sort(),
    );
    expect(listed.every((m) => m.passage.text.includes(m.quote))).toBe(true);
    // Nothing left to tag.
    expect(await findLibraryMentions(services, { phrases: ['وقف إطلاق النار'], tag: 'demand' })).toEqual([]);
    await library.close();
  });

  it('all or none: a bad span in the last article takes back what the others got', async () => {
    const { library, services } = await libraryWith();
    const found = await findLibraryMentions(services, { phrases: ['وقف إطلاق النار'] });
    const last = found[found.length - 1];
    const bad = { articleId: last?.articleId ?? '', start: 0, end: 100_000 };
    const code = await failureCode(
      tagLibraryMentions(services, { tag: 'demand', mentions: [...found.slice(0, -1), bad] }),
    );
    expect(code).toBe('out-of-range');
    for (const m of found) expect(await library.listAnnotations(m.articleId)).toEqual([]);
    await library.close();
  });
});

describe('search by entity names', () => {
  it('«وتكوف» and «Witkoff» find the articles that say «ويتكوف» when one entity has those names', async () => {
    const { library, services, ids } = await libraryWith();
    expect((await services.search.search('Witkoff')).total).toBe(0);
    const envoy = await library.saveEntity({
      name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: ['ويتكوف', 'وتكوف'],
    });
    expect(entitiesNamed(library.entities(), 'WITKOFF').map((e) => e.id)).toEqual([envoy.id]);
    for (const query of ['Witkoff', 'وتكوف', 'steve witkoff']) {
      const response = await searchWithEntities(services, query);
      expect(
        response.results.map((r) => r.meta.id),
        query,
      ).toEqual([ids.get('لقاء الدوحة')]);
      expect(response.total).toBe(1);
      expect(response.entityIds).toEqual([envoy.id]);
      expect(response.results[0]?.via).toBeDefined();
      expect(response.results[0]?.passage?.text).toContain('ويتكوف');
    }
    // A query naming no entity is the plain search.
    expect(await searchWithEntities(services, 'الوسطاء')).toEqual(await services.search.search('الوسطاء'));
    await library.close();
  });
});
