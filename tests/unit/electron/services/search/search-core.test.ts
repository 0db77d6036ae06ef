import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import {
  addAllYielding,
  cachedIndexTerms,
  createIndex,
  loadIndex,
  queryTree,
  serializeIndex,
  type IndexedDoc,
} from '../../../../../electron/services/search/search-core';
import { SearchIndex } from '../../../../../electron/services/search/search-index';
import { indexTerms, WORD_SEPARATOR } from '../../../../../shared/search-terms';
import { readUtf8, SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** The sample article's lines (paragraphs and headings) as documents: real news Arabic. */
async function sampleDocs(): Promise<IndexedDoc[]> {
  const lines = (await readUtf8(SAMPLE_PATH)).split('\n').filter((l) => l.trim().length > 0);
  return lines.map((text, i) => ({ id: `p${i}`, title: `فقرة ${i}`, text }));
}

/** `count` documents cycling through the sample's lines, each with its own id. */
async function manyDocs(count: number): Promise<IndexedDoc[]> {
  const lines = await sampleDocs();
  return Array.from({ length: count }, (_, i) => ({
    ...(lines[i % lines.length] as IndexedDoc),
    id: `d${i}`,
  }));
}

describe('addAllYielding', () => {
  it('lets timers run while it builds, and adds every document once', async () => {
    const docs = await manyDocs(600);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const index = createIndex();
    const added = await addAllYielding(index, docs, 2);
    clearInterval(timer);
    expect(added).toBe(600);
    expect(index.documentCount).toBe(600);
    expect(ticks).toBeGreaterThan(0);
    // Already present: nothing added twice.
    expect(await addAllYielding(index, docs.slice(0, 10), 2)).toBe(0);
  });

  it('holds the event loop for the whole build when it never yields (the control)', async () => {
    const docs = await manyDocs(600);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await addAllYielding(createIndex(), docs, Number.POSITIVE_INFINITY);
    clearInterval(timer);
    expect(ticks).toBe(0);
  });

  it('reads documents from an async source', async () => {
    const docs = await manyDocs(30);
    async function* source() {
      for (const doc of docs) yield await Promise.resolve(doc);
    }
    const index = createIndex();
    expect(await addAllYielding(index, source())).toBe(30);
    expect(index.search(queryTree('الأسرى') ?? '').length).toBeGreaterThan(0);
  });
});

describe('cachedIndexTerms', () => {
  it('gives the same terms as indexTerms for every word of the sample, first time and again', async () => {
    const words = (await readUtf8(SAMPLE_PATH)).split(WORD_SEPARATOR).filter(Boolean);
    for (const round of [1, 2]) {
      for (const w of words) expect(cachedIndexTerms(w), `${w} (round ${round})`).toEqual(indexTerms(w));
    }
  });
});

describe('persisted index', () => {
  it('loads back with the same matches', async () => {
    const index = createIndex();
    index.addAll(await sampleDocs());
    const loaded = await loadIndex(serializeIndex(index));
    const tree = queryTree('والإسرائيليين') ?? '';
    expect(loaded.search(tree).map((r) => String(r.id))).toEqual(index.search(tree).map((r) => String(r.id)));
    expect(loaded.search(tree).length).toBeGreaterThan(0);
  });
});

/** A real word of the sample and a respelling an article or a query may use. */
const VARIANTS: [word: string, variant: string, kind: string][] = [
  ['إسرائيل', 'اسرائيل', 'hamza dropped'],
  ['إسرائيل', 'إسـرائــيل', 'tatweel'],
  ['الأسرى', 'الاسري', 'hamza dropped, alif maqsura as ya'],
  ['الأسرى', 'وَالأَسْرَى', 'harakat and a conjunction'],
  ['الأسرى', 'للأسرى', 'preposition before the article'],
  ['غزة', 'غزه', 'ta marbuta as ha'],
  ['غزة', 'بغزه', 'preposition'],
  ['الإنسانية', 'الانسانيه', 'hamza and ta marbuta'],
  ['على', 'علي', 'alif maqsura as ya'],
  ['حتى', 'حتي', 'alif maqsura as ya'],
  ['المبعوث', 'والمبعوث', 'conjunction'],
];

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال'];

/** Ids of the docs with `word` as written, alone or after a proclitic: a raw scan, no normaliser. */
function mentioning(docs: readonly IndexedDoc[], word: string): string[] {
  return docs
    .filter((d) => d.text.split(WORD_SEPARATOR).some((t) => PROCLITICS.some((p) => t === p + word)))
    .map((d) => d.id);
}

describe('recall on spelling variants', () => {
  it('finds, for every variant, each article that has the word as the sample spells it', async () => {
    const docs = await sampleDocs();
    const library = await Library.open(join(await tempDir(), 'library'));
    const search = SearchIndex.attach(library, { debounceMs: 10 });
    const idOf = new Map<string, string>();
    for (const d of docs) idOf.set(d.id, (await library.addArticle({ title: d.title, text: d.text })).id);
    const plain = new MiniSearch<IndexedDoc>({ fields: ['title', 'text'] });
    plain.addAll(docs);
    let plainMissed = 0;
    for (const [word, variant, kind] of VARIANTS) {
      const expected = mentioning(docs, word);
      expect(expected.length, `${word} is in the sample`).toBeGreaterThan(0);
      const found = new Set(await search.matchingIds(variant));
      for (const id of expected)
        expect(found.has(idOf.get(id) ?? ''), `${variant} (${kind}) → ${id}`).toBe(true);
      const plainFound = new Set(plain.search(variant).map((r) => String(r.id)));
      if (expected.some((id) => !plainFound.has(id))) plainMissed++;
    }
    // Without the normaliser most of these are missed: the variants are real differences.
    expect(plainMissed).toBeGreaterThanOrEqual(VARIANTS.length - 2);
    await library.close();
  });

  it('matches Persian lookalike letters and Arabic-Indic digits with the Arabic and Latin ones', async () => {
    const library = await Library.open(join(await tempDir(), 'library'));
    const search = SearchIndex.attach(library, { debounceMs: 10 });
    const persian = await library.addArticle({
      title: 'نقل',
      text: 'قال وزیر خارجیة ایران في کابل إن المفاوضات مستمرة.',
    });
    const digits = await library.addArticle({ title: 'أرقام', text: 'أُفرج عن ١٥٠ أسيراً في عام ٢٠٢٤.' });
    expect(await search.matchingIds('إيران')).toEqual([persian.id]);
    expect(await search.matchingIds('كابل')).toEqual([persian.id]);
    expect(await search.matchingIds('2024')).toEqual([digits.id]);
    expect(await search.matchingIds('150')).toEqual([digits.id]);
    await library.close();
  });

  it('adds a new article without reading the others again', async () => {
    const docs = await sampleDocs();
    const dir = join(await tempDir(), 'library');
    const library = await Library.open(dir);
    for (const d of docs) await library.addArticle({ title: d.title, text: d.text });
    const search = SearchIndex.attach(library, { debounceMs: 10 });
    await search.ready();
    const read = vi.spyOn(library, 'getArticle');
    const meta = await library.addArticle({ title: 'خبر', text: 'أُفرج عن المعتقلين في نابلس.' });
    expect(await search.matchingIds('نابلس')).toEqual([meta.id]);
    expect(await search.size()).toBe(docs.length + 1);
    expect(read).not.toHaveBeenCalled();
    await library.close();
  });
});
