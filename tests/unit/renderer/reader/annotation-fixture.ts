/** Annotations for the reader's unit tests: real Arabic words at given spans (code points). */

import type { Annotation } from '../../../../shared/model';

/** An annotation `id` at [start, end) quoting real Arabic words, with `extra` fields over the defaults. */
export function annotation(
  id: string,
  start: number,
  end: number,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    articleId: 'a1',
    id,
    start,
    end,
    quote: 'وزير الخارجية',
    prefix: 'قال ',
    suffix: ' أمس',
    tag: 'actor',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
