/**
 * The analysis views over a real library with known annotations (issue 19):
 * each view's numbers, under filters, checked against counts the test works
 * out itself from what it placed (its own sentence and paragraph reckoning,
 * its own Arabic folding, calendar weeks written out by hand); every number
 * resolved to the annotations behind it, each opening at its span; through
 * the real IPC dispatcher, so requests are validated as the renderer's are.
 */

import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../../../electron/services/app-api';
import type {
  ActorDemandResult,
  AnalysisRequest,
  AnalysisResult,
  FrequenciesResult,
  TimelineResult,
} from '../../../../../shared/analysis-types';
import type { HamishApi } from '../../../../../shared/ipc-contract';
import { inProcessApi, useTempDirs } from '../../../helpers';
import {
  actorKey,
  knownLibrary,
  lineOf,
  sentenceStart,
  type KnownLibrary,
  type Placed,
} from './analysis-library';
import { asMap, countBy, expectedMatrix, kept, matrixOf } from './analysis-expected';

const tempDir = useTempDirs();

function apiOver(known: KnownLibrary): HamishApi {
  const never = () => Promise.resolve(null);
  return inProcessApi(
    createAppApi({
      services: known.services,
      dialogs: { chooseTextFile: never, chooseExportPath: never },
      preferences: {
        get: () => ({ language: 'ar' }) as never,
        setLanguage: () => ({ language: 'ar' }) as never,
      },
    }),
  );
}

async function analysis(api: HamishApi, request: AnalysisRequest): Promise<AnalysisResult> {
  const result = await api.getAnalysis(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('analysis views over a library with known counts', () => {
  it('counts by tag, type, entity and actor, under filters, and each number lists its mentions', async () => {
    const known = await knownLibrary(await tempDir());
    const api = apiOver(known);
    const live = kept(known);
    expect(live.length).toBeGreaterThan(30);

    const byTag = (await analysis(api, { view: 'frequencies', filter: {}, by: 'tag' })) as FrequenciesResult;
    expect(asMap(byTag)).toEqual(countBy(live, (p) => p.tag));
    expect(byTag.total).toBe(live.length);
    const articlesOf = (tag: string) =>
      new Set(live.filter((p) => p.tag === tag).map((p) => p.articleId)).size;
    for (const row of byTag.rows) expect(row.articles).toBe(articlesOf(row.key));

    const byType = (await analysis(api, {
      view: 'frequencies',
      filter: {},
      by: 'type',
    })) as FrequenciesResult;
    expect(asMap(byType)).toEqual(countBy(live, (p) => p.tag.split('.')[0]));
    const byEntity = (await analysis(api, {
      view: 'frequencies',
      filter: {},
      by: 'entity',
    })) as FrequenciesResult;
    expect(asMap(byEntity)).toEqual(countBy(live, (p) => p.entityId));
    const byActor = (await analysis(api, {
      view: 'frequencies',
      filter: {},
      by: 'actor',
    })) as FrequenciesResult;
    expect(asMap(byActor)).toEqual(
      countBy(live, (p) => (p.tag.startsWith('actor') ? actorKey(p) : undefined)),
    );
    // «الحية» and «الحيّة» are one unlinked actor.
    expect(asMap(byActor).get('q:الحيه')).toBe(live.filter((p) => p.quote.startsWith('الحي')).length);

    for (const filter of [
      { sources: ['العربية'] },
      { from: '2026-03-01', to: '2026-03-05' },
      { coders: ['Omar'] },
      { tags: ['demand'] },
      { statuses: ['done' as const] },
    ]) {
      const r = (await analysis(api, { view: 'frequencies', filter, by: 'tag' })) as FrequenciesResult;
      const expected =
        'statuses' in filter
          ? live.filter((p) => known.metas.get(p.articleId)?.status === 'done')
          : kept(known, filter);
      expect(asMap(r), JSON.stringify(filter)).toEqual(countBy(expected, (p) => p.tag));
    }

    // Every number opens its annotations, each at its span in its article.
    for (const row of byTag.rows) {
      const page = await api.listAnalysisMentions({ filter: {}, cell: row.cell, offset: 0, limit: 500 });
      if (!page.ok) throw new Error(page.error.message);
      expect(page.value.total).toBe(row.count);
      const ids = new Set(live.filter((p) => p.tag === row.key).map((p) => p.id));
      expect(new Set(page.value.mentions.map((m) => m.annotationId))).toEqual(ids);
      for (const m of page.value.mentions) {
        const p = known.placed.find((x) => x.id === m.annotationId);
        expect([m.articleId, m.start, m.end, m.kwic.mention]).toEqual([
          p?.articleId,
          p?.start,
          p?.end,
          p?.quote,
        ]);
        expect(p?.text).toContain(`${m.kwic.before}${m.kwic.mention}${m.kwic.after}`);
      }
    }
    await known.library.close();
  });

  it('pairs actors with demands by sentence or paragraph; by claims it counts none here and says which articles it leaves out', async () => {
    const known = await knownLibrary(await tempDir());
    const api = apiOver(known);
    const live = kept(known);
    const sentence = (await analysis(api, {
      view: 'actor-demand',
      filter: {},
      scope: 'sentence',
    })) as ActorDemandResult;
    expect(sentence.scope).toBe('sentence');
    expect(matrixOf(sentence)).toEqual(expectedMatrix(live, (p) => sentenceStart(p.text, p.start)));
    const paragraph = (await analysis(api, {
      view: 'actor-demand',
      filter: {},
      scope: 'paragraph',
    })) as ActorDemandResult;
    expect(paragraph.scope).toBe('paragraph');
    expect(matrixOf(paragraph)).toEqual(expectedMatrix(live, (p) => lineOf(p.text, p.start)));
    const top = (await analysis(api, {
      view: 'actor-demand',
      filter: {},
      scope: 'sentence',
      limit: 1,
    })) as ActorDemandResult;
    const pairedActors = new Set([...matrixOf(sentence).keys()].map((k) => k.split(' ')[0]));
    expect([top.actors.length, top.actorCount]).toEqual([1, pairedActors.size]);
    expect(top.actors[0]).toEqual(sentence.actors[0]);
    // In the typed article the Arabic semicolon splits «الحيّة … تبادل الأسرى» from «حماس … وقف إطلاق النار».
    const hamasCeasefire = matrixOf(sentence).get(`e:${known.entities.H} demand.ceasefire`) ?? 0;
    expect(matrixOf(paragraph).get(`e:${known.entities.H} demand.prisoners`) ?? 0).toBeGreaterThan(
      matrixOf(sentence).get(`e:${known.entities.H} demand.prisoners`) ?? 0,
    );
    expect(hamasCeasefire).toBeGreaterThan(0);

    // A cell's mentions are the actor's and the demand's annotations in those sentences.
    const cell = sentence.cells.find((c) => sentence.actors[c.actor]?.entityId === known.entities.W);
    if (!cell) throw new Error('Witkoff pairs with no demand');
    const page = await api.listAnalysisMentions({ filter: {}, cell: cell.cell, offset: 0, limit: 500 });
    if (!page.ok) throw new Error(page.error.message);
    const demand = sentence.demands[cell.demand]?.tag;
    const units = new Set(
      live
        .filter((p) => p.entityId === known.entities.W)
        .filter((w) =>
          live.some(
            (d) =>
              d.tag === demand &&
              d.articleId === w.articleId &&
              sentenceStart(d.text, d.start) === sentenceStart(w.text, w.start),
          ),
        )
        .map((w) => `${w.articleId}/${sentenceStart(w.text, w.start)}`),
    );
    expect(units.size).toBe(cell.count);
    const expectedIds = live
      .filter(
        (p) =>
          (p.entityId === known.entities.W || p.tag === demand) &&
          units.has(`${p.articleId}/${sentenceStart(p.text, p.start)}`),
      )
      .map((p) => p.id);
    expect(new Set(page.value.mentions.map((m) => m.annotationId))).toEqual(new Set(expectedIds));

    // No claim in this library: nothing counts by claims, and every live article with both is said to be left out.
    const claims = (await analysis(api, {
      view: 'actor-demand',
      filter: {},
      scope: 'claims',
    })) as ActorDemandResult;
    const both = new Set(
      live
        .filter(
          (p) =>
            p.tag.startsWith('actor') &&
            live.some((q) => q.articleId === p.articleId && q.tag.startsWith('demand')),
        )
        .map((p) => p.articleId),
    );
    expect(both.size).toBeGreaterThan(1);
    expect(claims.cells).toEqual([]);
    expect(claims.articlesWithoutClaims).toBe(both.size);
    const bad = await api.getAnalysis({ view: 'pie', filter: {} } as never);
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-argument');
    await known.library.close();
  });

  it('counts over time in ISO weeks, days and months with empty buckets as zeros and undated apart', async () => {
    const known = await knownLibrary(await tempDir());
    const api = apiOver(known);
    const demands = kept(known).filter((p) => p.tag.startsWith('demand.'));
    const dayOf = (p: Placed) => known.metas.get(p.articleId)?.date.slice(0, 10) ?? '';
    // 2026-03-02 (Mon) and 03-03 fall in ISO week 10, 2026-03-10 in week 11.
    const week = (await analysis(api, {
      view: 'timeline',
      filter: {},
      interval: 'week',
      stackType: 'demand',
    })) as TimelineResult;
    expect(week.buckets.map((b) => [b.key, b.start])).toEqual([
      ['2026-W10', '2026-03-02'],
      ['2026-W11', '2026-03-09'],
    ]);
    const inDays = (days: string[]) => demands.filter((p) => days.includes(dayOf(p)));
    expect(week.buckets[0]?.counts).toEqual(
      Object.fromEntries(
        week.series.map((t) => [t, inDays(['2026-03-02', '2026-03-03']).filter((p) => p.tag === t).length]),
      ),
    );
    expect(week.buckets[1]?.total).toBe(inDays(['2026-03-10']).length);
    expect(week.undated.total).toBe(demands.filter((p) => dayOf(p) === '').length);
    expect(week.undated.total).toBeGreaterThan(0);

    const day = (await analysis(api, {
      view: 'timeline',
      filter: {},
      interval: 'day',
      stackType: 'demand',
    })) as TimelineResult;
    expect(day.buckets.map((b) => b.key)).toEqual(
      ['02', '03', '04', '05', '06', '07', '08', '09', '10'].map((d) => `2026-03-${d}`),
    );
    expect(
      day.buckets.slice(2, 8).every((b) => b.total === 0 && Object.values(b.counts).every((n) => n === 0)),
    ).toBe(true);

    const month = (await analysis(api, {
      view: 'timeline',
      filter: { to: '2026-04-30' },
      interval: 'month',
      stackType: 'event',
    })) as TimelineResult;
    expect(month.buckets.map((b) => [b.key, b.total])).toEqual([
      ['2026-03', kept(known, { to: '2026-04-30' }).filter((p) => p.tag.startsWith('event.')).length],
      ['2026-04', 0],
    ]);
    expect(month.undated.total).toBe(0);

    const cell = {
      kind: 'timeline' as const,
      interval: 'week' as const,
      bucket: 'undated',
      tag: 'demand.ceasefire',
    };
    const page = await api.listAnalysisMentions({ filter: {}, cell, offset: 0, limit: 500 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.total).toBe(week.undated.counts['demand.ceasefire']);
    expect(page.value.mentions.every((m) => m.date === '' && m.tag === 'demand.ceasefire')).toBe(true);
    await known.library.close();
  });

  it('profiles one actor: its concordance, its demands, its events and its outlets', async () => {
    const known = await knownLibrary(await tempDir());
    const api = apiOver(known);
    const live = kept(known);
    const W = known.entities.W;
    const result = await analysis(api, {
      view: 'actor-profile',
      filter: {},
      actor: { entityId: W },
      scope: 'sentence',
      limit: 3,
    });
    if (result.view !== 'actor-profile') throw new Error('wrong view');
    const own = live.filter((p) => p.entityId === W);
    expect(result.total).toBe(own.length);
    expect(result.mentions).toHaveLength(3);
    for (const m of result.mentions) expect(m.kwic.mention).toBe('ويتكوف');
    expect(result.outlets).toEqual(
      [...countBy(own, (p) => known.metas.get(p.articleId)?.source)].map(([source, count]) => ({
        source,
        count,
      })),
    );
    const matrix = expectedMatrix(live, (p) => sentenceStart(p.text, p.start));
    expect(new Map(result.demands.map((d) => [d.tag, d.count]))).toEqual(
      new Map([...matrix].filter(([k]) => k.startsWith(`e:${W} `)).map(([k, n]) => [k.split(' ')[1], n])),
    );
    const sentencesOfW = new Set(own.map((p) => `${p.articleId}/${sentenceStart(p.text, p.start)}`));
    const events = countBy(
      [
        ...new Set(
          live
            .filter(
              (p) =>
                p.tag.startsWith('event.') &&
                sentencesOfW.has(`${p.articleId}/${sentenceStart(p.text, p.start)}`),
            )
            .map((p) => `${p.tag}|${p.articleId}/${sentenceStart(p.text, p.start)}`),
        ),
      ],
      (k) => k.split('|')[0],
    );
    expect(new Map(result.events.map((e) => [e.tag, e.count]))).toEqual(events);
    // Addressees come from claims: this library has none.
    expect(result.addressees).toEqual([]);
    await known.library.close();
  });
});
