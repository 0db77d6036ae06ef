/** A small real library for the start-up check tests: two Arabic articles with one annotation each. */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../electron/services/library/library';
import { SAMPLE_PATH, fixture, readUtf8 } from './helpers';

export const SHORT_TITLE = 'لقاء في القاهرة';
export const LONG_TITLE = 'ويتكوف والحية';

/** Writes the library into `dir` (clock fixed at `now`) and closes it; returns what was made. */
export async function twoArticles(dir: string, now: Date) {
  const library = await Library.open(dir, { now: () => now });
  const short = await library.addArticle({
    title: SHORT_TITLE,
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  const long = await library.addArticle({ title: LONG_TITLE, text: await readUtf8(SAMPLE_PATH) });
  const onShort = await library.createAnnotation({ articleId: short.id, start: 6, end: 11, tag: 'actor' });
  const onLong = await library.createAnnotation({ articleId: long.id, start: 0, end: 4, tag: 'event' });
  await library.close();
  return { short, long, onShort, onLong };
}

/**
 * Changes one word of article `id`'s stored text behind the library's back
 * (القاهرة becomes الإسكندرية), so its text no longer matches its hash;
 * returns the file's new content.
 */
export async function damageArticleText(dir: string, id: string): Promise<string> {
  const path = join(dir, 'articles', `${id}.json`);
  const edited = (await readFile(path, 'utf8')).replace('القاهرة', 'الإسكندرية');
  await writeFile(path, edited);
  return edited;
}
