/**
 * The commands of `hamish`: each takes its context (parsed arguments, the
 * open library, the output streams, the catalogue of the CLI's language),
 * prints what it did (sentences, or one JSON document with --json) and
 * returns an exit code: 0 ok, 1 some items were not imported. Article import
 * goes through the app's own importer (ImportRunner: every format, encoding
 * and the duplicate check), so a file becomes the same article either way.
 */

import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ConflictPolicy, ExportFormat, ImportReport } from '../../shared/export/export-request';
import { importReportLines, importSummaryLine } from '../../shared/import-report-lines';
import type { BatchImportReport, DuplicateChoice } from '../../shared/import-types';
import { AppFailure } from '../../shared/result';
import type { ImportRunner } from '../services/import/import-runner';
import type { Services } from '../services/services';
import { assertOutsideLibrary } from '../services/export/export-target';
import { importForeignFile } from '../services/transfer/foreign/foreign-import';
import { detectForeignFormat } from '../services/transfer/foreign/foreign-preview';
import { isNotHamishJson } from '../services/transfer/file-kind';
import type { ForeignFormat, SkippedItem } from '../services/transfer/foreign/foreign-types';
import { parseLabelMap } from '../services/transfer/foreign/label-map';
import { importAnnotationsFile } from '../services/transfer/import-service';
import { type ParsedArgs, valueOf } from './args';
import { appTranslate } from './app-sentences';
import { importQdpxCommand } from './import-qdpx';
import { printMergeReport } from './merge-report';
import {
  fileReason,
  toFailure,
  wordedFailure,
  type Catalogue,
  type CliLanguage,
  type Failure,
  type FileReason,
} from './messages';
import { adoptedId } from './usage-checks';

/** Where a command writes: `out` for results (stdout), `err` for problems (stderr); one line per call. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** What a command runs with. */
export interface CommandContext {
  args: ParsedArgs;
  /** The services over the open library, from createServices (as every host gets them). */
  services: Services;
  io: Io;
  say: Catalogue;
  /** The language `say` speaks (for the app's own sentences, see app-sentences.ts). */
  language: CliLanguage;
  json: boolean;
}

/** Why `path` cannot be read, looked at on disk (for failures whose message does not say). */
function reasonOnDisk(path: string): FileReason | undefined {
  try {
    return statSync(path).isDirectory() ? 'not-a-file' : undefined;
  } catch (error) {
    return fileReason(error);
  }
}

/** Re-throws an AppFailure with `file` (the path the user gave) and, for an unreadable file, the reason. */
export function naming(file: string) {
  return (error: unknown): never => {
    if (!(error instanceof AppFailure)) throw error;
    const reason = error.code === 'file-unreadable' ? reasonOnDisk(file) : undefined;
    throw new AppFailure(error.code, error.message, {
      ...(reason ? { reason } : {}),
      ...error.params,
      file: error.params?.['file'] ?? file,
    });
  };
}

/** Imports files and folders, in the order given, through one ImportRunner. */
async function importAll(
  runner: ImportRunner,
  paths: readonly string[],
  onDuplicate: DuplicateChoice,
): Promise<BatchImportReport> {
  const total: BatchImportReport = { total: 0, added: [], duplicates: [], refused: [], cancelled: false };
  const merge = (report: BatchImportReport) => {
    total.total += report.total;
    total.added.push(...report.added);
    total.duplicates.push(...report.duplicates);
    total.refused.push(...report.refused);
    total.cancelled ||= report.cancelled;
  };
  let files: string[] = [];
  for (const path of paths.map((p) => resolve(p))) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    if (files.length > 0) merge(await runner.importPaths(files, onDuplicate));
    files = [];
    merge(await runner.importFolder(path, onDuplicate));
  }
  if (files.length > 0) merge(await runner.importPaths(files, onDuplicate));
  return total;
}

/**
 * `hamish import`: every file and folder given, in order, through the app's ImportRunner,
 * reported in the import panel's own sentences (shared/import-report-lines.ts: added and
 * kept/replaced duplicates on stdout, other duplicates and refusals on stderr, then the
 * counts); --json prints the report as it is. Exit 1 when a file was refused or already in the library, or when none was found.
 */
export async function importCommand({
  args,
  services,
  io,
  say,
  json,
  language,
}: CommandContext): Promise<number> {
  const onDuplicate = (valueOf(args, 'on-duplicate') ?? 'skip') as DuplicateChoice;
  const report = await importAll(services.imports, args.positionals, onDuplicate);
  const notAdded = report.duplicates.filter((d) => !d.outcome?.articleId);
  const failed = notAdded.length + report.refused.length;
  if (json) {
    io.out(JSON.stringify(report, null, 2));
  } else {
    const t = appTranslate(language);
    const added = new Set(report.duplicates.filter((d) => d.outcome?.articleId).map((d) => d.file));
    for (const line of importReportLines(report, t)) {
      const ok = line.kind === 'added' || (line.kind === 'duplicate' && added.has(line.file));
      (ok ? io.out : io.err)(line.text);
    }
    if (report.total === 0) io.err(say.noFiles());
    if (report.cancelled) io.err(say.cancelled());
    io.out(importSummaryLine(report, t));
  }
  return failed > 0 || report.total === 0 ? 1 : 0;
}

/** `hamish list`: one tab-separated row per article (id, date, annotations, title), or JSON. */
export async function listCommand({ services, io, json }: CommandContext): Promise<number> {
  const articles = await services.library.listArticles();
  if (json) {
    io.out(JSON.stringify(articles, null, 2));
    return 0;
  }
  for (const a of articles) io.out([a.id, a.date || '-', a.annotationCount, a.title].join('\t'));
  return 0;
}

/**
 * `hamish export`: writes the chosen format to --out (absolute); failures
 * name that path. A target inside the library is always refused; one that
 * exists (a file, or brat's folder holding files) only with --force.
 */
export async function exportCommand({ args, services, io, say, json }: CommandContext): Promise<number> {
  const format = valueOf(args, 'format') as ExportFormat;
  const out = resolve(valueOf(args, 'out') ?? '');
  const articleIds = args.values.get('article');
  await assertOutsideLibrary(services.library.paths.dir, out).catch(naming(out));
  if (!args.flags.has('force') && (await occupied(out))) {
    io.err(say.targetExists(out));
    return 1;
  }
  const coders = args.values.get('coder');
  const summary = await services.exporter
    .write(
      {
        format,
        pretty: !args.flags.has('compact'),
        includeText: !args.flags.has('no-text'),
        ...(articleIds ? { articleIds } : {}),
        ...(coders ? { coders } : {}),
      },
      out,
    )
    .catch(naming(out));
  const claims = summary.claims ?? 0;
  io.out(
    json
      ? JSON.stringify(summary, null, 2)
      : summary.codes !== undefined
        ? say.exportedCodebook(summary.codes, summary.path)
        : format === 'claims-csv'
          ? say.exportedClaims(claims, summary.articles, summary.path)
          : say.exported(summary.annotations, summary.articles, summary.path),
  );
  if (!json && format !== 'claims-csv' && claims > 0) io.out(say.claimsIncluded(claims));
  if (!json && summary.orphaned > 0) io.out(say.orphanedLeftOut(summary.orphaned));
  if (!json && summary.staleGold) io.err(say.staleGold(summary.staleGold));
  return 0;
}

/**
 * `hamish import-annotations`: merges a Hamish JSON file, or with `--from` another
 * annotator's file (brat, w3c, labelstudio, doccano, conll; labels mapped with
 * `--map LABEL=tag`), through the one import path; `--dry-run` checks and counts
 * without writing. Parts of a foreign file it does not take are listed on stderr.
 * Exit 1 when some articles were not imported.
 */
export async function importAnnotationsCommand(context: CommandContext): Promise<number> {
  const { args, services } = context;
  const policy = (valueOf(args, 'on-conflict') ?? 'keep-both') as ConflictPolicy;
  const file = args.positionals[0] ?? '';
  const from = valueOf(args, 'from') ?? (/\.qdpx$/iu.test(file) ? 'qdpx' : 'hamish');
  if (from === 'qdpx') return importQdpxCommand(context, file, naming(file));
  const dryRun = args.flags.has('dry-run');
  const articleId = valueOf(args, 'article');
  const report: ImportReport & { skipped?: SkippedItem[] } =
    from === 'hamish'
      ? await importAnnotationsFile(services.library, file, policy, { dryRun, ...layerOf(args) })
          .catch(valueOf(args, 'from') ? rethrow : withFormatHint(file))
          .catch(naming(file))
      : await importForeignFile(services.library, file, from as ForeignFormat, policy, {
          dryRun,
          labels: parseLabelMap(args.values.get('map') ?? []),
          ...(articleId ? { articleId } : {}),
        }).catch(naming(file));
  return printMergeReport(context, report, () => {
    for (const s of report.skipped ?? [])
      context.io.err(context.say.skippedItem(s.document, s.ref, s.reason));
    if (dryRun) context.io.out(context.say.dryRun());
  });
}

/** Whether an export to `path` would overwrite something: a file there, or a folder with entries. */
async function occupied(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info) return false;
  return info.isDirectory() ? (await readdir(path)).length > 0 : true;
}

const rethrow = (error: unknown): never => {
  throw error;
};

/**
 * For a file given without `--from` that is no Hamish JSON: when its name
 * or shape says which other format it is (detectForeignFormat), the refusal
 * gains `looksLike` (that format), and the message says to add `--from`.
 */
function withFormatHint(file: string) {
  return async (error: unknown): Promise<never> => {
    if (!isNotHamishJson(error)) throw error;
    const looksLike = await detectForeignFormat(file).catch(() => null);
    if (!looksLike) throw error;
    throw new AppFailure(error.code, error.message, { ...error.params, looksLike });
  };
}

/**
 * `--as-layer [--coder NAME]`: the import adds the file as coder layers
 * (import-service's `layer`); `--coder NAME` alone stamps NAME on the file's
 * annotations and claims that name no coder (import-service's `coder`).
 */
function layerOf(args: ParsedArgs): { layer?: { coder?: string }; coder?: string } {
  const coder = valueOf(args, 'coder');
  if (!args.flags.has('as-layer')) return coder === undefined ? {} : { coder };
  return { layer: coder === undefined ? {} : { coder } };
}

/**
 * `hamish adopt <id|articles/<id>.json>...`: lists article files the start-up check reported as
 * unknown (the ids were checked by USAGE_CHECKS). One sentence each, or with --json one document
 * `{ adopted: [{ id, title }], notAdopted: [{ given, error: { code, message, params } }] }`.
 * Exit 1 when any was not adopted.
 */
export async function adoptCommand({ args, services, io, say, json }: CommandContext): Promise<number> {
  const adopted: { id: string; title: string }[] = [];
  const notAdopted: { given: string; error: Failure }[] = [];
  for (const given of args.positionals) {
    try {
      const meta = await services.library.adoptArticle(adoptedId(given));
      adopted.push({ id: meta.id, title: meta.title });
      if (!json) io.out(say.adopted(meta.title));
    } catch (error) {
      const failure = toFailure(error);
      notAdopted.push({ given, error: wordedFailure(failure, say) });
      if (!json) io.err(say.notAdopted(given, say.failure(failure)));
    }
  }
  if (json) io.out(JSON.stringify({ adopted, notAdopted }, null, 2));
  return notAdopted.length > 0 ? 1 : 0;
}
