import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { SearchIndex } from '../../../../../electron/services/search/search-index';
import { sliceCodePoints } from '../../../../../shared/code-points';
import { cliticStems, indexTerms, queryTerms } from '../../../../../shared/search-terms';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** One article per spelling of "the prisoners", plus clitic forms, plus one that never mentions them. */
const VARIANTS: [string, string][] = [
  ['بهمزة', 'وطالب الوفد بالإفراج عن الأسرى المرضى قبل نهاية الشهر.'],
  ['بلا همزة', 'ملف الاسرى ما زال عالقاً والاسرى ينتظرون والاسرى يأملون والاسرى يصبرون.'],
  ['بالياء', 'تحدث الوزير عن الأسري في السجون وعن الأسري المرضى.'],
  ['بالتشكيل', 'وَأَكَّدَ أَنَّ الأَسْرَى سَيُفْرَجُ عَنْهُمْ قَرِيباً.'],
  ['بحرف العطف', 'وتحدث عن الهدنة والأسرى والمساعدات.'],
  ['بحرف الجر', 'رحبت العائلات بالأسرى المفرج عنهم.'],
  ['بلا أداة تعريف', 'أفرج عن أسرى من الضفة الغربية.'],
  ['لا علاقة', 'أعلنت وزارة الاقتصاد أسعار الوقود الجديدة لشهر تشرين.'],
];

async function libraryWith(dir: string) {
  const library = await Library.open(join(dir, 'library'));
  const search = SearchIndex.attach(library);
  const ids = new Map<string, string>();
  for (const [title, text] of VARIANTS) {
    ids.set(title, (await library.addArticle({ title, text, language: 'ar' })).id);
  }
  return { library, search, ids };
}

describe('search terms', () => {
  it('normalises and strips proclitics, keeping short words whole', () => {
    expect(indexTerms('والأسرى')).toEqual(['والاسري', 'اسري', 'الاسري']);
    expect(indexTerms('بالإفراج')).toEqual(['بالافراج', 'افراج', 'الافراج']);
    expect(cliticStems('ولد')).toEqual([]);
    expect(indexTerms('Ceasefire')).toEqual(['ceasefire']);
    expect(queryTerms('الأَسْرى  المرضى')).toEqual([
      { term: 'الاسري', alternatives: ['الاسري', 'اسري'] },
      { term: 'المرضي', alternatives: ['المرضي', 'مرضي'] },
    ]);
  });
});

describe('SearchIndex', () => {
  it('finds every spelling variant of a word and ranks the exact spelling first', async () => {
    const { library, search, ids } = await libraryWith(await tempDir());
    const response = await search.search('الأسرى');
    const titles = response.results.map((r) => r.meta.title);
    expect(new Set(titles)).toEqual(new Set(VARIANTS.slice(0, 7).map(([t]) => t)));
    expect(titles).not.toContain('لا علاقة');
    // "بلا همزة" repeats the word four times, so by relevance alone it would lead; exact spellings come first.
    const exactTitles = response.results.filter((r) => r.exact).map((r) => r.meta.title);
    expect(new Set(exactTitles)).toEqual(new Set(['بهمزة', 'بحرف العطف', 'بحرف الجر']));
    expect(titles.slice(0, 3).sort()).toEqual([...exactTitles].sort());

    // Spelled differently again: no hamza, alef maqsura as ya, no article.
    const other = await search.search('اسري');
    expect(other.results.map((r) => r.meta.id).sort()).toEqual(
      VARIANTS.slice(0, 7)
        .map(([t]) => ids.get(t))
        .sort(),
    );
    await library.close();
  });

  it('shows the matching passage with the hits on the original words', async () => {
    const { library, search } = await libraryWith(await tempDir());
    const { results } = await search.search('الاسرى المرضى');
    const first = results.find((r) => r.meta.title === 'بالتشكيل') ?? results[0];
    expect(results.map((r) => r.meta.title).sort()).toEqual(['بالياء', 'بهمزة'].sort());
    const hamza = results.find((r) => r.meta.title === 'بهمزة');
    const { text } = await library.getArticle(hamza?.meta.id ?? '');
    expect(hamza?.passage?.text).toBe(text);
    expect(hamza?.passage?.hits.map((h) => sliceCodePoints(text, h.start, h.end))).toEqual([
      'الأسرى',
      'المرضى',
    ]);
    expect(first).toBeDefined();
    const marked = await search.search('الأسرى');
    const vowelled = marked.results.find((r) => r.meta.title === 'بالتشكيل');
    const vowelledText = (await library.getArticle(vowelled?.meta.id ?? '')).text;
    expect(vowelled?.passage?.hits.map((h) => sliceCodePoints(vowelledText, h.start, h.end))).toEqual([
      'الأَسْرَى',
    ]);
    await library.close();
  });

  it('follows trash, restore, delete and title edits', async () => {
    const { library, search, ids } = await libraryWith(await tempDir());
    const id = ids.get('بهمزة') ?? '';
    const titlesFor = async (q: string) => (await search.search(q)).results.map((r) => r.meta.title);
    await library.trashArticle(id);
    expect(await titlesFor('الإفراج')).toEqual([]);
    await library.restoreArticle(id);
    expect(await titlesFor('الإفراج')).toEqual(['بهمزة']);
    await library.updateMeta(id, { title: 'صفقة التبادل' });
    expect(await titlesFor('صفقة')).toEqual(['صفقة التبادل']);
    await library.deleteArticle(id);
    expect(await titlesFor('الإفراج')).toEqual([]);
    expect(await search.size()).toBe(VARIANTS.length - 1);
    await library.close();
  });

  it('is persisted in the library folder and loaded, not rebuilt, when the library opens again', async () => {
    const dir = await tempDir();
    const first = await libraryWith(dir);
    await first.search.ready();
    await first.library.close();

    const library = await Library.open(join(dir, 'library'));
    const read = vi.spyOn(library, 'getArticle');
    const search = SearchIndex.attach(library);
    await search.ready();
    expect(search.loadedFromDisk).toBe(true);
    expect(read).not.toHaveBeenCalled();
    expect((await search.search('الأسرى')).results).toHaveLength(7);

    // …and keeps following the library after loading.
    await library.addArticle({ title: 'جديد', text: 'عاد الأسرى إلى بيوتهم.', language: 'ar' });
    expect((await search.search('بيوتهم')).results.map((r) => r.meta.title)).toEqual(['جديد']);
    await library.close();
  });

  it('builds the passages of the shown rows in the worker from the article files: main reads no article text', async () => {
    const { library, search, ids } = await libraryWith(await tempDir());
    await search.ready();
    const read = vi.spyOn(library, 'getArticle');
    const response = await search.search('الأسرى');
    expect(read).not.toHaveBeenCalled();
    const hit = response.results.find((r) => r.meta.id === ids.get('بحرف الجر'));
    expect(hit?.exact).toBe(true);
    expect(hit?.passage?.text).toContain('بالأسرى');
    const [span] = hit?.passage?.hits ?? [];
    const text = VARIANTS[5]?.[1] ?? '';
    expect(span && sliceCodePoints(text, span.start, span.end)).toBe('بالأسرى');
    await library.close();
  });
});
