/**
 * The part of the IPC contract (ipc-contract.ts) for adjudication (issue 20):
 * the coders in the library, opening an adjudication (agreed units copied
 * into the gold coder's layer) and deciding one disagreement. Undo sends the
 * previous decision back through decideAdjudication.
 */

import type {
  AdjudicationSession,
  AdjudicationSetup,
  AdjudicationState,
  CoderSummary,
  DecideRequest,
  DecideResult,
} from './adjudication/adjudication-types';
import type { Result } from './result';

export interface AdjudicationApi {
  /** Every coder with annotations in a listed article, and who coded each article. */
  listCoders(): Promise<Result<CoderSummary>>;
  /** The adjudications saved in the library (to resume one). */
  listAdjudications(): Promise<Result<AdjudicationSession[]>>;
  /** Opens or resumes an adjudication: copies agreed units into gold, lists the disagreements with their decisions. */
  openAdjudication(setup: AdjudicationSetup): Promise<Result<AdjudicationState>>;
  /** Decides one disagreement (null takes the decision back); resolves once gold and the decision are on disk. */
  decideAdjudication(request: DecideRequest): Promise<Result<DecideResult>>;
}

/** The methods of AdjudicationApi, for API_METHODS. */
export const ADJUDICATION_API_METHODS = [
  'listCoders',
  'listAdjudications',
  'openAdjudication',
  'decideAdjudication',
] as const;
