import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import type { FtsDoc } from '../../../../../electron/services/search/fts-store';
import { SearchIndex } from '../../../../../electron/services/search/search-index';
import { WORD_SEPARATOR } from '../../../../../shared/search-terms';
import { readUtf8, SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

type Doc = Omit<FtsDoc, 'stamp'>;

/** FTS5 over the raw texts with its default tokenizer and no normaliser: the control. */
function plainIndex(docs: readonly Doc[]): (query: string) => string[] {
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, title, text)');
  const insert = db.prepare('INSERT INTO t (id, title, text) VALUES (?, ?, ?)');
  for (const d of docs) insert.run(d.id, d.title, d.text);
  const find = db.prepare('SELECT id FROM t WHERE t MATCH ?').pluck();
  return (query) => find.all(`"${query.replaceAll('"', '""')}"`) as string[];
}

/** The sample article's lines (paragraphs and headings) as documents: real news Arabic. */
async function sampleDocs(): Promise<Doc[]> {
  const lines = (await readUtf8(SAMPLE_PATH)).split('\n').filter((l) => l.trim().length > 0);
  return lines.map((text, i) => ({ id: `p${i}`, title: `فقرة ${i}`, text }));
}

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
function mentioning(docs: readonly Doc[], word: string): string[] {
  return docs
    .filter((d) => d.text.split(WORD_SEPARATOR).some((t) => PROCLITICS.some((p) => t === p + word)))
    .map((d) => d.id);
}

describe('recall on spelling variants', () => {
  it('finds, for every variant, each article that has the word as the sample spells it', async () => {
    const docs = await sampleDocs();
    const library = await Library.open(join(await tempDir(), 'library'));
    const search = SearchIndex.attach(library);
    const idOf = new Map<string, string>();
    for (const d of docs) idOf.set(d.id, (await library.addArticle({ title: d.title, text: d.text })).id);
    const plain = plainIndex(docs);
    let plainMissed = 0;
    for (const [word, variant, kind] of VARIANTS) {
      const expected = mentioning(docs, word);
      expect(expected.length, `${word} is in the sample`).toBeGreaterThan(0);
      const found = new Set(await search.matchingIds(variant));
      for (const id of expected)
        expect(found.has(idOf.get(id) ?? ''), `${variant} (${kind}) → ${id}`).toBe(true);
      const plainFound = new Set(plain(variant));
      if (expected.some((id) => !plainFound.has(id))) plainMissed++;
    }
    // Without the normaliser most of these are missed: the variants are real differences.
    expect(plainMissed).toBeGreaterThanOrEqual(VARIANTS.length - 2);
    await library.close();
  });

  it('matches Persian lookalike letters and Arabic-Indic digits with the Arabic and Latin ones', async () => {
    const library = await Library.open(join(await tempDir(), 'library'));
    const search = SearchIndex.attach(library);
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
    const search = SearchIndex.attach(library);
    await search.ready();
    const read = vi.spyOn(library, 'getArticle');
    const meta = await library.addArticle({ title: 'خبر', text: 'أُفرج عن المعتقلين في نابلس.' });
    expect(await search.matchingIds('نابلس')).toEqual([meta.id]);
    expect(await search.size()).toBe(docs.length + 1);
    expect(read).not.toHaveBeenCalled();
    await library.close();
  });
});
