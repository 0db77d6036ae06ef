/**
 * The commands of `hamish`: each takes parsed arguments and an open
 * library, writes what it did to `out`/`err` and returns an exit code
 * (0 ok, 1 some items failed). Usage errors throw UsageError (exit 2).
 */

import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  CONFLICT_POLICIES,
  EXPORT_FORMATS,
  type ConflictPolicy,
  type ExportFormat,
} from '../../shared/export/export-request';
import { AppFailure } from '../../shared/result';
import { importAnnotationsFile } from '../services/transfer/import-service';
import type { Services } from '../services/services';
import { type ParsedArgs, UsageError, valueOf } from './args';
import { importerFor } from './importers';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A failure's message for the terminal. */
export function describeFailure(error: unknown): string {
  // A library in use is told as the sentence it is (who holds it, since when).
  if (error instanceof AppFailure)
    return error.code === 'busy' ? error.message : `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Files to import from the given paths: files as given, folders searched (recursively) for known types. */
async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && importerFor(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Usage checks of each command, run before the library is opened (they throw UsageError). */
export const USAGE_CHECKS: Record<string, (args: ParsedArgs) => void> = {
  import: (args) => {
    if (args.positionals.length === 0) throw new UsageError('import needs at least one file or folder');
  },
  adopt: (args) => {
    if (args.positionals.length === 0) throw new UsageError('adopt needs at least one article id or file');
  },
  list: (args) => {
    if (args.positionals.length > 0)
      throw new UsageError(`list takes no arguments: ${args.positionals.join(' ')}`);
  },
  export: (args) => {
    if (args.positionals.length > 0) {
      throw new UsageError(`export takes no arguments: ${args.positionals.join(' ')}`);
    }
    const format = valueOf(args, 'format');
    if (!format) throw new UsageError('export needs --format json|w3c|csv|brat');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format "${format}" (json, w3c, csv or brat)`);
    }
    if (!valueOf(args, 'out')) throw new UsageError('export needs --out PATH');
  },
  'import-annotations': (args) => {
    if (args.positionals.length !== 1) throw new UsageError('import-annotations needs exactly one file');
    const policy = valueOf(args, 'on-conflict') ?? 'keep-both';
    if (!(CONFLICT_POLICIES as readonly string[]).includes(policy)) {
      throw new UsageError(`unknown --on-conflict "${policy}" (keep-both, keep-mine or take-theirs)`);
    }
  },
};

export async function importCommand(args: ParsedArgs, { library }: Services, io: Io): Promise<number> {
  const files = await expandPaths(args.positionals);
  let failed = 0;
  for (const file of files) {
    const importer = importerFor(file);
    try {
      if (!importer) throw new Error('unknown file type (known: .txt)');
      const meta = await library.addArticle(await importer(file));
      io.out(`added\t${meta.id}\t${file}\t${meta.title}`);
    } catch (error) {
      failed++;
      io.err(`failed\t${file}\t${describeFailure(error)}`);
    }
  }
  if (files.length === 0) io.err('no files of a known type (.txt) found');
  io.out(`${files.length - failed} added, ${failed} failed`);
  return failed > 0 || files.length === 0 ? 1 : 0;
}

/** `hamish adopt <id|articles/<id>.json>...`: lists article files the start-up check reported as unknown. */
export async function adoptCommand(args: ParsedArgs, { library }: Services, io: Io): Promise<number> {
  let failed = 0;
  for (const given of args.positionals) {
    const id = basename(given).replace(/\.json$/u, '');
    try {
      const meta = await library.adoptArticle(id);
      io.out(`adopted\t${meta.id}\t${meta.title}`);
    } catch (error) {
      failed++;
      io.err(`not adopted\t${given}\t${describeFailure(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

export async function listCommand(args: ParsedArgs, { library }: Services, io: Io): Promise<number> {
  const articles = await library.listArticles();
  if (args.flags.has('json')) {
    io.out(JSON.stringify(articles, null, 2));
    return 0;
  }
  for (const a of articles) io.out([a.id, a.date || '-', a.annotationCount, a.title].join('\t'));
  return 0;
}

export async function exportCommand(args: ParsedArgs, { exporter }: Services, io: Io): Promise<number> {
  const format = valueOf(args, 'format') as ExportFormat;
  const out = valueOf(args, 'out') ?? '';
  const articleIds = args.values.get('article');
  const summary = await exporter.write(
    {
      format,
      pretty: !args.flags.has('compact'),
      includeText: !args.flags.has('no-text'),
      ...(articleIds ? { articleIds } : {}),
    },
    resolve(out),
  );
  io.out(`exported ${summary.annotations} annotations of ${summary.articles} articles to ${summary.path}`);
  return 0;
}

export async function importAnnotationsCommand(
  args: ParsedArgs,
  { library }: Services,
  io: Io,
): Promise<number> {
  const policy = valueOf(args, 'on-conflict') ?? 'keep-both';
  const report = await importAnnotationsFile(library, args.positionals[0] ?? '', policy as ConflictPolicy);
  io.out(
    [
      `articles: ${report.articlesAdded} added, ${report.articlesMerged} merged`,
      `annotations: ${report.annotationsAdded} added, ${report.annotationsReplaced} replaced, ` +
        `${report.annotationsKept} conflicts kept mine, ${report.annotationsUnchanged} already present`,
    ].join('\n'),
  );
  for (const p of report.problems) {
    const why =
      p.kind === 'missing-text'
        ? 'not in this library and the file has no text for it'
        : 'an article with this id has a different text here';
    io.err(`not imported: articles[${p.articleIndex}] (id ${p.articleId}) "${p.title}": ${why}`);
  }
  return report.problems.length > 0 ? 1 : 0;
}
