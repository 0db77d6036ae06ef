/**
 * The API handlers of the library feature (issue "a library of real
 * articles"): paged queries, metadata and status edits, the trash, batch
 * import (progress goes out through `services.imports.onProgress`), and
 * search (entity names too), mentions across the library, and the analysis
 * views' numbers with the mentions behind them. Plain values; the dispatcher builds the Result. Spread into createAppApi.
 */

import type { ApiHandlers } from '../../shared/ipc-contract';
import { AppFailure } from '../../shared/result';
import { findLibraryMentions, listEntityMentions, tagLibraryMentions } from './mentions/library-mentions';
import { searchWithEntities } from './search/entity-search';
import type { Services } from './services';

export type LibraryApiMethods =
  | 'queryArticles'
  | 'updateArticleMeta'
  | 'trashArticle'
  | 'restoreArticle'
  | 'emptyTrash'
  | 'importFiles'
  | 'importFolder'
  | 'importPaths'
  | 'listedArticleIds'
  | 'cancelImport'
  | 'resolveDuplicate'
  | 'search'
  | 'findLibraryMentions'
  | 'tagLibraryMentions'
  | 'listEntityMentions'
  | 'getAnalysis'
  | 'listAnalysisMentions';

export interface LibraryApiDeps {
  services: Services;
  dialogs: {
    /** Asks for files to import (several allowed); null when cancelled. */
    chooseImportFiles?(): Promise<string[] | null>;
    /** Asks for a folder to import; null when cancelled. */
    chooseImportFolder?(): Promise<string | null>;
  };
}

function noDialog(): never {
  throw new AppFailure('internal', 'This host has no file dialog');
}

/** The handlers of the library feature's methods over `deps.services`. */
export function createLibraryApi(deps: LibraryApiDeps): Pick<ApiHandlers, LibraryApiMethods> {
  const { services, dialogs } = deps;
  const { library, imports } = services;
  return {
    queryArticles: (query) => library.queryArticles(query),
    updateArticleMeta: (id, patch) => library.updateMeta(id, patch),
    trashArticle: (id) => library.trashArticle(id),
    restoreArticle: (id) => library.restoreArticle(id),
    emptyTrash: async () => ({ deleted: await library.emptyTrash() }),
    importFiles: async () => {
      const paths = await (dialogs.chooseImportFiles ?? noDialog)();
      return paths && paths.length > 0 ? imports.importPaths(paths) : null;
    },
    importFolder: async () => {
      const dir = await (dialogs.chooseImportFolder ?? noDialog)();
      return dir === null ? null : imports.importFolder(dir);
    },
    importPaths: (paths) => imports.importPaths(paths),
    // An import report asks which of its articles are still listed: a few ids, never the whole list.
    listedArticleIds: (ids) =>
      ids.filter((id) => {
        const meta = library.getMeta(id);
        return meta !== undefined && !meta.deletedAt;
      }),
    cancelImport: () => {
      imports.cancel();
      services.transfers.cancel();
      return null;
    },
    resolveDuplicate: (pendingId, choice) => imports.resolveDuplicate(pendingId, choice),
    search: (query, limit) => searchWithEntities(services, query, limit),
    findLibraryMentions: (query) => findLibraryMentions(services, query),
    tagLibraryMentions: (request) => tagLibraryMentions(services, request),
    listEntityMentions: (id) => listEntityMentions(services, id),
    getAnalysis: (request) => services.analysis.getAnalysis(request),
    listAnalysisMentions: (request) => services.analysis.listMentions(request),
  };
}
