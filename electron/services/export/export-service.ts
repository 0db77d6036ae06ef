/**
 * Exports articles of a library (some or all) in any of the formats: gathers
 * metadata, texts and annotations from the library, builds the format with
 * the pure builders in shared/export, and writes it atomically: one file, or
 * for brat one folder of files.
 */

import { randomUUID } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBrat } from '../../../shared/export/brat';
import { buildCsv } from '../../../shared/export/csv';
import type { ExportRequest, ExportSummary } from '../../../shared/export/export-request';
import { buildW3cCollection } from '../../../shared/export/w3c';
import {
  buildExport,
  serializeExport,
  type ExportItem,
  type HamishExport,
} from '../../../shared/export-format';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { persist } from '../library/library-files';
import { writeFileAtomic } from '../storage/atomic-write';

/** Gathers the requested articles (all when `articleIds` is absent) as a Hamish JSON object. */
export async function collectExport(
  library: Library,
  options: {
    articleIds?: string[] | undefined;
    includeText: boolean;
    generator: string;
    now?: Date;
    /** Told how many annotations of each article are left out as orphaned. */
    onOrphaned?: (count: number) => void;
  },
): Promise<HamishExport> {
  const ids = options.articleIds ?? (await library.listArticles()).map((m) => m.id).reverse();
  const items: ExportItem[] = [];
  for (const id of new Set(ids)) {
    const article = await library.getArticle(id);
    const annotations = await library.listAnnotations(id);
    options.onOrphaned?.(annotations.filter((a) => a.orphaned).length);
    items.push({ meta: article.meta, annotations, text: article.text, blocks: article.blocks });
  }
  const taxonomy = await library.getTaxonomy();
  const exportedAt = (options.now ?? new Date()).toISOString();
  const entities = (await library.listEntities()).map((summary) => summary.entity);
  return buildExport(items, taxonomy, exportedAt, options.generator, {
    includeText: options.includeText,
    entities,
  });
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Writes `files` (name → content) into the folder `dir`, creating it. */
async function writeFolder(dir: string, files: Map<string, string>): Promise<void> {
  await persist(dir, async () => {
    await mkdir(dir, { recursive: true });
    for (const [name, content] of files) await writeFileAtomic(join(dir, name), content);
  });
}

/** Exports as asked into `path` (a file, or a folder for brat); resolves once everything is durable. */
export async function writeExport(
  library: Library,
  request: ExportRequest,
  path: string,
  generator: string,
): Promise<ExportSummary> {
  const includeText = request.format === 'brat' || request.includeText !== false;
  let orphanedCount = 0;
  const data = await collectExport(library, {
    articleIds: request.articleIds,
    includeText,
    generator,
    onOrphaned: (n) => (orphanedCount += n),
  });
  const pretty = request.pretty !== false;
  if (request.format === 'brat') {
    await writeFolder(path, buildBrat(data));
  } else {
    if (await isDirectory(path)) {
      throw new AppFailure('invalid-argument', `${path} is a folder`, { field: 'path' });
    }
    const content =
      request.format === 'json'
        ? serializeExport(data, pretty)
        : request.format === 'w3c'
          ? serializeExport(buildW3cCollection(data, randomUUID()), pretty)
          : buildCsv(data);
    await persist(path, () => writeFileAtomic(path, content));
  }
  const annotations = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  return { path, articles: data.articles.length, annotations, orphaned: orphanedCount };
}
