/**
 * The library's one export path: gathers metadata, texts and annotations of
 * some or all articles (collectExport; Library.exportArticle is the
 * one-article case), builds the format with the pure builders in
 * shared/export, and writes it atomically: one file, or for brat one folder.
 */

import { randomUUID } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBrat } from '../../../shared/export/brat';
import { articleClaims } from '../../../shared/export/claim-parts';
import { buildClaimsCsv } from '../../../shared/export/claims-csv';
import { buildCsv } from '../../../shared/export/csv';
import type { ExportRequest, ExportSummary } from '../../../shared/export/export-request';
import { buildW3cCollection } from '../../../shared/export/w3c';
import {
  buildExport,
  serializeExportPieces,
  type ExportItem,
  type HamishExport,
} from '../../../shared/export-format';
import type { Annotation, Article, ArticleMeta, Entity } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { listTags, type Taxonomy } from '../../../shared/taxonomy';
import { buildCodebook } from '../exchange/refi/refi-codebook';
import { buildQdpx } from '../exchange/refi/refi-export';
import type { Claim } from '../../../shared/schema/claim-schema';
import { persist } from '../library/library-files';
import { writeFileAtomic, type AtomicData } from '../storage/atomic-write';
import { osUserName } from '../coder-preference';
import { codersIn, type Coded } from '../../../shared/coders';
import { forExport } from './coder-filter';
import { assertOutsideLibrary } from './export-target';

/** What an export reads from the library (the Library itself). */
export interface ExportSource {
  listArticles(): Promise<ArticleMeta[]>;
  getArticle(id: string): Promise<Article>;
  listAnnotations(articleId: string): Promise<Annotation[]>;
  /** The article's claims, oldest first. */
  listClaims(articleId: string): Promise<Claim[]>;
  /** The local coder (issue 20): the coder of annotations and claims without one. */
  localCoder?(): string | undefined;
  getTaxonomy(): Promise<Taxonomy>;
  /** The entities, without mention counts (an export writes those its annotations link to). */
  entities(): Entity[];
}

/** How many claims the articles of `data` carry. */
const claimCount = (data: HamishExport): number =>
  data.articles.reduce((n, a) => n + articleClaims(a).length, 0);

/**
 * Gathers the requested articles (all, oldest first, when `articleIds` is
 * absent; unknown ids fail with not-found) as a Hamish JSON object;
 * `exportedAt` is `now` (default: the current time).
 */
export async function collectExport(
  library: ExportSource,
  options: {
    articleIds?: string[] | undefined;
    includeText: boolean;
    generator: string;
    now?: Date;
    /** Told how many annotations of each article are left out as orphaned. */
    onOrphaned?: (count: number) => void;
    /** Only these coders' annotations and claims (issue 20); absent: everyone's. */
    coders?: readonly string[] | undefined;
  },
): Promise<HamishExport> {
  const ids = options.articleIds ?? (await library.listArticles()).map((m) => m.id).reverse();
  const items: ExportItem[] = [];
  const local = library.localCoder?.();
  const coders = options.coders ? new Set(options.coders) : undefined;
  for (const id of new Set(ids)) {
    const article = await library.getArticle(id);
    const annotations = forExport(await library.listAnnotations(id), local, coders);
    options.onOrphaned?.(annotations.filter((a) => a.orphaned).length);
    const claims = forExport(await library.listClaims(id), local, coders);
    items.push({ meta: article.meta, annotations, claims, text: article.text, blocks: article.blocks });
  }
  const taxonomy = await library.getTaxonomy();
  const exportedAt = (options.now ?? new Date()).toISOString();
  return buildExport(items, taxonomy, exportedAt, options.generator, {
    includeText: options.includeText,
    entities: library.entities(),
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

/** The library owner named in REFI-QDA projects: the local coder, else the OS user. */
function ownerName(library: ExportSource): string {
  return library.localCoder?.() ?? osUserName();
}

/** The file content of a single-file export of `data` (REFI-QDA projects and codebooks are built here too). */
async function fileContent(
  library: ExportSource,
  request: ExportRequest,
  data: HamishExport,
  generator: string,
): Promise<AtomicData> {
  const pretty = request.pretty !== false;
  switch (request.format) {
    case 'json':
      return serializeExportPieces(data, pretty);
    case 'w3c':
      return serializeExportPieces(buildW3cCollection(data, randomUUID()), pretty);
    case 'qdc':
      return buildCodebook(data.taxonomy, generator);
    case 'claims-csv':
      return buildClaimsCsv(data);
    case 'qdpx': {
      const metas = new Map((await library.listArticles()).map((m) => [m.id, m]));
      return buildQdpx({ data, metas, owner: ownerName(library) }, generator, data.exportedAt);
    }
    default:
      return buildCsv(data);
  }
}

/**
 * Refuses ('no-such-coder', nothing written) an export whose coder filter
 * `coders` matched no annotation and no claim of `data`, naming the coders
 * the exported articles do have (params `names`, `coders`: comma-separated).
 */
async function assertCodersFound(
  library: ExportSource,
  coders: readonly string[],
  data: HamishExport,
): Promise<void> {
  if (data.articles.some((a) => a.annotations.length > 0 || articleClaims(a).length > 0)) return;
  const local = library.localCoder?.() ?? '';
  const all: Coded[] = [];
  for (const article of data.articles) {
    all.push(...(await library.listAnnotations(article.id)), ...(await library.listClaims(article.id)));
  }
  throw new AppFailure('no-such-coder', `No annotation or claim by ${coders.join(', ')}`, {
    names: coders.join(', '),
    coders: codersIn(all, local).join(', '),
  });
}

/** Exports as asked into `path` (a file, or a folder for brat); resolves once everything is durable. */
export async function writeExport(
  library: ExportSource,
  request: ExportRequest,
  path: string,
  generator: string,
): Promise<ExportSummary> {
  const includeText = ['brat', 'qdpx'].includes(request.format) || request.includeText !== false;
  let orphanedCount = 0;
  const data = await collectExport(library, {
    // A codebook holds the scheme alone: no article is read.
    articleIds: request.format === 'qdc' ? [] : request.articleIds,
    includeText,
    generator,
    onOrphaned: (n) => (orphanedCount += n),
    coders: request.coders,
  });
  if (request.coders && request.format !== 'qdc') await assertCodersFound(library, request.coders, data);
  if (request.format === 'brat') {
    await writeFolder(path, buildBrat(data));
  } else {
    if (await isDirectory(path)) {
      throw new AppFailure('invalid-argument', `${path} is a folder`, { field: 'path' });
    }
    const content = await fileContent(library, request, data, generator);
    await persist(path, () => writeFileAtomic(path, content));
  }
  const annotations = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  const summary = { path, articles: data.articles.length, annotations, orphaned: orphanedCount };
  if (request.format === 'qdc') return { ...summary, codes: listTags(data.taxonomy).length };
  // The annotations CSV has no claim in it: its summary says none was written.
  if (request.format === 'csv') return summary;
  return { ...summary, claims: claimCount(data) };
}

/** Writes `data` as pretty Hamish JSON to the file `path`, atomically; resolves once durable. */
export async function writeJsonExport(data: HamishExport, path: string): Promise<void> {
  await persist(path, () => writeFileAtomic(path, serializeExportPieces(data, true)));
}

/** Export bound to one library and one generator name (what the API and the CLI use). */
export interface Exporter {
  /** Exports as asked into `path` (a file, or a folder for brat); see writeExport. */
  write(request: ExportRequest, path: string): Promise<ExportSummary>;
  /** Writes one article's Hamish JSON (no text) to the file `path`. */
  writeArticle(articleId: string, path: string): Promise<void>;
}

/** The exporter of `library`, writing `generator` (e.g. "Hamish 0.1.0") into every export. */
export function createExporter(
  library: ExportSource & {
    readonly paths: { dir: string };
    exportArticle(articleId: string, generator: string): Promise<HamishExport>;
  },
  generator: string,
): Exporter {
  // Never into the library's own folder (export-target.ts): refused before anything is read or written.
  return {
    write: async (request, path) => {
      await assertOutsideLibrary(library.paths.dir, path);
      return writeExport(library, request, path, generator);
    },
    writeArticle: async (articleId, path) => {
      await assertOutsideLibrary(library.paths.dir, path);
      await writeJsonExport(await library.exportArticle(articleId, generator), path);
    },
  };
}
