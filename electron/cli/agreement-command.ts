/**
 * `hamish agreement A.hamish.json B.hamish.json [C…]`: inter-coder agreement
 * between coders' exports of the same articles (shared/agreement/), printed
 * as a table, CSV, JSON or a standalone HTML page, or written to --out. It
 * reads only the files given: no library is opened. Exit codes: 0 done
 * (articles not in every file are named on stderr and left out), 1 a file
 * refused or no article in common, 2 bad usage.
 */

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  agreementReport,
  type AgreementOptions,
  type CategoryLevel,
  type MeasureChoice,
} from '../../shared/agreement/report';
import { agreementCsv } from '../../shared/agreement/report-csv';
import { agreementHtml } from '../../shared/agreement/report-html';
import { reportText } from '../../shared/agreement/report-text';
import { tagLabels } from '../../shared/agreement/report-words';
import type { UnitRule, UntaggedAs } from '../../shared/agreement/units';
import { AppFailure } from '../../shared/result';
import { loadCoderFiles } from '../services/agreement/agreement-files';
import { valueOf, type ParsedArgs } from './args';
import { naming, type Io } from './commands';
import type { Catalogue, CliLanguage } from './messages';
import { importRefusal } from './messages-reasons';

export const AGREEMENT_FORMATS = ['table', 'csv', 'json', 'html'] as const;

/** The defaults of `hamish agreement`'s options. */
export const AGREEMENT_DEFAULTS = {
  measure: 'alpha-u',
  by: 'tag',
  unit: 'exact',
  untagged: 'none',
  format: 'table',
} as const;

/** What a command that reads only the files it is given runs with (no library, no services). */
export interface FileCommandContext {
  args: ParsedArgs;
  io: Io;
  say: Catalogue;
  language: CliLanguage;
  json: boolean;
}

/** The options on the command line, defaults filled in (values already checked by usage-checks.ts). */
export function agreementOptions(args: ParsedArgs): AgreementOptions {
  return {
    measure: (valueOf(args, 'measure') ?? AGREEMENT_DEFAULTS.measure) as MeasureChoice,
    by: (valueOf(args, 'by') ?? AGREEMENT_DEFAULTS.by) as CategoryLevel,
    unit: (valueOf(args, 'unit') ?? AGREEMENT_DEFAULTS.unit) as UnitRule,
    untagged: (valueOf(args, 'untagged') ?? AGREEMENT_DEFAULTS.untagged) as UntaggedAs,
  };
}

/** Left-out articles named one by one; past these, only how many more (a whole other corpus would bury the answer). */
export const LEFT_OUT_SHOWN = 10;

/** `hamish agreement`: see the module comment. */
export async function agreementCommand({
  args,
  io,
  say,
  language,
  json,
}: FileCommandContext): Promise<number> {
  const options = agreementOptions(args);
  const format = json ? 'json' : (valueOf(args, 'format') ?? AGREEMENT_DEFAULTS.format);
  let files;
  try {
    files = await loadCoderFiles(args.positionals, naming);
  } catch (error) {
    if (json || !(error instanceof AppFailure) || error.code !== 'invalid-import') throw error;
    const p = error.params ?? {};
    io.err(
      say.notCompared(
        String(p['file'] ?? ''),
        importRefusal(p['reason'], language),
        String(p['where'] ?? ''),
      ),
    );
    return 1;
  }
  for (const a of files.leftOut.slice(0, LEFT_OUT_SHOWN))
    io.err(say.agreementLeftOut(a.title, a.id, a.missingFrom.join(', ')));
  if (files.leftOut.length > LEFT_OUT_SHOWN)
    io.err(say.agreementLeftOutMore(files.leftOut.length - LEFT_OUT_SHOWN));
  const chosen = args.values.get('article');
  const articles = chosen ? files.articles.filter((a) => chosen.includes(a.id)) : files.articles;
  for (const id of chosen ?? [])
    if (!files.articles.some((a) => a.id === id)) io.err(say.agreementNoArticle(id));
  if (articles.length === 0) {
    io.err(say.agreementNothingInCommon());
    return 1;
  }
  const report = agreementReport(files.coders, articles, options);
  const labels = tagLabels(files.taxonomies);
  const used = [...report.rows.map((r) => r.category)];
  const text =
    format === 'json'
      ? JSON.stringify(
          {
            ...report,
            labels: Object.fromEntries(used.map((c) => [c, labels.get(c) ?? null])),
            leftOut: files.leftOut,
          },
          null,
          2,
        )
      : format === 'csv'
        ? agreementCsv(report, labels)
        : format === 'html'
          ? agreementHtml(report, labels, language)
          : reportText(report, labels, language).join('\n');
  const out = valueOf(args, 'out');
  if (out === undefined) {
    io.out(text.replace(/\r?\n$/u, ''));
    return 0;
  }
  const path = resolve(out);
  await writeFile(path, text.endsWith('\n') ? text : `${text}\n`).catch(naming(path));
  io.err(say.agreementWritten(path));
  return 0;
}
