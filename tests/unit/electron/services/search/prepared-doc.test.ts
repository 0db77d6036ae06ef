/**
 * Articles prepared away from the index's worker (prepared-doc.ts) and written
 * with FtsStore.putPrepared make the same index as FtsStore.put of the same
 * articles: same matches (normalised forms, stems, prefixes) and the same
 * near-duplicate answers; files that are missing or not the listed text are
 * left out, as the one-worker path leaves them out.
 */

import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FtsStore } from '../../../../../electron/services/search/fts-store';
import { readPreparedDocs } from '../../../../../electron/services/search/prepared-doc';
import { readUtf8, SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The sample article's paragraphs of 6+ words: real news Arabic. */
async function paragraphs(): Promise<string[]> {
  return (await readUtf8(SAMPLE_PATH)).split('\n').filter((l) => l.trim().split(' ').length > 5);
}

describe('prepared articles', () => {
  it('make the same index as put: matches and near-duplicate answers', async () => {
    const dir = await tempDir();
    const texts = await paragraphs();
    expect(texts.length).toBeGreaterThan(5);
    const docs = texts.map((text, i) => ({
      id: `a${i}`,
      stamp: `s${i}`,
      title: `فقرة ${i}`,
      text,
      url: `https://example.org/${i}`,
    }));
    const sources = await Promise.all(
      docs.map(async (doc) => {
        const path = join(dir, `${doc.id}.json`);
        await writeFile(path, JSON.stringify({ version: 1, id: doc.id, text: doc.text, blocks: [] }));
        return { id: doc.id, stamp: doc.stamp, title: doc.title, path, sha256: sha(doc.text), url: doc.url };
      }),
    );
    const plain = FtsStore.open(join(dir, 'plain.sqlite'));
    plain.put(docs);
    const prepared = FtsStore.open(join(dir, 'prepared.sqlite'));
    prepared.putPrepared(await readPreparedDocs(sources));

    expect(prepared.stamps()).toEqual(plain.stamps());
    // Words of the texts as written, with a proclitic, and as 4-letter prefixes.
    const words = [...new Set(texts.join(' ').match(/[\u0621-\u064A]{5,}/gu) ?? [])].slice(0, 20);
    expect(words.length).toBe(20);
    for (const query of [...words, ...words.map((w) => `و${w}`), ...words.map((w) => w.slice(0, 4))]) {
      const ids = plain.matchingIds(query);
      expect(ids.length, query).toBeGreaterThan(0);
      expect(prepared.matchingIds(query), query).toEqual(ids);
    }
    const copy = texts[2] ?? '';
    const likely = plain.likelyDuplicate(copy, '');
    expect(likely).toMatchObject({ id: 'a2', reason: 'same-text' });
    expect(prepared.likelyDuplicate(copy, '')).toEqual(likely);
    expect(prepared.likelyDuplicate('نص آخر تماما', 'https://example.org/4/')).toEqual(
      plain.likelyDuplicate('نص آخر تماما', 'https://example.org/4/'),
    );
    plain.close();
    prepared.close();
  });

  it('leaves out files that are missing, not JSON, or not the listed text, keeping the order of the others', async () => {
    const dir = await tempDir();
    const [first = '', second = ''] = await paragraphs();
    const files: [string, string, string][] = [
      ['ok1', JSON.stringify({ text: first }), first],
      ['garbage', '{"text": "أفرج', first],
      ['changed', JSON.stringify({ text: `${first} وغزة` }), first],
      ['ok2', JSON.stringify({ text: second }), second],
    ];
    for (const [name, content] of files) await writeFile(join(dir, `${name}.json`), content);
    const sources = [...files.map(([name, , text]) => [name, text]), ['missing', first]].map(
      ([name = '', text = '']) => ({
        id: name,
        stamp: 's',
        title: 'خبر',
        path: join(dir, `${name}.json`),
        sha256: sha(text),
      }),
    );
    expect((await readPreparedDocs(sources)).map((d) => d.id)).toEqual(['ok1', 'ok2']);
  });
});
