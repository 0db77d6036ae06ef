/**
 * Co-occurrence, the alternative to claims in "who demands what": an actor and
 * a demand (or an event) are paired when annotations of both start in the
 * same sentence, or the same paragraph, of an article. A pairing counts
 * units (sentences or paragraphs), not annotation pairs: two mentions of the
 * same actor beside one demand in one sentence count once. Claims (issue 18)
 * pair them explicitly (claim-queries.ts).
 */

import type { ActorInfo, ActorRef, PairingScope } from '../../../shared/analysis-types';
import { AppFailure } from '../../../shared/result';
import type { ArticleSlice } from './analysis-filter';
import { actorRefOf, type AnalysisRow } from './analysis-rows';

/** One sentence or paragraph holding rows of both sides. */
export interface PairedUnit {
  slice: ArticleSlice;
  actors: AnalysisRow[];
  others: AnalysisRow[];
}

/** Throws unless `scope` is a co-occurrence (claims are paired in claim-queries.ts, not by units). */
export function assertCoOccurrence(scope: PairingScope): asserts scope is 'sentence' | 'paragraph' {
  if (scope === 'claims') {
    throw new AppFailure(
      'invalid-argument',
      'Pair by sentence or paragraph here: an actor profile takes its addressees from claims itself',
      { field: 'scope' },
    );
  }
}

/** Every unit (by `scope`) of the slices holding at least one row of each side. */
export function pairedUnits(
  slices: readonly ArticleSlice[],
  scope: PairingScope,
  isActor: (row: AnalysisRow) => boolean,
  isOther: (row: AnalysisRow) => boolean,
): PairedUnit[] {
  assertCoOccurrence(scope);
  const out: PairedUnit[] = [];
  const unitOf = scope === 'sentence' ? (r: AnalysisRow) => r.sentence : (r: AnalysisRow) => r.block;
  for (const slice of slices) {
    // Rows come in text order (rowsOf sorts them), so a unit's rows are consecutive.
    let unit = -1;
    let actors: AnalysisRow[] = [];
    let others: AnalysisRow[] = [];
    const flush = () => {
      if (actors.length > 0 && others.length > 0) out.push({ slice, actors, others });
      if (actors.length > 0) actors = [];
      if (others.length > 0) others = [];
    };
    for (const row of slice.rows) {
      const actor = isActor(row);
      if (!actor && !isOther(row)) continue;
      const key = unitOf(row);
      if (key !== unit) {
        flush();
        unit = key;
      }
      (actor ? actors : others).push(row);
    }
    flush();
  }
  return out;
}

/** The actor `ref` names, as the views show it: by its entity id, or by its quote. */
export function actorInfo(ref: ActorRef): ActorInfo {
  return 'entityId' in ref ? { ref, label: ref.entityId, entityId: ref.entityId } : { ref, label: ref.quote };
}

/** The actor a row stands for, named by its entity or by its quote as written there. */
export const actorInfoOf = (row: AnalysisRow): ActorInfo => actorInfo(actorRefOf(row));

/** Increments `map[key]` by one. */
export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Entries of a count map, most first, ties by key. */
export function byCount<K extends string>(map: ReadonlyMap<K, number>): [K, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
