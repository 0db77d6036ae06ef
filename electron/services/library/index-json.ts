/**
 * index.json's text, made in slices (issue 17: folding the index journal
 * at close was ~175 ms of blocked main at 10,000 articles, all of it
 * JSON.stringify): the same text as JSON.stringify(index, null, 2), the
 * articles serialised SLICE at a time with a turn of the event loop
 * between slices, so a whole write of the index never holds main for long.
 */

import type { IndexFile } from './library-files';
import { nextTurn } from '../storage/next-turn';

/** Articles serialised between two turns of the event loop. */
const SLICE = 500;
/** Stands for the articles array while the rest of the index is serialised (it holds no article text). */
const PLACEHOLDER = 'articles serialised in slices';
const MARK = JSON.stringify(PLACEHOLDER);

/**
 * `index` as JSON.stringify(index, null, 2) writes it, plus the final
 * newline; an article changed while this runs is serialised as it is when
 * its slice is reached (callers mark the index dirty for such changes).
 */
export async function indexJsonInSlices(index: IndexFile): Promise<string> {
  const shell = JSON.stringify({ ...index, articles: PLACEHOLDER }, null, 2);
  const { articles } = index;
  if (articles.length === 0) return `${shell.replace(MARK, () => '[]')}\n`;
  const parts: string[] = [];
  for (let at = 0; at < articles.length; at += SLICE) {
    if (at > 0) await nextTurn();
    for (const meta of articles.slice(at, at + SLICE)) {
      // An element of the top-level array sits 4 spaces in; its own lines keep their relative indent.
      parts.push(`    ${JSON.stringify(meta, null, 2).replaceAll('\n', '\n    ')}`);
    }
  }
  // A function, not a string: a title holding "$&" or "$'" must not be read as a replacement pattern.
  return `${shell.replace(MARK, () => `[\n${parts.join(',\n')}\n  ]`)}\n`;
}
