/**
 * The part of the IPC contract (ipc-contract.ts) for adjudication (issue 20):
 * the coders in the library, opening an adjudication (agreed units copied
 * into the gold coder's layer) and deciding one disagreement. Undo sends the
 * previous decision back through decideAdjudication.
 */

import type {
  AgreedCopyRequest,
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
  /** Undoes (copy false) or redoes (true) the copy of the agreed units into gold, as one step; resolves to the state. */
  setAgreedCopy(request: AgreedCopyRequest): Promise<Result<AdjudicationState>>;
}

/** The methods of AdjudicationApi, for API_METHODS. */
export const ADJUDICATION_API_METHODS = [
  'listCoders',
  'listAdjudications',
  'openAdjudication',
  'decideAdjudication',
  'setAgreedCopy',
] as const;
