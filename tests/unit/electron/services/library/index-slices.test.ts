/**
 * @vitest-environment node
 * index-slices.ts: index.json read object by object with the event loop
 * turning between slices. Real files in a temp folder, Arabic titles with
 * the characters a byte scan could trip on (quotes, braces, brackets,
 * backslashes, commas); every shape the fast path does not vouch for
 * answers null (the caller then reads the file whole and zod decides).
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../../../bench/corpus';
import { makeArticle } from '../../../../../bench/library-fixture';
import { readIndexInSlices } from '../../../../../electron/services/library/index-slices';
import type { IndexFile } from '../../../../../electron/services/library/library-files';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const TRICKY = ['خبر "مقتبس" عن {الأسرى}', 'بيان ] و [ تصريح، ثم \\ مائل', 'عنوان عادي', '"articles": [ {'];

function indexOf(n: number): IndexFile {
  const articles = Array.from({ length: n }, (_, i) => {
    const title = `${TRICKY[i % TRICKY.length] ?? ''} ${i}`;
    const meta = makeArticle(title, generateArticleText(20, SEED + 9_000 + i), () => []).meta;
    return i % 2 ? { ...meta, author: 'مراسل "خاص"', annotationCounts: { actor: i } } : meta;
  });
  return { version: 1, seeded: true, articles };
}

async function written(content: string): Promise<string> {
  const path = join(await tempDir(), 'index.json');
  await writeFile(path, content);
  return path;
}

describe('readIndexInSlices', () => {
  it('reads compact and pretty files exactly as JSON.parse does', async () => {
    const index = indexOf(60);
    for (const text of [JSON.stringify(index), `${JSON.stringify(index, null, 2)}\n`]) {
      const path = await written(text);
      expect(await readIndexInSlices(path)).toEqual(JSON.parse(await readFile(path, 'utf8')));
    }
    const empty = await written(JSON.stringify({ version: 1, seeded: false, articles: [] }, null, 2));
    expect(await readIndexInSlices(empty)).toEqual({ version: 1, seeded: false, articles: [] });
  });

  it('lets the event loop turn between slices', async () => {
    const path = await written(JSON.stringify(indexOf(400)));
    let turns = 0;
    let probing = true;
    const probe = () => {
      turns++;
      if (probing) setImmediate(probe);
    };
    setImmediate(probe);
    const read = await readIndexInSlices(path, 0);
    probing = false;
    expect(read?.articles).toHaveLength(400);
    // Slices of 0 ms: one turn per article at least (a single parse would allow about one).
    expect(turns).toBeGreaterThan(300);
  });

  it('answers null for every shape it does not vouch for', async () => {
    const index = indexOf(6);
    const text = JSON.stringify(index, null, 2);
    const [first] = index.articles;
    const bad = [
      text.slice(0, text.length - 40), // torn
      `${text}x`, // trailing bytes
      JSON.stringify({ ...index, extra: 1 }),
      JSON.stringify({ ...index, version: 2 }),
      JSON.stringify({ ...index, articles: [{ ...first, unknown: 'حقل' }] }),
      JSON.stringify({ ...index, articles: [{ ...first, id: first?.id.toUpperCase() }] }), // zod decides
      JSON.stringify({ ...index, articles: [{ ...first, title: '   ' }] }),
      text.replace('},\n', '}\n'), // a missing comma
      '[]',
      JSON.stringify({ seeded: true, articles: index.articles, version: 1 }), // not the order the library writes
    ];
    for (const content of bad) expect(await readIndexInSlices(await written(content)), content).toBeNull();
    expect(await readIndexInSlices(join(await tempDir(), 'missing.json'))).toBeNull();
  });
});
