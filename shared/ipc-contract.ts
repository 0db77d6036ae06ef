/**
 * The one IPC contract between renderer and main: every method the renderer
 * may invoke, with its argument and result types, and every event main
 * pushes to the renderer, with its payload type. Every method resolves to a
 * Result on the renderer's side; failures are values the UI shows, never
 * thrown across the bridge. Main implements the same methods as plain
 * handlers (ApiHandlers) and its one dispatcher builds the Result. Main
 * validates every argument at run time (see ipc-validation.ts).
 */

import type { AnalysisRequest, AnalysisResult, MentionsPage, MentionsRequest } from './analysis-types';
import type { AnchorMove } from './anchoring';
import type { ChartFile } from './schema/chart-export-schema';
import type { BackupInfo, RestoreResult } from './backups';
import type {
  AnnotationImportProgress,
  ConflictPolicy,
  ExportRequest,
  ExportSummary,
  ImportReport,
} from './export/export-request';
import type { CodeChoiceEntry, RefiImportReport, RefiPreview } from './export/refi-types';
import type * as Foreign from './export/foreign-import-types';
import type { MenuCommand } from './menu-commands';
import type { BatchImportReport, DuplicateChoice, DuplicateOutcome, ImportProgress } from './import-types';
import type { ArticlePage, ArticleQuery } from './library-query';
import type {
  EntityMention,
  LibraryMention,
  MentionQuery,
  MentionTagging,
  TaggedArticle,
} from './library-mentions';
import type {
  Annotation,
  Article,
  ArticleMeta,
  ArticleMetaPatch,
  Entity,
  EntityInput,
  EntitySummary,
  NewAnnotation,
  NewArticle,
} from './model';
import { CLAIMS_API_METHODS, type ClaimsApi } from './ipc-contract-claims';
import { ADJUDICATION_API_METHODS, type AdjudicationApi } from './ipc-contract-adjudication';
import { AGREEMENT_API_METHODS, type AgreementApi } from './ipc-contract-agreement';
import { CODERS_API_METHODS, type CodersApi } from './ipc-contract-coders';
import { SCHEME_API_METHODS, type SchemeApi } from './ipc-contract-scheme';
import type { SearchResponse } from './search-types';
import type { Preferences, UiLanguage } from './preferences';
import type { Result } from './result';
import type { StartupReport } from './startup-report';

/** A text file the user picked, read and decoded by main. */
export interface PickedTextFile {
  fileName: string;
  title: string;
  text: string;
}

export interface HamishApi extends ClaimsApi, CodersApi, SchemeApi, AgreementApi, AdjudicationApi {
  /** Lists the library's articles, most recently added first. */
  listArticles(): Promise<Result<ArticleMeta[]>>;
  /** Returns one article with its canonical text and blocks. */
  getArticle(id: string): Promise<Result<Article>>;
  /** Adds an article from plain text; the text becomes canonical and immutable. */
  addArticle(input: NewArticle): Promise<Result<ArticleMeta>>;
  /** Lists one article's annotations in text order. */
  listAnnotations(articleId: string): Promise<Result<Annotation[]>>;
  /** The annotations of the article that were re-attached elsewhere on load (quote found with context), each told once. */
  takeAnchorMoves(articleId: string): Promise<Result<AnchorMove[]>>;
  /** Creates an annotation; quote, prefix and suffix are taken from the canonical text. Resolves once it is on disk. */
  createAnnotation(input: NewAnnotation): Promise<Result<Annotation>>;
  /** Creates several annotations of one article in one write, all or none ("tag all mentions"). */
  createAnnotations(articleId: string, inputs: NewAnnotation[]): Promise<Result<Annotation[]>>;
  /** Puts annotations back exactly as they were, same ids (undo of a delete, redo of a create). */
  restoreAnnotations(articleId: string, annotations: Annotation[]): Promise<Result<Annotation[]>>;
  /** The library's entities with mention counts across the library. */
  listEntities(): Promise<Result<EntitySummary[]>>;
  /** Creates (no id) or updates (id) an entity. */
  saveEntity(input: EntityInput): Promise<Result<Entity>>;
  /** Deletes an entity; annotations linked to it are unlinked, not deleted. */
  deleteEntity(id: string): Promise<Result<null>>;
  /** Shows the system open dialog for a .txt file and returns its decoded text, or null if cancelled. */
  openTextFile(): Promise<Result<PickedTextFile | null>>;
  /** Shows the system save dialog and writes the article's annotations as Hamish JSON; null if cancelled. */
  exportAnnotations(articleId: string): Promise<Result<{ path: string } | null>>;
  /** Save dialog, then exports the requested articles (all when `articleIds` is absent) in the asked format; null if cancelled. */
  exportLibrary(request: ExportRequest): Promise<Result<ExportSummary | null>>;
  /** Open dialog for a Hamish JSON file, imported all-or-nothing (null if cancelled); progress as 'annotation-import-progress', cancelImport stops it before it writes; one at a time ('busy'); `layer`: add it as a coder layer (issue 20). */
  importAnnotations(
    onConflict: ConflictPolicy,
    layer?: { coder?: string },
  ): Promise<Result<ImportReport | null>>;
  /** Open dialog for a REFI-QDA .qdpx; its sources, users and each code's proposed tag; writes nothing; null if cancelled. */
  previewQdpx(): Promise<Result<RefiPreview | null>>;
  /** Imports the previewed .qdpx at `path` (chosen this session) with the user's code choices, all-or-nothing. */
  importQdpx(
    path: string,
    codes: CodeChoiceEntry[],
    policy: ConflictPolicy,
  ): Promise<Result<RefiImportReport>>;
  /** Open dialog for another annotator's file, with its format when its name or content tells it; null if cancelled. */
  chooseForeignFile(): Promise<Result<Foreign.ForeignFileChoice | null>>;
  /** Dry run of the chosen file (`path`, chosen this session) as `format`: counts, skipped items, each label's proposed tag. */
  previewForeign(path: string, format: Foreign.ForeignFormat): Promise<Result<Foreign.ForeignPreview>>;
  /** Imports the chosen file with the user's label choices under `policy`, all-or-nothing (progress and cancel as importAnnotations). */
  importForeign(
    path: string,
    format: Foreign.ForeignFormat,
    labels: Foreign.LabelChoice[],
    policy: ConflictPolicy,
  ): Promise<Result<Foreign.ForeignImportReport>>;
  /** Current preferences. */
  getPreferences(): Promise<Result<Preferences>>;
  /** Sets and persists the interface language. */
  setLanguage(language: UiLanguage): Promise<Result<Preferences>>;
  /** One page of the library (or the trash), filtered and sorted in main, with the filter menus' choices. */
  queryArticles(query: ArticleQuery): Promise<Result<ArticlePage>>;
  /** Edits an article's metadata or reading status; the text never changes. */
  updateArticleMeta(id: string, patch: ArticleMetaPatch): Promise<Result<ArticleMeta>>;
  /** Moves an article to the trash (out of the list and of search; restorable). */
  trashArticle(id: string): Promise<Result<ArticleMeta>>;
  /** Brings an article back from the trash. */
  restoreArticle(id: string): Promise<Result<ArticleMeta>>;
  /** Deletes every article in the trash, with its annotations, for good. */
  emptyTrash(): Promise<Result<{ deleted: number }>>;
  /** Shows the system dialog for .txt/.md/.html files and imports them; null if cancelled. Progress is pushed as 'import-progress'. */
  importFiles(): Promise<Result<BatchImportReport | null>>;
  /** Shows the system folder dialog and imports every supported file under it; null if cancelled. */
  importFolder(): Promise<Result<BatchImportReport | null>>;
  /** Imports files dropped on the window (absolute paths from the preload's pathForFile). */
  importPaths(paths: string[]): Promise<Result<BatchImportReport>>;
  /** Which of `ids` (an import report's, at most MAX_IMPORT_FILES) the list holds now, not trashed, in their order. */
  listedArticleIds(ids: string[]): Promise<Result<string[]>>;
  /** Stops the running batch import after the current file (reported cancelled), an annotation import before it writes. */
  cancelImport(): Promise<Result<null>>;
  /** Applies skip, keep both or replace to a likely duplicate of the last batch (`pendingId`), once; else not-found. */
  resolveDuplicate(pendingId: string, choice: DuplicateChoice): Promise<Result<DuplicateOutcome>>;
  /**
   * Full-text search over titles and texts (Arabic spelling variants match), ranked, with passages;
   * a query naming an entity (any of its names or aliases, any script) also finds its other names.
   */
  search(query: string, limit?: number): Promise<Result<SearchResponse>>;
  /** Untagged whole-word mentions of phrases (and an entity's names) in every live article, each with its passage. */
  findLibraryMentions(query: MentionQuery): Promise<Result<LibraryMention[]>>;
  /** Tags mentions in several articles with one tag (and entity): all or none; the created annotations by article. */
  tagLibraryMentions(request: MentionTagging): Promise<Result<TaggedArticle[]>>;
  /** The annotations linked to an entity across the library, each with its article and passage. */
  listEntityMentions(entityId: string): Promise<Result<EntityMention[]>>;
  /** One analysis view's numbers over the filtered library (analysis-types.ts); each number carries its cell. */
  getAnalysis(request: AnalysisRequest): Promise<Result<AnalysisResult>>;
  /** One page of the annotations behind a number (its cell), each with its article, span and passage. */
  listAnalysisMentions(request: MentionsRequest): Promise<Result<MentionsPage>>;
  /** Checks a chart export (SVG, PNG as base64, CSV), then save dialog and write; null if cancelled. */
  saveChartFile(file: ChartFile): Promise<Result<{ path: string } | null>>;
  /** What the start-up check did: temp files removed, damaged files quarantined (with the article affected), preferences set aside. */
  getStartupReport(): Promise<Result<StartupReport>>;
  /**
   * Lists articles/<id>.json, an article text the start-up check reported as unknown (StartupReport.unknownFiles);
   * 'duplicate' when already listed or its text is, 'not-found' without such a file, 'file-damaged' when invalid.
   */
  adoptArticle(id: string): Promise<Result<ArticleMeta>>;
  /** The library's rolling backups (daily, and those made before a restore), newest first. */
  listBackups(): Promise<Result<BackupInfo[]>>;
  /** Restores a backup by name; the current state is backed up first, so nothing is lost. */
  restoreBackup(name: string): Promise<Result<RestoreResult>>;
}

export type ApiMethod = keyof HamishApi;

/** What a method's Result carries when it succeeds. */
export type ApiValue<M extends ApiMethod> =
  Awaited<ReturnType<HamishApi[M]>> extends Result<infer T> ? T : never;

/**
 * Main's side of the contract: each method takes the same arguments and
 * resolves to its plain value, or throws (an AppFailure for a user error);
 * the dispatcher (electron/services/api-dispatch.ts) turns that into the Result.
 */
export type ApiHandlers = {
  [M in ApiMethod]: (...args: Parameters<HamishApi[M]>) => Promise<ApiValue<M>> | ApiValue<M>;
};

/** Every method name, for the generic wrappers; the check below keeps it complete. */
export const API_METHODS = [
  'listArticles',
  'getArticle',
  'addArticle',
  'listAnnotations',
  'takeAnchorMoves',
  'createAnnotation',
  ...CLAIMS_API_METHODS,
  ...CODERS_API_METHODS,
  ...ADJUDICATION_API_METHODS,
  'createAnnotations',
  'restoreAnnotations',
  ...SCHEME_API_METHODS,
  'listEntities',
  'saveEntity',
  'deleteEntity',
  'openTextFile',
  'exportAnnotations',
  'exportLibrary',
  'importAnnotations',
  'previewQdpx',
  'importQdpx',
  'chooseForeignFile',
  'previewForeign',
  'importForeign',
  'getPreferences',
  'setLanguage',
  'queryArticles',
  'updateArticleMeta',
  'trashArticle',
  'restoreArticle',
  'emptyTrash',
  'importFiles',
  'importFolder',
  'importPaths',
  'listedArticleIds',
  'cancelImport',
  'resolveDuplicate',
  'search',
  'findLibraryMentions',
  'tagLibraryMentions',
  'listEntityMentions',
  'getAnalysis',
  'listAnalysisMentions',
  'saveChartFile',
  ...AGREEMENT_API_METHODS,
  'getStartupReport',
  'adoptArticle',
  'listBackups',
  'restoreBackup',
] as const satisfies readonly ApiMethod[];

/**
 * `true` when the list `Listed` names every member of `All`, otherwise the
 * missing members: assigning `true` to it fails to compile while one is missing.
 */
type ListsAll<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;

/** Fails to compile when a method of HamishApi is missing from API_METHODS. */
export const API_METHODS_COMPLETE: ListsAll<ApiMethod, (typeof API_METHODS)[number]> = true;

export { MENU_COMMANDS, type MenuCommand } from './menu-commands';

/** IPC channel of an invoke method. */
export function invokeChannel(method: ApiMethod): string {
  return `hamish:${method}`;
}

/**
 * Why main changed the article list without being asked: 'reset' when the whole list may differ
 * (index.json rebuilt by the background load after an open from its head, or a backup restored),
 * 'repaired' when the background check dropped an article whose text was missing or damaged.
 */
export const LIBRARY_CHANGES = ['reset', 'repaired'] as const;

/** The payload of the 'library-changed' push. */
export interface LibraryChange {
  reason: (typeof LIBRARY_CHANGES)[number];
}

/** What main pushes to the renderer: event name → payload, declared once like the invoke methods. */
export interface PushEvents {
  /** A command chosen in the application menu. */
  'menu-command': MenuCommand;
  /** Progress of the running batch import (importFiles, importFolder, importPaths). */
  'import-progress': ImportProgress;
  /** Progress of the running Hamish JSON annotation import (importAnnotations). */
  'annotation-import-progress': AnnotationImportProgress;
  /** Main changed the article list on its own (index rebuilt or repaired after open, backup restored): re-list. */
  'library-changed': LibraryChange;
}

export type PushEvent = keyof PushEvents;

/** Every push event name, for the generic wrappers; `satisfies` keeps each a declared event. */
export const PUSH_EVENTS = [
  'menu-command',
  'import-progress',
  'annotation-import-progress',
  'library-changed',
] as const satisfies readonly PushEvent[];

/** Fails to compile when an event of PushEvents is missing from PUSH_EVENTS. */
export const PUSH_EVENTS_COMPLETE: ListsAll<PushEvent, (typeof PUSH_EVENTS)[number]> = true;

/** IPC channel of a push event. */
export function pushChannel(event: PushEvent): string {
  return `hamish:${event}`;
}

/** Preload → main: the path of a file dropped on the window (from webUtils.getPathForFile), granted for reading. */
export const DROPPED_PATH_CHANNEL = 'hamish:dropped-path';
