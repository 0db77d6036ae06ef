/**
 * Coders' files for an agreement report: each Hamish JSON file is read and
 * checked exactly as an import checks it (parseImport, then checkImport
 * against the file's own scheme and entities), so a file that would be
 * refused is refused here with the same reason. Each file is one coder: the
 * name its annotations carry most often in `author`, else the file's name.
 * Articles are paired by the SHA-256 of their text; an article some file
 * lacks is reported and left out, because every measure here compares the
 * same coders on the same text.
 */

import { basename } from 'node:path';
import { commonArticles, tagSpanOf, type CandidateArticle } from '../../../shared/agreement/common-articles';
import type { CodedArticle } from '../../../shared/agreement/report';
import type { ExportedArticle, HamishExport } from '../../../shared/export-format';
import type { Taxonomy } from '../../../shared/taxonomy';
import { readText } from '../transfer/foreign/foreign-import';
import { checkImport, parseImport } from '../transfer/import-check';

/** An article not in every file: left out of the comparison. */
export interface LeftOutArticle {
  id: string;
  title: string;
  textSha256: string;
  /** The files (as given) that hold it. */
  presentIn: string[];
  /** The files (as given) that lack it. */
  missingFrom: string[];
}

/** The coders' files, ready for agreementReport. */
export interface CoderFiles {
  coders: string[];
  /** The articles every file holds, in the first file's order, codings in coder order. */
  articles: CodedArticle[];
  leftOut: LeftOutArticle[];
  /** Each file's scheme (for labels), in coder order. */
  taxonomies: Taxonomy[];
}

/** Reads and checks one Hamish JSON file; AppFailure('file-unreadable' | 'invalid-import') naming it. */
export async function readCoderFile(path: string): Promise<HamishExport> {
  const data = parseImport(await readText(path));
  const entityIds = new Set((data.entities ?? []).map((e) => e.id));
  await checkImport(data, data.taxonomy, entityIds, () => undefined);
  return data;
}

/** The author most of the file's annotations carry (ties: the first met), or undefined. */
function mainAuthor(data: HamishExport): string | undefined {
  const counts = new Map<string, number>();
  for (const article of data.articles) {
    for (const a of article.annotations) if (a.author) counts.set(a.author, (counts.get(a.author) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [author, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = author;
  return best;
}

/** "ali.hamish.json" → "ali". */
const fileStem = (path: string): string =>
  basename(path)
    .replace(/\.json$/iu, '')
    .replace(/\.hamish$/iu, '');

/** Coder names for the files: the main author, else the file's stem; a name used twice gets its file's name added. */
export function coderNames(paths: readonly string[], files: readonly HamishExport[]): string[] {
  const names = files.map((data, i) => mainAuthor(data) ?? fileStem(paths[i] ?? ''));
  return names.map((name, i) =>
    names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (${basename(paths[i] ?? '')})`,
  );
}

/**
 * Reads every file in `paths` (the first problem is thrown, naming its file)
 * and pairs their articles by text hash.
 */
export async function loadCoderFiles(
  paths: readonly string[],
  naming: (file: string) => (error: unknown) => never = () => (error) => {
    throw error;
  },
): Promise<CoderFiles> {
  const files: HamishExport[] = [];
  for (const path of paths) files.push(await readCoderFile(path).catch(naming(path)));
  const bySha = files.map((data) => new Map(data.articles.map((a) => [a.textSha256, a])));
  const seen = new Set<string>();
  const candidates: CandidateArticle<ExportedArticle>[] = [];
  for (const article of files.flatMap((data) => data.articles)) {
    if (seen.has(article.textSha256)) continue;
    seen.add(article.textSha256);
    const copies = bySha.map((map) => map.get(article.textSha256));
    candidates.push({ article, codings: copies.map((copy) => copy?.annotations.map(tagSpanOf)) });
  }
  const { articles, leftOut } = commonArticles(candidates, paths);
  return {
    coders: coderNames(paths, files),
    articles,
    leftOut: leftOut.map(({ article, presentIn, missingFrom }) => ({
      id: article.id,
      title: article.title,
      textSha256: article.textSha256,
      presentIn,
      missingFrom,
    })),
    taxonomies: files.map((f) => f.taxonomy),
  };
}
