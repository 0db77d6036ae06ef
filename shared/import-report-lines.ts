/**
 * The sentences of an import report, made once for both the app's import
 * panel and `hamish import`: each side passes its translate function (i18next
 * over the same locale files, renderer/src/i18n/locales), so the wording of
 * "added, N words kept", the shortfall warning, the duplicate reason and the
 * refusal reason cannot drift between them.
 */

import type { BatchImportReport } from './import-types';
import type { AppError } from './result';
import { FILE_REASONS } from './file-reason';

/** An i18next-style `t`: a key and `{{name}}` values in, the sentence out. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One line of the report: which list it belongs to, the file it names, and the sentence. */
export interface ImportReportLine {
  kind: 'added' | 'duplicate' | 'refused';
  file: string;
  text: string;
}

/** Isolates a file name (First Strong Isolate … Pop Directional Isolate) so "05-empty.txt" reads right in Arabic. */
export const isolate = (name: string): string => `\u2068${name}\u2069`;

/**
 * The user-facing sentence for an error (`errors.<code>` with its params;
 * file and field default to ""). A scheme item's label travels as a pair
 * `<name>Ar` and `<name>En` (main does not know the reader's language):
 * `<name>` becomes the one of `t`'s language (`errors.labelLanguage`).
 */
export function errorSentence(t: Translate, error: AppError): string {
  const params: Record<string, unknown> = { field: '', file: '', message: error.message, ...error.params };
  const suffix = t('errors.labelLanguage') === 'ar' ? 'Ar' : 'En';
  for (const key of Object.keys(params)) {
    const name = key.slice(0, -2);
    if (key.endsWith(suffix) && `${name}Ar` in params && `${name}En` in params) params[name] = params[key];
  }
  return t(`errors.${error.code}`, params);
}

/**
 * The report's lines, in the order the panel lists them: every added file
 * ("“a.html” added: 412 words kept.", then the shortfall warning on the same
 * line when the page's main text was much longer, and the hidden-text warning
 * when body copy hidden on the page was left out), every refused file with
 * its reason, every duplicate with why (same text, same web address, or the
 * percentage alike, rounded from `similarity`), followed by what was done
 * with it once chosen (skipped, kept, replaced).
 */
export function importReportLines(report: BatchImportReport, t: Translate): ImportReportLine[] {
  const added = report.added.map((a): ImportReportLine => {
    const kept = t('import.added', { file: isolate(a.file), count: a.words });
    const short = a.shortfall
      ? ` ${t('import.shortfall', { kept: a.shortfall.keptWords, page: a.shortfall.pageWords })}`
      : '';
    const hidden = a.hidden ? ` ${t('import.hiddenLeftOut', { words: a.hidden.words })}` : '';
    return { kind: 'added', file: a.file, text: kept + short + hidden };
  });
  const refused = report.refused.map((r): ImportReportLine => ({
    kind: 'refused',
    file: r.file,
    text: t('import.reasons.line', {
      file: isolate(r.file),
      reason: t(refusalKey(r), {
        defaultValue: errorSentence(t, { code: r.code, message: r.message, params: r.params }),
      }),
    }),
  }));
  const duplicates = report.duplicates.map((d): ImportReportLine => {
    const outcome = duplicateOutcomeSentence(d, t);
    const reason = duplicateReasonSentence(d, t);
    return { kind: 'duplicate', file: d.file, text: outcome ? `${reason} ${outcome}` : reason };
  });
  return [...added, ...refused, ...duplicates];
}

type Duplicate = BatchImportReport['duplicates'][number];

/** Why a file is a likely duplicate: same text, same web address, or the percentage alike. */
export function duplicateReasonSentence(d: Duplicate, t: Translate): string {
  return t(`import.duplicateReasons.${d.reason}`, {
    file: isolate(d.file),
    title: isolate(d.existingTitle),
    percent: Math.round(d.similarity * 100),
  });
}

/** What was done with a duplicate once chosen (skipped, kept as a second article, replaced); "" before. */
export function duplicateOutcomeSentence(d: Duplicate, t: Translate): string {
  const o = d.outcome;
  if (!o) return '';
  const file = isolate(d.file);
  if (o.choice === 'skip') return t('import.duplicateChoice.skipped', { file });
  if (o.choice === 'keep') return t('import.duplicateChoice.kept', { file });
  return t('import.duplicateChoice.replaced', {
    file,
    title: isolate(d.existingTitle),
    moved: o.moved,
    orphaned: o.orphaned,
  });
}

/**
 * "3 added, 1 already in the library, 0 refused": the counts of the report; a
 * duplicate kept or replacing the older one (its outcome has an article) counts as added.
 */
export function importSummaryLine(report: BatchImportReport, t: Translate): string {
  const resolved = report.duplicates.filter((d) => d.outcome?.articleId).length;
  return t('import.summary', {
    added: report.added.length + resolved,
    duplicates: report.duplicates.length - resolved,
    refused: report.refused.length,
  });
}

/** The locale key of a refusal's reason: an unreadable file says why (missing, denied, a folder) when the importer knew. */
function refusalKey(r: BatchImportReport['refused'][number]): string {
  const why = r.params['reason'];
  if (
    r.code === 'file-unreadable' &&
    typeof why === 'string' &&
    why !== 'other' &&
    FILE_REASONS.includes(why)
  ) {
    return `import.reasons.unreadable.${why}`;
  }
  return `import.reasons.${r.code}`;
}
