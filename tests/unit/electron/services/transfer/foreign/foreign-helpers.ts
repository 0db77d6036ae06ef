/**
 * Helpers for the foreign-format import tests: an empty library (no sample
 * article), the fixtures of tests/fixtures/foreign/, and every annotation of
 * a library with the text at its offsets, to check each span against the file.
 */

import { join } from 'node:path';
import type { Library } from '../../../../../../electron/services/library/library';
import { fixture } from '../../../../helpers';
import { openLibrary } from '../../../../transfer-helpers';

/** tests/fixtures/foreign/<name> */
export const foreignFixture = (name: string): string => fixture(join('foreign', name));

/** A new library with no article (no sample). */
export function emptyLibrary(dir: string): Promise<Library> {
  return openLibrary(join(dir, 'library'));
}

/** One annotation as the tests compare it: tag, quote, the text at its offsets, note. */
export interface SpanRow {
  tag: string;
  quote: string;
  textAtOffsets: string;
  note?: string;
  start: number;
}

/** Every annotation of every article, in text order, with the text at its offsets (code points). */
export async function spanRows(library: Library): Promise<SpanRow[]> {
  const rows: SpanRow[] = [];
  for (const meta of await library.listArticles()) {
    const { text } = await library.getArticle(meta.id);
    const points = Array.from(text);
    for (const a of await library.listAnnotations(meta.id)) {
      rows.push({
        tag: a.tag,
        quote: a.quote,
        textAtOffsets: points.slice(a.start, a.end).join(''),
        ...(a.note === undefined ? {} : { note: a.note }),
        start: a.start,
      });
    }
  }
  return rows.sort((x, y) => x.start - y.start);
}

/** An article's claims as comparable values: frame, members by span, tag and quote (sorted), attributes, note. */
export async function claimsOf(library: Library, articleId: string) {
  const annotations = new Map((await library.listAnnotations(articleId)).map((a) => [a.id, a]));
  return (await library.listClaims(articleId))
    .map((c) => ({
      frame: c.frame,
      members: c.members
        .map((m) => {
          const a = annotations.get(m.annotationId);
          return `${m.role} ${a?.start ?? -1} ${a?.end ?? -1} ${a?.tag ?? ''} ${a?.quote ?? ''}`;
        })
        .sort(),
      attributes: c.attributes,
      note: c.note,
    }))
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}
