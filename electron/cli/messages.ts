/**
 * The words of `hamish`: which language it speaks (--lang, else LC_ALL,
 * LC_MESSAGES, LANG starting with "ar"), and one catalogue per language that
 * turns usage problems, failures and results into sentences naming the file
 * and the reason. Error codes never appear in these sentences; they go only
 * to --json output (see `failureJson`).
 */

import { fileReason } from '../../shared/file-reason';
import type { ErrorCode } from '../../shared/result';
import { AppFailure } from '../../shared/result';
import type { SkippedItem } from '../services/transfer/foreign/foreign-types';
import type { UsageProblem } from './args';

export { fileReason, reasonOf, type FileReason } from '../../shared/file-reason';

export type CliLanguage = 'en' | 'ar';

/** Why a file could not be read or written, from Node's error code. */

/** The codes of failures the CLI itself raises, beside the app's ErrorCodes. */
export type CliCode = ErrorCode | 'no-library' | 'usage';

/** A failure as the CLI reports it: a code (for --json) and its details. */
export interface Failure {
  code: CliCode;
  /** The cause's own English detail; `wordedFailure` puts the sentence in the CLI's language there for --json. */
  message: string;
  params: Record<string, string | number>;
}

/** The library folder named does not hold a library; `writing`: the command may add --create to make one. */
export class NoLibraryError extends Error {
  override name = 'NoLibraryError';

  constructor(
    readonly dir: string,
    readonly writing: boolean,
  ) {
    super(`No Hamish library in ${dir}`);
  }
}

/** Every sentence the CLI prints, in one language. */
export interface Catalogue {
  usage(problem: UsageProblem): string;
  failure(failure: Failure): string;
  seeHelp(command: string): string;
  /** `hamish help --OPTION`: the commands that take the option (none: no command takes it). */
  optionOf(option: string, commands: readonly string[]): string;
  cancelled(): string;
  noFiles(): string;
  exported(annotations: number, articles: number, path: string): string;
  /** A claims CSV written: its claims, of how many articles, where. */
  exportedClaims(claims: number, articles: number, path: string): string;
  /** The claims another export format carried beside its annotations. */
  claimsIncluded(claims: number): string;
  /** A codebook export (qdc): the codes it wrote. */
  exportedCodebook(codes: number, path: string): string;
  /** `hamish export --out PATH` where PATH exists (a file, or brat's folder with files) and no --force was given. */
  targetExists(path: string): string;
  /** Orphaned annotations (quote no longer found) that an export left out. */
  orphanedLeftOut(count: number): string;
  /** Gold annotations an export wrote whose adjudication decision needs review (issue 20). */
  staleGold(count: number): string;
  articlesMerged(added: number, merged: number): string;
  annotationsMerged(added: number, replaced: number, keptMine: number, unchanged: number): string;
  /** A layer import (issue 20): how many coders' earlier layers of an article were replaced. */
  layersReplaced(count: number): string;
  notImported(index: number, id: string, title: string, kind: 'missing-text' | 'text-mismatch'): string;
  /** Something of another tool's file that Hamish does not import (a relation, a quote not in the text…). */
  skippedItem(document: string, ref: string, reason: SkippedItem['reason']): string;
  /** After an import run with --dry-run. */
  dryRun(): string;
  /** `hamish agreement`: a coder's file refused, with why (a clause) and where in the file. */
  notCompared(file: string, why: string, where: string): string;
  /** `hamish agreement`: an article some files lack, left out. */
  agreementLeftOut(title: string, id: string, missingFrom: string): string;
  /** After the first LEFT_OUT_SHOWN left-out articles: how many more were left out. */
  agreementLeftOutMore(count: number): string;
  /** `hamish agreement --article ID`: no compared article has that id. */
  agreementNoArticle(id: string): string;
  /** `hamish agreement`: no article is in every file. */
  agreementNothingInCommon(): string;
  /** `hamish agreement --out`: the report was written. */
  agreementWritten(path: string): string;
  /** `hamish stats --by actor-demand`: what the counts are of (by claims: and how many articles have none). */
  pairedBy(scope: 'sentence' | 'paragraph' | 'claims', withoutClaims: number): string;
  /** `hamish adopt`: an unlisted article file now in the library, by its title. */
  adopted(title: string): string;
  /** `hamish adopt`: what was given (an id or file) was not adopted; `why` is a whole sentence. */
  notAdopted(given: string, why: string): string;
  /** `hamish stats` over time: the row of undated articles. */
  undated(): string;
}

/**
 * The CLI's language: `--lang` when given (UsageError for another value is the
 * caller's), else the first of LC_ALL, LC_MESSAGES, LANG that is set: Arabic
 * when it starts with "ar", English otherwise.
 */
export function pickLanguage(option: string | undefined, env: NodeJS.ProcessEnv): CliLanguage {
  if (option === 'ar' || option === 'en') return option;
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Any thrown value as a Failure (codes and params of AppFailure kept; file reasons added). */
export function toFailure(error: unknown): Failure {
  if (error instanceof NoLibraryError) {
    return {
      code: 'no-library',
      message: error.message,
      params: { dir: error.dir, writing: error.writing ? 1 : 0 },
    };
  }
  if (error instanceof AppFailure) {
    const params: Record<string, string | number> = { ...error.params };
    if (['file-unreadable', 'storage-failed', 'invalid-argument'].includes(error.code)) {
      params['reason'] ??= fileReason(error.message);
    }
    return { code: error.code, message: error.message, params };
  }
  const message = error instanceof Error ? error.message : String(error);
  const path = typeof error === 'object' && error !== null ? (error as { path?: unknown }).path : undefined;
  if (typeof path === 'string') {
    return { code: 'storage-failed', message, params: { file: path, reason: fileReason(error) } };
  }
  return { code: 'internal', message, params: { message } };
}

/**
 * `failure` as --json shows it: code and params as they are (English, for
 * scripts), `message` the sentence the CLI would print, in its language.
 */
export function wordedFailure(failure: Failure, say: Catalogue): Failure {
  return { ...failure, message: say.failure(failure) };
}

/** The --json form of a failure: `{ "error": { code, message, params } }` (word it first: wordedFailure). */
export function failureJson(failure: Failure): string {
  return JSON.stringify({ error: failure }, null, 2);
}
