/**
 * The API handlers of adjudication (issue 20) over the services'
 * AdjudicationService. Plain values; the dispatcher validates the arguments
 * and builds the Result. Spread into createAppApi.
 */

import type { ApiHandlers } from '../../shared/ipc-contract';
import type { AdjudicationService } from './adjudication/adjudication-service';

export type AdjudicationApiMethods =
  'listCoders' | 'listAdjudications' | 'openAdjudication' | 'decideAdjudication' | 'setAgreedCopy';

/** The handlers of the adjudication methods over `adjudication`. */
export function createAdjudicationApi(
  adjudication: AdjudicationService,
): Pick<ApiHandlers, AdjudicationApiMethods> {
  return {
    listCoders: () => adjudication.coders(),
    listAdjudications: () => adjudication.store.sessions(),
    openAdjudication: (setup) => adjudication.open(setup),
    decideAdjudication: (request) => adjudication.decide(request),
    setAgreedCopy: (request) => adjudication.setAgreedCopy(request),
  };
}
