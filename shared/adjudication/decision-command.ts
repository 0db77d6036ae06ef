/**
 * The undo steps of adjudication: the copy of the agreed units (one step:
 * undo removes every copy, redo copies them again), and one decision, for the window's one undo
 * history (shared/undo-history.ts): undo sends the decision it replaced back
 * (none: the unit is undecided again, its gold annotations removed), redo
 * sends the decision again. Main replaces the unit's gold annotations each time.
 */

import type { HamishApi } from '../ipc-contract';
import type { Result } from '../result';
import type { UndoCommand } from '../undo-history';
import type { AdjudicationSetup, Decision, DecideRequest } from './adjudication-types';

/** The label of every adjudication decision step. */
export const ADJUDICATE_LABEL = 'adjudicate';
/** The label of the agreed units' copy step. */
export const COPY_AGREED_LABEL = 'copyAgreed';
/** The labels of adjudication's steps (the app keeps the adjudication view open for them). */
export const ADJUDICATION_LABELS: readonly string[] = [ADJUDICATE_LABEL, COPY_AGREED_LABEL];

/** The step of the copy of `setup`'s agreed units into gold (made when the adjudication was opened). */
export function copyAgreedCommand(
  api: Pick<HamishApi, 'setAgreedCopy'>,
  setup: AdjudicationSetup,
): UndoCommand {
  const send = (copy: boolean): Promise<Result<unknown>> =>
    api.setAgreedCopy({ coderA: setup.coderA, coderB: setup.coderB, gold: setup.gold, copy });
  return {
    articleId: setup.articleIds[0] ?? '',
    label: COPY_AGREED_LABEL,
    undo: () => send(false),
    redo: () => send(true),
  };
}

/**
 * The step of `request` (the decision made) in article `articleId`, which
 * replaced `previous` (null: the unit was undecided). When `restorable` (a
 * decision of a unit that is gone was taken back), undo asks main to put that
 * decision back as it was (DecideRequest.restore): the unit cannot be decided again.
 */
export function decisionCommand(
  api: Pick<HamishApi, 'decideAdjudication'>,
  articleId: string,
  request: DecideRequest,
  previous: Decision | null,
  restorable = false,
): UndoCommand {
  const send = (decision: Decision | null): Promise<Result<unknown>> =>
    api.decideAdjudication({ ...request, decision });
  return {
    articleId,
    label: ADJUDICATE_LABEL,
    undo: () =>
      restorable ? api.decideAdjudication({ ...request, decision: null, restore: true }) : send(previous),
    redo: () => send(request.decision),
  };
}
