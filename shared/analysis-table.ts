/**
 * One analysis view's numbers as rows of text: a header (ids for CSV, labels
 * for a table), then one row per key, actor, bucket or network link. Shared by `hamish
 * stats` and the analysis view's "data as CSV", so both give the same table.
 * Cells are plain text; CSV writers make them formula-safe (export/csv.ts).
 */

import type {
  ActorDemandResult,
  ActorProfileResult,
  AnalysisResult,
  ClaimNetworkResult,
  FrequenciesResult,
  TimelineResult,
} from './analysis-types';

/**
 * The result as rows: a header of ids (`csv`) or labels, then the numbers;
 * `label` names a key (tag id, entity id, quote), `undated` heads the row of
 * undated articles in a timeline.
 */
export function analysisTable(
  result: AnalysisResult,
  label: (key: string) => string,
  csv: boolean,
  undated: string,
): string[][] {
  const head = (key: string) => (csv ? key : label(key));
  if (result.view === 'frequencies') return frequencyRows(result, label);
  if (result.view === 'actor-demand') return matrixRows(result, label, head);
  if (result.view === 'timeline') return timelineRows(result, head, undated);
  if (result.view === 'claim-network') return networkRows(result, label);
  return profileRows(result);
}

/** The claim network as rows: one link each (claimant, addressee, claims), most claims first. */
function networkRows(result: ClaimNetworkResult, label: (key: string) => string): string[][] {
  const name = (i: number) => {
    const a = result.actors[i];
    return a ? [label(a.entityId ?? a.label), a.entityId ?? ''] : ['', ''];
  };
  return [
    ['claimant', 'claimant_entity_id', 'addressee', 'addressee_entity_id', 'claims'],
    ...result.links.map((l) => [...name(l.claimant), ...name(l.addressee), String(l.count)]),
  ];
}

function frequencyRows(result: FrequenciesResult, label: (key: string) => string): string[][] {
  return [
    ['key', 'label', 'count', 'articles'],
    ...result.rows.map((r) => [
      r.key,
      r.actor ? label(r.actor.entityId ?? r.actor.label) : label(r.key),
      String(r.count),
      String(r.articles),
    ]),
  ];
}

function matrixRows(
  result: ActorDemandResult,
  label: (key: string) => string,
  head: (key: string) => string,
): string[][] {
  const grid = result.actors.map(() => result.demands.map(() => 0));
  for (const c of result.cells) {
    const line = grid[c.actor];
    if (line) line[c.demand] = c.count;
  }
  return [
    ['actor', 'entity_id', ...result.demands.map((d) => head(d.tag)), 'total'],
    ...result.actors.map((a, i) => [
      label(a.entityId ?? a.label),
      a.entityId ?? '',
      ...(grid[i] ?? []).map(String),
      String(a.total),
    ]),
  ];
}

function timelineRows(result: TimelineResult, head: (key: string) => string, undated: string): string[][] {
  const line = (key: string, start: string, counts: Record<string, number>, total: number) => [
    key,
    start,
    ...result.series.map((tag) => String(counts[tag] ?? 0)),
    String(total),
  ];
  return [
    ['bucket', 'start', ...result.series.map(head), 'total'],
    ...result.buckets.map((b) => line(b.key, b.start, b.counts, b.total)),
    line(undated, '', result.undated.counts, result.undated.total),
  ];
}

/** An actor profile as rows: each mention shown, keyword in context, with its article. */
function profileRows(result: ActorProfileResult): string[][] {
  return [
    ['article_id', 'title', 'date', 'source', 'tag', 'start', 'end', 'before', 'mention', 'after'],
    ...result.mentions.map((m) => [
      m.articleId,
      m.title,
      m.date,
      m.source,
      m.tag,
      String(m.start),
      String(m.end),
      m.kwic.before,
      m.kwic.mention,
      m.kwic.after,
    ]),
  ];
}
