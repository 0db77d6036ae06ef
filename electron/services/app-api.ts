/**
 * The HamishApi implementation behind IPC (and the Chromium test harness):
 * each method calls the library, the dialogs or the preferences and resolves
 * to a Result. Arguments are validated before they get here (api-dispatch).
 */

import type { HamishApi } from '../../shared/ipc-contract';
import { exportFileName } from '../../shared/export-format';
import type { Preferences, UiLanguage } from '../../shared/preferences';
import type { Library } from './library/library';
import { createLibraryApi, type LibraryApiDeps } from './library-api';
import { readTextFile } from './text-file';
import { attempt } from './to-result';

/** What the API needs from its host (Electron main, or the test harness). */
export interface AppApiDeps {
  library: Library;
  dialogs: LibraryApiDeps['dialogs'] & {
    /** Asks the user for a text file to import; null when cancelled. */
    chooseTextFile(): Promise<string | null>;
    /** Asks the user where to save an export, proposing `defaultName`; null when cancelled. */
    chooseExportPath(defaultName: string): Promise<string | null>;
  };
  /** Pushes events to the renderer (import progress). */
  events?: LibraryApiDeps['events'];
  preferences: {
    get(): Preferences;
    setLanguage(language: UiLanguage): Preferences;
  };
  /** Application name and version written into exports. */
  generator: string;
}

/** Builds the API object; every method resolves to a Result and never rejects. */
export function createAppApi(deps: AppApiDeps): HamishApi {
  const { library, dialogs, preferences, generator } = deps;
  return {
    listArticles: () => attempt(() => library.listArticles()),
    getArticle: (id) => attempt(() => library.getArticle(id)),
    addArticle: (input) => attempt(() => library.addArticle(input)),
    deleteArticle: (id) =>
      attempt(async () => {
        await library.deleteArticle(id);
        return null;
      }),
    listAnnotations: (articleId) => attempt(() => library.listAnnotations(articleId)),
    createAnnotation: (input) => attempt(() => library.createAnnotation(input)),
    updateAnnotation: (articleId, id, patch) => attempt(() => library.updateAnnotation(articleId, id, patch)),
    deleteAnnotation: (articleId, id) =>
      attempt(async () => {
        await library.deleteAnnotation(articleId, id);
        return null;
      }),
    getTaxonomy: () => attempt(() => library.getTaxonomy()),
    openTextFile: () =>
      attempt(async () => {
        const path = await dialogs.chooseTextFile();
        return path === null ? null : readTextFile(path);
      }),
    exportAnnotations: (articleId) =>
      attempt(async () => {
        // Fails with not-found before any dialog opens.
        const { meta } = await library.getArticle(articleId);
        const path = await dialogs.chooseExportPath(exportFileName(meta.title));
        if (path === null) return null;
        await library.exportAnnotations(articleId, path, generator);
        return { path };
      }),
    getPreferences: () => attempt(() => preferences.get()),
    setLanguage: (language) => attempt(() => preferences.setLanguage(language)),
    ...createLibraryApi(deps),
  };
}
