/**
 * The one composition of the services over an open library, called by every
 * host (Electron main, the CLI, the browser test harness): full-text search,
 * the batch import runner, export, the annotation import runner and the
 * analysis views' aggregate. Nothing is attached behind a host's
 * back: what a host uses, it got from here.
 */

import type { Library } from './library/library';
import { createExporter, type Exporter } from './export/export-service';
import { ImportRunner } from './import/import-runner';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_INDEX_FILE, SearchIndex, type SearchIndexOptions } from './search/search-index';
import { AdjudicationService } from './adjudication/adjudication-service';
import { withStaleGold } from './adjudication/stale-gold-export';
import { AgreementService } from './agreement/agreement-library';
import { AnalysisService } from './analysis/analysis-service';
import { AnnotationImportRunner } from './transfer/annotation-import-runner';

export interface Services {
  readonly library: Library;
  /** Full-text search following the library's changes (attached at creation, or on first use; see options). */
  readonly search: SearchIndex;
  /** One batch import of article files at a time, with progress events (`imports.onProgress`). */
  readonly imports: ImportRunner;
  /** Export in every format, stamped with the host's generator name. */
  readonly exporter: Exporter;
  /** One annotation import (Hamish JSON or REFI-QDA) at a time, with progress events (`transfers.onProgress`) and cancel. */
  readonly transfers: AnnotationImportRunner;
  /** The analysis views' numbers, from an aggregate following the library's changes from creation on. */
  readonly analysis: AnalysisService;
  /** Adjudication of two coders into a gold layer, its decisions kept in adjudication.json. */
  readonly adjudication: AdjudicationService;
  /** The agreement report over the library's coder layers, from the same aggregate. */
  readonly agreement: AgreementService;
}

export interface ServicesOptions {
  /** Application name and version written into exports; default "Hamish". */
  generator?: string;
  /**
   * Attach the search index now (default true: the app builds it in the
   * background from the start, and the analysis aggregate after the start-up
   * check); false attaches it (and builds the aggregate) on first use, a
   * search or an import, for a short-lived host (the CLI) that may never search.
   */
  searchAtOnce?: boolean;
  search?: SearchIndexOptions;
}

/** Builds the services over `library`; see ServicesOptions. */
export function createServices(library: Library, options: ServicesOptions = {}): Services {
  let search: SearchIndex | undefined;
  const searchIndex = (): SearchIndex => (search ??= SearchIndex.attach(library, options.search));
  if (options.searchAtOnce !== false) searchIndex();
  const analysis = new AnalysisService(library, { matchingIds: (query) => searchIndex().matchingIds(query) });
  // The app builds the aggregate once the start-up check is over; the CLI on first use.
  if (options.searchAtOnce !== false) void library.checkDone.then(() => analysis.aggregate.warm());
  const adjudication = new AdjudicationService(library);
  return {
    library,
    get search() {
      return searchIndex();
    },
    // Duplicates are looked up in the search workers. A host that has not attached the index yet
    // (the CLI) attaches it for an import when its file exists (main's in-memory check reads every
    // library text of a comparable length), not to build a whole index for one import.
    imports: new ImportRunner(library, (files) => {
      if (!search && !existsSync(join(library.paths.dir, SEARCH_INDEX_FILE))) return undefined;
      return searchIndex().duplicateFinder(files);
    }),
    exporter: withStaleGold(createExporter(library, options.generator ?? 'Hamish'), adjudication),
    transfers: new AnnotationImportRunner(library, options.generator ?? 'Hamish'),
    analysis,
    adjudication,
    agreement: new AgreementService(library, analysis.aggregate),
  };
}
