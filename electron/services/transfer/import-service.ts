/**
 * Imports a Hamish JSON file into a library. Everything is checked first
 * (import-check.ts); only a fully valid file is written. Articles the library
 * lacks are added (with their ids) when the file carries their text, else
 * reported; for articles it has (same text SHA-256) annotations are merged by
 * id under a conflict policy, never creating a twin (same span and tag); an article whose id exists with another text is
 * reported, never forced.
 */

import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { quoteSelector } from '../../../shared/anchoring';
import { canonicalize } from '../../../shared/canonical-text';
import { CodePointIndex } from '../../../shared/code-points';
import type { ConflictPolicy, ImportProblem, ImportReport } from '../../../shared/export/export-request';
import type { ExportedAnnotation, ExportedArticle, HamishExport } from '../../../shared/export-format';
import type { Annotation, ArticleMeta, Block } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { findTwin, withoutTwins } from '../../../shared/twins';
import type { Library } from '../library/library';
import type { ArticleFile } from '../library/library-files';
import { MAX_HAMISH_JSON_BYTES } from '../../../shared/schema/limits';
import { checkImport, parseImport, refuse } from './import-check';

export type { ImportProblem, ImportReport };

const sameContent = (a: Annotation, b: Annotation): boolean =>
  a.start === b.start &&
  a.end === b.end &&
  a.tag === b.tag &&
  a.quote === b.quote &&
  (a.note ?? '') === (b.note ?? '') &&
  a.entityId === b.entityId;

/** The stored annotation of an exported one: type and subtype dropped (the tag holds them), quote and context taken again from the text. */
function toAnnotation(a: ExportedAnnotation, articleId: string, index: CodePointIndex): Annotation {
  // Object.assign keeps the stored key order: id, articleId, then the exported fields.
  const stored = Object.assign({ id: a.id, articleId }, a, quoteSelector(index, a.start, a.end));
  delete stored.type;
  delete stored.subtype;
  return stored;
}

/** Merges `theirs` into `mine` by id under `policy`, counting what happened into `report`; returns `mine` itself when nothing changed. */
export function mergeAnnotations(
  mine: Annotation[],
  theirs: Annotation[],
  policy: ConflictPolicy,
  report: ImportReport,
): Annotation[] {
  const result = [...mine];
  let changed = false;
  for (const incoming of theirs) {
    const at = result.findIndex((a) => a.id === incoming.id);
    const local = result[at];
    const twin = findTwin(
      result.filter((a) => a.id !== incoming.id && !a.orphaned),
      incoming,
    );
    if (twin && (!local || policy === 'keep-both')) {
      // Same span and tag as one the library has: no twin is created (issue 14).
      report.annotationsUnchanged++;
    } else if (!local) {
      result.push(incoming);
      report.annotationsAdded++;
      changed = true;
    } else if (sameContent(local, incoming)) {
      report.annotationsUnchanged++;
    } else if (policy === 'keep-mine') {
      report.annotationsKept++;
    } else if (policy === 'take-theirs') {
      result[at] = incoming;
      report.annotationsReplaced++;
      changed = true;
    } else if (result.some((a) => sameContent(a, incoming))) {
      // Kept both before: importing the same file again adds no further copy.
      report.annotationsUnchanged++;
    } else {
      result.push({ ...incoming, id: randomUUID() });
      report.annotationsAdded++;
      changed = true;
    }
  }
  // The same array when nothing changed, so the library skips the write.
  return changed ? result : mine;
}

/** Blocks for an imported text: the file's, else one per line classified as on import. */
function blocksOf(article: ExportedArticle, text: string): Block[] {
  if (article.blocks && article.blocks.length > 0) return article.blocks;
  const derived = canonicalize(text);
  // The canonical text round-trips unless a line began with a quote or heading marker.
  if (derived.text === text) return derived.blocks;
  let offset = 0;
  return text.split('\n').map((line) => {
    const length = [...line].length;
    const block: Block = { kind: 'paragraph', start: offset, end: offset + length };
    offset += length + 1;
    return block;
  });
}

/** Imports already-read file content; refuses (AppFailure 'invalid-import') before writing anything. */
export async function importAnnotations(
  library: Library,
  raw: string,
  policy: ConflictPolicy,
  now: () => Date = () => new Date(),
): Promise<ImportReport> {
  const data: HamishExport = parseImport(raw);
  const taxonomy = await library.getTaxonomy();
  const metas = await library.listArticles();
  const texts = new Map<string, string>();
  for (const meta of metas) {
    if (data.articles.some((a) => a.textSha256 === meta.textSha256)) {
      texts.set(meta.textSha256, (await library.getArticle(meta.id)).text);
    }
  }
  checkImport(data, taxonomy, (sha) => texts.get(sha));

  const report: ImportReport = {
    articlesAdded: 0,
    articlesMerged: 0,
    annotationsAdded: 0,
    annotationsReplaced: 0,
    annotationsKept: 0,
    annotationsUnchanged: 0,
    problems: [],
  };
  const writes: (() => Promise<void>)[] = [];
  data.articles.forEach((article, i) => {
    const problem = (kind: ImportProblem['kind']) =>
      report.problems.push({ kind, articleIndex: i, articleId: article.id, title: article.title });
    const local =
      metas.find((m) => m.id === article.id && m.textSha256 === article.textSha256) ??
      metas.find((m) => m.textSha256 === article.textSha256);
    if (local) {
      const index = new CodePointIndex(texts.get(local.textSha256) ?? '');
      const theirs = article.annotations.map((a) => toAnnotation(a, local.id, index));
      report.articlesMerged++;
      writes.push(() =>
        library.updateAnnotations(local.id, (mine) => mergeAnnotations(mine, theirs, policy, report)),
      );
    } else if (metas.some((m) => m.id === article.id)) {
      problem('text-mismatch');
    } else if (article.text === undefined) {
      problem('missing-text');
    } else {
      const text = article.text;
      const index = new CodePointIndex(text);
      const all = article.annotations.map((a) => toAnnotation(a, article.id, index));
      const annotations = withoutTwins([], all).fresh;
      report.annotationsUnchanged += all.length - annotations.length;
      const meta: ArticleMeta = {
        id: article.id,
        title: article.title,
        source: article.source,
        date: article.date,
        language: article.language,
        addedAt: now().toISOString(),
        textSha256: article.textSha256,
        length: article.length,
        annotationCount: annotations.length,
      };
      const file: ArticleFile = { version: 1, id: article.id, text, blocks: blocksOf(article, text) };
      report.articlesAdded++;
      report.annotationsAdded += annotations.length;
      writes.push(() => library.importArticle(meta, file, annotations));
    }
  });
  for (const write of writes) await write();
  return report;
}

/** Reads the file at `path` (size-checked) and imports it. */
export async function importAnnotationsFile(
  library: Library,
  path: string,
  policy: ConflictPolicy,
): Promise<ImportReport> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new AppFailure('file-unreadable', `Cannot read ${path}`, { file: path });
    },
  );
  if (size > MAX_HAMISH_JSON_BYTES)
    refuse('too-large', '', `${size} bytes is more than ${MAX_HAMISH_JSON_BYTES}`);
  const raw = await readFile(path, 'utf8').catch(() => {
    throw new AppFailure('file-unreadable', `Cannot read ${path}`, { file: path });
  });
  return importAnnotations(library, raw, policy);
}
