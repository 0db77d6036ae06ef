/**
 * Large generated Hamish JSON files for the merge tests: N annotations on
 * one real Arabic article (the sample), every (start, end, tag) distinct so
 * no two are twins, quotes sliced from the text in code points.
 */

import { randomUUID } from 'node:crypto';
import { collectExport } from '../../../../../electron/services/export/export-service';
import type { Library } from '../../../../../electron/services/library/library';
import type { ExportedAnnotation, HamishExport } from '../../../../../shared/export-format';
import { listTags } from '../../../../../shared/taxonomy';

/** Longest generated span, in code points. */
const MAX_SPAN = 40;

/** The i-th distinct span over a text of `length` code points, as [start, end, tag index]. */
function spanOf(i: number, length: number): [number, number, number] {
  const starts = length - MAX_SPAN;
  const start = i % starts;
  const span = 1 + (Math.floor(i / starts) % MAX_SPAN);
  return [start, start + span, Math.floor(i / (starts * MAX_SPAN))];
}

/**
 * The library's one article exported with `n` generated annotations
 * (numbered from `from`, ids fresh unless `ids` gives them) instead of its own.
 */
export async function fileWith(
  library: Library,
  n: number,
  options: { from?: number; ids?: readonly string[]; note?: string } = {},
): Promise<HamishExport> {
  const data = await collectExport(library, { includeText: false, generator: 'test' });
  const article = data.articles[0];
  if (!article) throw new Error('the library has no article');
  const text = Array.from((await library.getArticle(article.id)).text);
  const tags = listTags(data.taxonomy).map((t) => t.id);
  const annotations: ExportedAnnotation[] = [];
  for (let k = 0; k < n; k++) {
    const [start, end, tagIndex] = spanOf((options.from ?? 0) + k, text.length);
    const tag = tags[tagIndex % tags.length] ?? 'actor';
    annotations.push({
      id: options.ids?.[k] ?? randomUUID(),
      start,
      end,
      quote: text.slice(start, end).join(''),
      prefix: '',
      suffix: '',
      tag,
      ...(options.note ? { note: options.note } : {}),
      createdAt: '2026-11-30T00:00:00.000Z',
      updatedAt: '2026-11-30T00:00:00.000Z',
    });
  }
  return { ...data, articles: [{ ...article, annotations }] };
}
