/**
 * The API methods of the library feature (issue "a library of real
 * articles"): paged queries, metadata and status edits, the trash, batch
 * import with progress, and search. Spread into createAppApi.
 */

import type { HamishApi } from '../../shared/ipc-contract';
import type { ImportProgress } from '../../shared/import-types';
import { queryArticles } from '../../shared/library-query';
import { AppFailure } from '../../shared/result';
import { ImportRunner } from './import/import-runner';
import type { Library } from './library/library';
import { SearchIndex } from './search/search-index';
import { attempt } from './to-result';

export type LibraryApiMethods =
  | 'queryArticles'
  | 'updateArticleMeta'
  | 'trashArticle'
  | 'restoreArticle'
  | 'emptyTrash'
  | 'importFiles'
  | 'importFolder'
  | 'importPaths'
  | 'cancelImport'
  | 'search';

export interface LibraryApiDeps {
  library: Library;
  dialogs: {
    /** Asks for files to import (several allowed); null when cancelled. */
    chooseImportFiles?(): Promise<string[] | null>;
    /** Asks for a folder to import; null when cancelled. */
    chooseImportFolder?(): Promise<string | null>;
  };
  events?: {
    /** Pushes import progress to the renderer. */
    importProgress(progress: ImportProgress): void;
  };
}

function noDialog(): never {
  throw new AppFailure('internal', 'This host has no file dialog');
}

export function createLibraryApi(deps: LibraryApiDeps): Pick<HamishApi, LibraryApiMethods> {
  const { library, dialogs } = deps;
  const search = SearchIndex.attach(library);
  const runner = new ImportRunner(library, (progress) => deps.events?.importProgress(progress));
  return {
    queryArticles: (query) => attempt(() => queryArticles(library.allMeta(), query)),
    updateArticleMeta: (id, patch) => attempt(() => library.updateMeta(id, patch)),
    trashArticle: (id) => attempt(() => library.trashArticle(id)),
    restoreArticle: (id) => attempt(() => library.restoreArticle(id)),
    emptyTrash: () => attempt(async () => ({ deleted: await library.emptyTrash() })),
    importFiles: () =>
      attempt(async () => {
        const paths = await (dialogs.chooseImportFiles ?? noDialog)();
        return paths && paths.length > 0 ? runner.importPaths(paths) : null;
      }),
    importFolder: () =>
      attempt(async () => {
        const dir = await (dialogs.chooseImportFolder ?? noDialog)();
        return dir === null ? null : runner.importFolder(dir);
      }),
    importPaths: (paths) => attempt(() => runner.importPaths(paths)),
    cancelImport: () =>
      attempt(() => {
        runner.cancel();
        return null;
      }),
    search: (query, limit) => attempt(() => search.search(query, limit)),
  };
}
