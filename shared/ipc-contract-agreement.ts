/**
 * The part of the IPC contract (ipc-contract.ts) behind the Agreement view
 * (issue 20): the coders of the chosen articles, the report over the
 * library's coder layers, and its export as CSV or HTML through main's save
 * dialog, rendered by main with the same functions as `hamish agreement`.
 */

import type { ReportLanguage } from './agreement/report-words';
import type { Result } from './result';
import type {
  AgreementArticles,
  AgreementCoder,
  AgreementFileKind,
  AgreementRequest,
  LibraryAgreement,
} from './schema/agreement-schema';

export interface AgreementApi {
  /** The coders of the chosen articles' annotations (no `author`: the local coder), most annotations first. */
  listAgreementCoders(articles: AgreementArticles): Promise<Result<AgreementCoder[]>>;
  /**
   * The agreement report(s) between two or more coders over the chosen articles every one of them
   * coded (computed off main's thread); the articles only some coded are counted and named.
   */
  getAgreement(request: AgreementRequest): Promise<Result<LibraryAgreement>>;
  /** Computes the report again, renders it as CSV or as an HTML page in `language`, asks where to save it and writes it; null if cancelled. */
  saveAgreementReport(
    request: AgreementRequest,
    kind: AgreementFileKind,
    language: ReportLanguage,
  ): Promise<Result<{ path: string } | null>>;
}

/** The methods of AgreementApi, for API_METHODS. */
export const AGREEMENT_API_METHODS = ['listAgreementCoders', 'getAgreement', 'saveAgreementReport'] as const;
