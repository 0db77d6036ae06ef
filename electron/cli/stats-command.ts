/**
 * `hamish stats`: the analysis views' numbers (issue 19) on the command
 * line, from the same service as the app: `--by type|tag|entity|actor`
 * and `claim-frame|claim-role` (frequencies), `actor-demand` (the matrix, by
 * sentence, paragraph or claims), `network` (claimant → addressee links),
 * `day|week|month` (counts over time, stacked by one type's tags, empty
 * buckets as zeros, undated articles on a row of their own). Filters:
 * --source, --from, --to, --status, --tag, --entity, --coder. Output as a
 * tab-separated table (labels in the CLI's language), CSV (the export's
 * formula-safe writer, ids as headers) or JSON (the service's result as is).
 */

import { analysisTable } from '../../shared/analysis-table';
import type { AnalysisFilter, AnalysisRequest } from '../../shared/analysis-types';
import { csvText, textCell } from '../../shared/export/csv';
import type { ArticleStatus } from '../../shared/model';
import { MAX_MATRIX_ACTORS } from '../../shared/schema/analysis-schema';
import { listTags } from '../../shared/taxonomy';
import type { ParsedArgs } from './args';
import { valueOf } from './args';
import type { CommandContext } from './commands';

/** Values of --by, by view. */
export const STATS_BY = [
  'type',
  'tag',
  'entity',
  'actor',
  'claim-frame',
  'claim-role',
  'actor-demand',
  'network',
  'day',
  'week',
  'month',
] as const;
export const STATS_FORMATS = ['table', 'csv', 'json'] as const;
export const STATS_SCOPES = ['sentence', 'paragraph', 'claims'] as const;

type By = (typeof STATS_BY)[number];

/** The filter the command line names (usage-checks.ts has checked each value). */
function filterOf(args: ParsedArgs): AnalysisFilter {
  const many = (name: string) => args.values.get(name);
  const sources = many('source');
  const statuses = many('status') as ArticleStatus[] | undefined;
  const tags = many('tag');
  const entityIds = many('entity');
  const coders = many('coder');
  const from = valueOf(args, 'from');
  const to = valueOf(args, 'to');
  return {
    ...(sources ? { sources } : {}),
    ...(statuses ? { statuses } : {}),
    ...(tags ? { tags } : {}),
    ...(entityIds ? { entityIds } : {}),
    ...(coders ? { coders } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** The service request of a checked command line. */
export function statsRequest(args: ParsedArgs): AnalysisRequest {
  const by = (valueOf(args, 'by') ?? 'tag') as By;
  const filter = filterOf(args);
  if (by === 'actor-demand') {
    const scope = (valueOf(args, 'scope') ?? 'sentence') as (typeof STATS_SCOPES)[number];
    return { view: 'actor-demand', filter, scope, limit: MAX_MATRIX_ACTORS };
  }
  if (by === 'network') return { view: 'claim-network', filter, limit: MAX_MATRIX_ACTORS };
  if (by === 'day' || by === 'week' || by === 'month') {
    return { view: 'timeline', filter, interval: by, stackType: valueOf(args, 'stack') ?? 'demand' };
  }
  return { view: 'frequencies', filter, by };
}

/** `hamish stats`: prints one view's numbers; exit 0 (an empty selection prints an empty table). */
export async function statsCommand(context: CommandContext): Promise<number> {
  const { args, services, io, say, json, language } = context;
  const format = json ? 'json' : (valueOf(args, 'format') ?? 'table');
  const result = await services.analysis.getAnalysis(statsRequest(args));
  if (format === 'json') {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  const { library } = services;
  const names = new Map<string, string>();
  const taxonomy = await library.getTaxonomy();
  for (const tag of listTags(taxonomy)) {
    const sub = tag.id === tag.typeId ? '' : ` / ${tag.label[language] || tag.label.en}`;
    names.set(tag.id, `${tag.typeLabel[language] || tag.typeLabel.en}${sub}`);
  }
  for (const e of library.entities()) names.set(e.id, e.name[language] || e.name.en || e.name.ar);
  // Claim frames (`claim`) and their roles (`claim/claimant/actor`: frame, role, filler type) by label.
  for (const frame of taxonomy.frames ?? []) {
    names.set(frame.id, frame.label[language] || frame.label.en);
    for (const role of frame.roles)
      names.set(`${frame.id}/${role.id}`, role.label[language] || role.label.en);
  }
  const label = (key: string): string => {
    const [frame, role, type] = key.split('/');
    if (names.has(key) || type === undefined) return names.get(key) ?? key;
    return [frame ?? '', `${frame ?? ''}/${role ?? ''}`, type]
      .map((k) => names.get(k) ?? k.split('/').pop())
      .join(' / ');
  };
  const csv = format === 'csv';
  const rows = analysisTable(result, label, csv, say.undated());
  if (csv) {
    io.out(csvText(rows.map((row) => row.map(textCell))).replace(/\r\n$/u, ''));
    return 0;
  }
  if (result.view === 'actor-demand') io.out(say.pairedBy(result.scope, result.articlesWithoutClaims ?? 0));
  for (const row of rows) io.out(row.join('\t'));
  return 0;
}
