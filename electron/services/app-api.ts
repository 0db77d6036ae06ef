/**
 * The HamishApi implementation behind IPC (and the Chromium test harness):
 * each method calls the library, the dialogs or the preferences and resolves
 * to a Result. Arguments are validated before they get here (api-dispatch).
 */

import type { HamishApi } from '../../shared/ipc-contract';
import { defaultExportName, type ExportFormat } from '../../shared/export/export-request';
import { exportFileName, safeFileStem } from '../../shared/export-format';
import { writeExport } from './export/export-service';
import { importAnnotationsFile } from './export/import-service';
import type { Preferences, UiLanguage } from '../../shared/preferences';
import { AppFailure } from '../../shared/result';
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
    /** Asks where to write an export of `format` (brat: a folder to create), proposing `defaultName`; null when cancelled. */
    chooseExportTarget?(defaultName: string, format: ExportFormat): Promise<string | null>;
    /** Asks the user for a Hamish JSON file to import; null when cancelled. */
    chooseImportFile?(): Promise<string | null>;
  };
  /** Pushes events to the renderer (import progress). */
  events?: LibraryApiDeps['events'];
  preferences: {
    get(): Preferences;
    setLanguage(language: UiLanguage): Preferences;
  };
  /** Application name and version written into exports. */
  generator: string;
  /** The corrupt preferences file kept aside at start (absolute path), if any. */
  preferencesSetAside?: string | null;
}

/** Hosts without the export/import dialogs (optional, for older hosts) refuse those methods. */
function missingDialog(): Promise<string | null> {
  return Promise.reject(new AppFailure('internal', 'This host has no export or import dialog'));
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
    takeAnchorMoves: (articleId) => attempt(() => library.takeAnchorMoves(articleId)),
    createAnnotation: (input) => attempt(() => library.createAnnotation(input)),
    updateAnnotation: (articleId, id, patch) => attempt(() => library.updateAnnotation(articleId, id, patch)),
    deleteAnnotation: (articleId, id) =>
      attempt(async () => {
        await library.deleteAnnotation(articleId, id);
        return null;
      }),
    getTaxonomy: () => attempt(() => library.getTaxonomy()),
    createAnnotations: (articleId, inputs) => attempt(() => library.createAnnotations(articleId, inputs)),
    restoreAnnotations: (articleId, annotations) =>
      attempt(() => library.restoreAnnotations(articleId, annotations)),
    deleteAnnotations: (articleId, ids) =>
      attempt(async () => {
        await library.deleteAnnotations(articleId, ids);
        return null;
      }),
    saveTaxonomy: (taxonomy, reassign) => attempt(() => library.saveTaxonomy(taxonomy, reassign)),
    countTagUses: () => attempt(() => library.countTagUses()),
    listEntities: () => attempt(() => library.listEntities()),
    saveEntity: (input) => attempt(() => library.saveEntity(input)),
    deleteEntity: (id) =>
      attempt(async () => {
        await library.deleteEntity(id);
        return null;
      }),
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
    exportLibrary: (request) =>
      attempt(async () => {
        // Unknown ids fail with not-found before any dialog opens.
        const titles = request.articleIds
          ? await Promise.all(request.articleIds.map(async (id) => (await library.getArticle(id)).meta.title))
          : (await library.listArticles()).map((m) => m.title);
        const name = defaultExportName(request.format, titles, safeFileStem);
        const path = await (dialogs.chooseExportTarget ?? missingDialog)(name, request.format);
        return path === null ? null : writeExport(library, request, path, generator);
      }),
    importAnnotations: (onConflict) =>
      attempt(async () => {
        const path = await (dialogs.chooseImportFile ?? missingDialog)();
        return path === null ? null : importAnnotationsFile(library, path, onConflict);
      }),
    getPreferences: () => attempt(() => preferences.get()),
    setLanguage: (language) => attempt(() => preferences.setLanguage(language)),
    getStartupReport: () =>
      attempt(() => ({ ...library.startupReport(), preferencesSetAside: deps.preferencesSetAside ?? null })),
    listBackups: () => attempt(() => library.listBackups()),
    restoreBackup: (name) => attempt(() => library.restoreBackup(name)),
    ...createLibraryApi(deps),
  };
}
