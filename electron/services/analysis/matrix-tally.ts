/**
 * The tally behind an actor × demand matrix, whatever pairs them: each unit
 * (a sentence, a paragraph, or a claim) adds one to every pair of a
 * distinct actor in it and a distinct demand tag in it; the result ranks
 * actors and demands by their totals, keeps the first `limit` actors and
 * gives each non-zero cell the cell that lists its mentions.
 */

import {
  DEFAULT_MATRIX_ACTORS,
  type ActorDemandResult,
  type AnalysisCell,
  type AnalysisRequest,
} from '../../../shared/analysis-types';
import { actorInfoOf, bump, byCount } from './analysis-pairing';
import type { AnalysisRow } from './analysis-rows';

type MatrixRequest = Extract<AnalysisRequest, { view: 'actor-demand' }>;

export class MatrixTally {
  private readonly cells = new Map<string, Map<string, number>>();
  private readonly actorRow = new Map<string, AnalysisRow>();
  private readonly actorTotals = new Map<string, number>();
  private readonly demandTotals = new Map<string, number>();

  /** Counts one unit: its actors' rows (an actor twice counts once) × its demand tags. */
  add(actors: readonly AnalysisRow[], demands: ReadonlySet<string>): void {
    for (const row of actors) if (!this.actorRow.has(row.actorKey)) this.actorRow.set(row.actorKey, row);
    for (const actor of new Set(actors.map((r) => r.actorKey))) {
      const line = this.cells.get(actor) ?? new Map<string, number>();
      this.cells.set(actor, line);
      for (const tag of demands) {
        bump(line, tag);
        bump(this.actorTotals, actor);
        bump(this.demandTotals, tag);
      }
    }
  }

  /** The matrix of what was added, for `request` (its scope, roles and limit). */
  result(request: MatrixRequest): ActorDemandResult {
    const { scope } = request;
    const ranked = byCount(this.actorTotals).slice(0, request.limit ?? DEFAULT_MATRIX_ACTORS);
    const actors = ranked.map(([key, total]) => ({
      ...actorInfoOf(this.actorRow.get(key) as AnalysisRow),
      total,
    }));
    const demands = byCount(this.demandTotals).map(([tag, total]) => ({ tag, total }));
    const column = new Map(demands.map((d, i) => [d.tag, i]));
    const roles = {
      ...(request.actorType ? { actorType: request.actorType } : {}),
      ...(request.demandType ? { demandType: request.demandType } : {}),
    };
    const cells: ActorDemandResult['cells'] = [];
    actors.forEach((actor, i) => {
      for (const [tag, count] of this.cells.get(ranked[i]?.[0] ?? '') ?? []) {
        const cell: AnalysisCell = { kind: 'actor-demand', scope, actor: actor.ref, demand: tag, ...roles };
        cells.push({ actor: i, demand: column.get(tag) ?? -1, count, cell });
      }
    });
    return { view: 'actor-demand', scope, actors, actorCount: this.actorTotals.size, demands, cells };
  }
}
