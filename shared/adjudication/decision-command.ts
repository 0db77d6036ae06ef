/**
 * The undo step of one adjudication decision, for the window's one undo
 * history (shared/undo-history.ts): undo sends the decision it replaced back
 * (none: the unit is undecided again, its gold annotations removed), redo
 * sends the decision again. Main replaces the unit's gold annotations each time.
 */

import type { HamishApi } from '../ipc-contract';
import type { Result } from '../result';
import type { UndoCommand } from '../undo-history';
import type { Decision, DecideRequest } from './adjudication-types';

/** The label of every adjudication step (the app keeps the adjudication view open for it). */
export const ADJUDICATE_LABEL = 'adjudicate';

/**
 * The step of `request` (the decision made) in article `articleId`, which
 * replaced `previous` (null: the unit was undecided).
 */
export function decisionCommand(
  api: Pick<HamishApi, 'decideAdjudication'>,
  articleId: string,
  request: DecideRequest,
  previous: Decision | null,
): UndoCommand {
  const send = (decision: Decision | null): Promise<Result<unknown>> =>
    api.decideAdjudication({ ...request, decision });
  return {
    articleId,
    label: ADJUDICATE_LABEL,
    undo: () => send(previous),
    redo: () => send(request.decision),
  };
}
