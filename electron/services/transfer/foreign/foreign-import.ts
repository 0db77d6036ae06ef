/**
 * `import-annotations --from brat|w3c|labelstudio|doccano|conll`: reads
 * another annotator's file, parses it with the format's parser (a registry,
 * not a chain of ifs), maps its labels to tags (label-map.ts) and hands the
 * resulting Hamish JSON object to the one import path (importHamish: checks,
 * conflict policy, preview with dryRun, nothing written unless all of it is
 * valid). What the format has and Hamish cannot take is returned as skipped.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ConflictPolicy } from '../../../../shared/export/export-request';
import type { ForeignImportReport } from '../../../../shared/export/foreign-import-types';
import { bratType } from '../../../../shared/export/brat';
import { AppFailure } from '../../../../shared/result';
import { MAX_HAMISH_JSON_BYTES } from '../../../../shared/schema/limits';
import type { Library } from '../../library/library';
import { refuse } from '../import-check';
import { importHamish, type ImportAnnotationsOptions } from '../import-service';
import { parseBrat } from './brat-parse';
import { parseConll } from './conll-parse';
import { parseDoccano } from './doccano-parse';
import { documentsToHamish } from './foreign-to-hamish';
import type { ForeignFormat, ForeignParse } from './foreign-types';
import { resolveLabels, type LabelMapping } from './label-map';
import { parseLabelStudio } from './label-studio-parse';
import { targetsToHamish } from './targets-to-hamish';
import { parseW3c } from './w3c-parse';

/** How a foreign file is imported. */
export interface ForeignImportOptions extends ImportAnnotationsOptions {
  /** The user's label mapping (parseLabelMap); labels it lacks must name a tag themselves. */
  labels?: LabelMapping;
  /** W3C/Hypothesis: the article to anchor targets whose source names none of the library's. */
  articleId?: string;
  generator?: string;
}

export type { ForeignImportReport } from '../../../../shared/export/foreign-import-types';

/** Reads a file as UTF-8; refuses (file-unreadable, or invalid-import too-large) one it cannot read or too large. */
export async function readText(path: string): Promise<string> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size < 0) throw new AppFailure('file-unreadable', `Cannot read ${path}`, { file: path });
  if (size > MAX_HAMISH_JSON_BYTES)
    refuse('too-large', '', `${size} bytes is more than ${MAX_HAMISH_JSON_BYTES}`);
  return readFile(path, 'utf8');
}

/** brat: a .ann or .txt file (its twin beside it) or a folder of pairs. */
async function readBrat(path: string): Promise<ForeignParse> {
  const isFolder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const stems = isFolder
    ? (await readdir(path)).filter((f) => f.endsWith('.ann')).map((f) => join(path, f.slice(0, -4)))
    : [join(dirname(path), basename(path, extname(path)))];
  if (stems.length === 0) refuse('not-this-format', path, 'no .ann files in this folder');
  const parse: ForeignParse = { kind: 'documents', documents: [], skipped: [], exportedName: bratType };
  for (const stem of stems.sort()) {
    const one = parseBrat(await readText(`${stem}.txt`), await readText(`${stem}.ann`), basename(stem));
    if (one.kind === 'documents') parse.documents.push(...one.documents);
    parse.skipped.push(...one.skipped);
  }
  return parse;
}

/** Each format's reader: the path → the parse. */
const READERS: Record<ForeignFormat, (path: string) => Promise<ForeignParse>> = {
  brat: readBrat,
  w3c: async (path) => parseW3c(await readText(path), basename(path)),
  labelstudio: async (path) => parseLabelStudio(await readText(path), basename(path)),
  doccano: async (path) => parseDoccano(await readText(path), basename(path)),
  conll: async (path) => parseConll(await readText(path), basename(path)),
};

/** Reads and parses the file (or brat folder) at `path` as `format`; refuses (invalid-import) one not in it. */
export function readForeignFile(path: string, format: ForeignFormat): Promise<ForeignParse> {
  return READERS[format](path);
}

/** Every span's (or target's) label of `parse`, once per use. */
export function labelsOf(parse: ForeignParse): string[] {
  return parse.kind === 'documents'
    ? parse.documents.flatMap((d) => d.spans.map((s) => s.label))
    : parse.targets.map((t) => t.label);
}

/**
 * Imports `parse` (read from `path`) into `library` under `policy`; see
 * importForeignFile. `parse` is not changed, so a preview may reuse it.
 */
export async function importForeignParse(
  library: Library,
  parse: ForeignParse,
  path: string,
  policy: ConflictPolicy,
  options: ForeignImportOptions = {},
): Promise<ForeignImportReport> {
  const taxonomy = await library.getTaxonomy();
  const context = {
    taxonomy,
    labels: resolveLabels(
      labelsOf(parse),
      taxonomy,
      options.labels ?? new Map<string, string | null>(),
      parse.exportedName,
    ),
    entities: library.entities(),
    file: basename(path),
    at: (options.now?.() ?? new Date()).toISOString(),
    generator: options.generator ?? 'Hamish',
    articleId: options.articleId,
  };
  const skipped = [...parse.skipped];
  const data =
    parse.kind === 'documents'
      ? documentsToHamish(parse.documents, context)
      : await targetsToHamish(library, parse.targets, context, skipped, parse.claims);
  const report = await importHamish(library, data, policy, options);
  return { ...report, skipped };
}

/**
 * Imports the file (or brat folder) at `path` written by another tool in
 * `format` into `library` under `policy`. Refuses (AppFailure
 * 'invalid-import' with params.reason) before writing anything: a file not
 * in the format, a span whose offsets do not match its text, a label that
 * maps to no tag, a W3C target whose article is unknown.
 */
export async function importForeignFile(
  library: Library,
  path: string,
  format: ForeignFormat,
  policy: ConflictPolicy,
  options: ForeignImportOptions = {},
): Promise<ForeignImportReport> {
  return importForeignParse(library, await readForeignFile(path, format), path, policy, options);
}
