/**
 * The API handlers behind IPC (and the Chromium test harness): each method
 * calls the services, the dialogs or the preferences and returns a plain
 * value or throws; api-dispatch validates the arguments before and builds
 * the Result after.
 */

import { memoryCoder, type CoderPreference } from './coder-preference';
import type { ApiHandlers } from '../../shared/ipc-contract';
import { defaultExportName, type ExportFormat } from '../../shared/export/export-request';
import { exportFileName } from '../../shared/export-format';
import type { Preferences, UiLanguage } from '../../shared/preferences';
import { AppFailure } from '../../shared/result';
import type { ChartFileKind } from '../../shared/schema/chart-export-schema';
import type { AgreementFileKind } from '../../shared/schema/agreement-schema';
import { saveAgreementReport } from './agreement/agreement-export';
import { saveChartFile } from './analysis/chart-file';
import { createAdjudicationApi } from './adjudication-api';
import { createClaimsApi } from './claims-api';
import { createLibraryApi, type LibraryApiDeps } from './library-api';
import type { Services } from './services';
import { readPickedText } from './import/picked-text';
import { previewQdpxFile } from './exchange/refi/refi-import';
import { detectForeignFormat, previewForeignFile } from './transfer/foreign/foreign-preview';
import { withFileKind } from './transfer/file-kind';

/** What the API needs from its host (Electron main, or the test harness). */
export interface AppApiDeps {
  /** The services over the open library (createServices). */
  services: Services;
  dialogs: LibraryApiDeps['dialogs'] & {
    /** Asks the user for a text file to import; null when cancelled. */
    chooseTextFile(): Promise<string | null>;
    /** Asks the user where to save an export, proposing `defaultName`; null when cancelled. */
    chooseExportPath(defaultName: string): Promise<string | null>;
    /** Asks where to write an export of `format` (brat: a folder to create), proposing `defaultName`; null when cancelled. */
    chooseExportTarget?(defaultName: string, format: ExportFormat): Promise<string | null>;
    /** Asks where to save a chart export of `kind`, proposing `defaultName`; null when cancelled. */
    chooseChartPath?(defaultName: string, kind: ChartFileKind): Promise<string | null>;
    /** Asks where to save the agreement report as `kind`, proposing `defaultName`; null when cancelled. */
    chooseReportPath?(defaultName: string, kind: AgreementFileKind): Promise<string | null>;
    /** Asks the user for a Hamish JSON file to import; null when cancelled. */
    chooseImportFile?(): Promise<string | null>;
    /** Asks the user for a REFI-QDA project (.qdpx) to import; null when cancelled. */
    chooseQdpxFile?(): Promise<string | null>;
    /** Asks the user for another annotator's file (brat, W3C, Label Studio, doccano, CoNLL); null when cancelled. */
    chooseForeignFile?(): Promise<string | null>;
  };
  preferences: {
    get(): Preferences;
    setLanguage(language: UiLanguage): Preferences;
  };
  /** The local coder (issue 20): the same preference the library records on what it creates (default: kept in memory). */
  coder?: CoderPreference;
  /** The corrupt preferences file kept aside at start (absolute path), if any. */
  preferencesSetAside?: string | null;
}

/** Hosts without the export/import dialogs (optional, for older hosts) refuse those methods. */
function missingDialog(): Promise<string | null> {
  return Promise.reject(new AppFailure('internal', 'This host has no export or import dialog'));
}

/** Builds the handlers of every contract method. */
export function createAppApi(deps: AppApiDeps): ApiHandlers {
  const { services, dialogs, preferences } = deps;
  const { library, exporter } = services;
  const coder = deps.coder ?? memoryCoder();
  return {
    listArticles: () => library.listArticles(),
    getArticle: (id) => library.getArticle(id),
    addArticle: (input) => library.addArticle(input),
    listAnnotations: (articleId) => library.listAnnotations(articleId),
    takeAnchorMoves: (articleId) => library.takeAnchorMoves(articleId),
    createAnnotation: (input) => library.createAnnotation(input),
    updateAnnotation: (articleId, id, patch, claims) =>
      library.updateAnnotation(articleId, id, patch, claims),
    deleteAnnotation: async (articleId, id, claims) => {
      await library.deleteAnnotation(articleId, id, claims);
      return null;
    },
    ...createClaimsApi(library),
    ...createAdjudicationApi(services.adjudication),
    getTaxonomy: () => library.getTaxonomy(),
    createAnnotations: (articleId, inputs) => library.createAnnotations(articleId, inputs),
    restoreAnnotations: (articleId, annotations) => library.restoreAnnotations(articleId, annotations),
    deleteAnnotations: async (articleId, ids, claims) => {
      await library.deleteAnnotations(articleId, ids, claims);
      return null;
    },
    saveTaxonomy: (taxonomy, reassign, claims, expected) =>
      library.saveTaxonomy(taxonomy, reassign, claims ?? undefined, expected),
    undoSchemeSave: (version) => library.undoSchemeSave(version),
    countTagUses: () => library.countTagUses(),
    previewTwinMerges: (reassign) => library.previewTwinMerges(reassign),
    listEntities: () => library.listEntities(),
    saveEntity: (input) => library.saveEntity(input),
    deleteEntity: async (id) => {
      await library.deleteEntity(id);
      return null;
    },
    openTextFile: async () => {
      const path = await dialogs.chooseTextFile();
      return path === null ? null : readPickedText(path);
    },
    exportAnnotations: async (articleId) => {
      // Fails with not-found before any dialog opens.
      const { meta } = await library.getArticle(articleId);
      const path = await dialogs.chooseExportPath(exportFileName(meta.title));
      if (path === null) return null;
      await exporter.writeArticle(articleId, path);
      return { path };
    },
    exportLibrary: async (request) => {
      // Unknown ids fail with not-found before any dialog opens.
      const titles = request.articleIds
        ? await Promise.all(request.articleIds.map(async (id) => (await library.getArticle(id)).meta.title))
        : (await library.listArticles()).map((m) => m.title);
      const name = defaultExportName(request.format, titles);
      const path = await (dialogs.chooseExportTarget ?? missingDialog)(name, request.format);
      return path === null ? null : exporter.write(request, path);
    },
    importAnnotations: async (onConflict, layer) => {
      const path = await (dialogs.chooseImportFile ?? missingDialog)();
      // A file of another kind (a .qdpx, a CSV, a web page…) is refused naming that kind (file-kind.ts).
      return path === null
        ? null
        : services.transfers.importFile(path, onConflict, layer).catch(withFileKind(path));
    },
    previewQdpx: async () => {
      const path = await (dialogs.chooseQdpxFile ?? missingDialog)();
      return path === null ? null : previewQdpxFile(library, path);
    },
    importQdpx: (path, choices, onConflict) => services.transfers.importQdpx(path, onConflict, choices),
    chooseForeignFile: async () => {
      const path = await (dialogs.chooseForeignFile ?? missingDialog)();
      return path === null ? null : { path, format: await detectForeignFormat(path) };
    },
    previewForeign: (path, format) => previewForeignFile(library, path, format),
    importForeign: (path, format, labels, onConflict) =>
      services.transfers.importForeign(path, format, onConflict, labels),
    saveChartFile: (file) =>
      saveChartFile(file, (name, kind) => (dialogs.chooseChartPath ?? missingDialog)(name, kind)),
    listAgreementCoders: (articles) => services.agreement.coders(articles),
    getAgreement: (request) => services.agreement.report(request),
    saveAgreementReport: async (request, kind, language) =>
      saveAgreementReport(
        services.agreement,
        await library.getTaxonomy(),
        request,
        kind,
        language,
        (name, k) => (dialogs.chooseReportPath ?? missingDialog)(name, k),
      ),
    getPreferences: () => preferences.get(),
    setLanguage: (language) => preferences.setLanguage(language),
    getCoder: () => coder.setting(),
    setCoder: (name) => coder.set(name),
    getStartupReport: () => ({
      ...library.startupReport(),
      preferencesSetAside: deps.preferencesSetAside ?? null,
    }),
    adoptArticle: (id) => library.adoptArticle(id),
    listBackups: () => library.listBackups(),
    restoreBackup: (name) => library.restoreBackup(name),
    ...createLibraryApi(deps),
  };
}
