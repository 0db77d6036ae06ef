/**
 * slicesWithActor (analysis-filter.ts): the articles a one-actor view (its
 * profile, the mentions behind its cells, its addressees) scans after one
 * pass over every row — those holding a row of the actor's key, whatever
 * the row's type (an actor type named by the request may not be "actor"),
 * in slice order; an article without one is left out.
 */

import { describe, expect, it } from 'vitest';
import type { ArticleSlice } from '../../../../../electron/services/analysis/analysis-filter';
import { slicesWithActor } from '../../../../../electron/services/analysis/analysis-filter';
import { actorKeyOf, rowOf, type AnalysisRow } from '../../../../../electron/services/analysis/analysis-rows';
import type { ArticleMeta } from '../../../../../shared/model';

const row = (
  articleId: string,
  n: number,
  tag: string,
  entityId: string | null,
  quote: string,
): AnalysisRow =>
  rowOf(articleId, {
    id: `${articleId}-${n}`,
    start: n * 10,
    end: n * 10 + 5,
    tag,
    entityId,
    quote,
    sentence: n,
    block: 0,
    coder: '',
  });

const slice = (id: string, rows: AnalysisRow[]): ArticleSlice => ({
  meta: { id } as ArticleMeta,
  day: null,
  rows,
  claims: [],
});

describe('slicesWithActor', () => {
  const a = slice('a', [row('a', 0, 'actor.state', 'E1', 'مصر'), row('a', 1, 'demand.aid', null, 'مساعدات')]);
  const b = slice('b', [row('b', 0, 'actor.state', 'E2', 'قطر'), row('b', 1, 'event.attack', null, 'هجوم')]);
  const c = slice('c', [
    row('c', 0, 'demand.aid', null, 'مساعدات'),
    row('c', 1, 'actor.state', 'E1', 'القاهرة'),
  ]);
  const d = slice('d', [
    row('d', 0, 'issue.water', null, 'الحكومة'),
    row('d', 1, 'actor.state', null, 'الحكومه'),
  ]);

  it('keeps the slices holding a row of the key, in their order', () => {
    expect(slicesWithActor([a, b, c, d], actorKeyOf({ entityId: 'E1' })).map((s) => s.meta.id)).toEqual([
      'a',
      'c',
    ]);
    expect(slicesWithActor([a, b, c, d], actorKeyOf({ entityId: 'E3' }))).toEqual([]);
  });

  it('matches a quote key on rows of any type, as the actor type of a request may be another', () => {
    // "الحكومة" and "الحكومه" normalise to one key; the issue row carries it as well.
    const kept = slicesWithActor([a, b, c, d], actorKeyOf({ quote: 'الحكومة' }));
    expect(kept).toEqual([d]);
    expect(kept[0]?.rows.filter((r) => r.actorKey === actorKeyOf({ quote: 'الحكومة' }))).toHaveLength(2);
  });
});
