/**
 * The API handlers of claims (issue 18): list, create, update, delete and
 * restore one article's claims through the library. Plain values; the
 * dispatcher validates the arguments and builds the Result. Spread into createAppApi.
 */

import type { ApiHandlers } from '../../shared/ipc-contract';
import type { Library } from './library/library';

export type ClaimsApiMethods =
  'listClaims' | 'createClaim' | 'updateClaim' | 'deleteClaims' | 'restoreClaims';

/** The handlers of the claims methods over `library`. */
export function createClaimsApi(library: Library): Pick<ApiHandlers, ClaimsApiMethods> {
  return {
    listClaims: (articleId) => library.listClaims(articleId),
    createClaim: (input) => library.createClaim(input),
    updateClaim: (articleId, id, patch) => library.updateClaim(articleId, id, patch),
    deleteClaims: async (articleId, ids) => {
      await library.deleteClaims(articleId, ids);
      return null;
    },
    restoreClaims: (articleId, claims) => library.restoreClaims(articleId, claims),
  };
}
