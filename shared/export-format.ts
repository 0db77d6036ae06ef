/**
 * The native export format, "Hamish JSON", version 2 (claims included): building and
 * serialising it. Its shape is the zod schema in
 * shared/schema/hamish-export-schema.ts (published as
 * shared/schema/generated/hamish-export-1.schema.json); offsets are Unicode code points
 * into the article's canonical text, whose SHA-256 is included so a consumer
 * can check it holds the same text. The text itself (with its blocks) is
 * optional: include it when the file must be importable into a library that
 * does not have the article yet.
 */

import { stringifyChunked } from '@discoveryjs/json-ext';
import type { Annotation, ArticleMeta, Block, Entity } from './model';
import type { Claim, ExportedClaim } from './schema/claim-schema';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedAnnotation,
  type ExportedArticle,
  type HamishExport,
} from './schema/hamish-export-schema';
import type { Taxonomy } from './taxonomy';
import { safeFileName } from './file-name';

export { EXPORT_FORMAT, EXPORT_VERSION };
export type { ExportedAnnotation, ExportedArticle, HamishExport };

/** One article to export: its metadata, its annotations and claims, and its text when texts are included. */
export interface ExportItem {
  meta: ArticleMeta;
  annotations: Annotation[];
  /** The article's claims (absent: none). */
  claims?: Claim[];
  text?: string;
  blocks?: Block[];
}

export interface BuildExportOptions {
  /** Include each item's text and blocks (items must carry them). Default false. */
  includeText?: boolean;
  /** Entities to include; only those referenced by an exported annotation are written. */
  entities?: Entity[];
}

/** Splits a tag id into its type and subtype ids. */
export function splitTag(tag: string): { type: string; subtype?: string } {
  const dot = tag.indexOf('.');
  return dot === -1 ? { type: tag } : { type: tag.slice(0, dot), subtype: tag.slice(dot + 1) };
}

/**
 * One annotation as a file holds it. Optional members are set one by one, in the schema's order
 * (the order of the file's keys), not spread in: buildExport of 10,000 annotations took 17 ms of
 * CPU with spreads, 8 ms without (2 December 2026, medians of 21, load 17).
 */
function exportAnnotation(a: Annotation): ExportedAnnotation {
  const { type, subtype } = splitTag(a.tag);
  const out: ExportedAnnotation = {
    id: a.id,
    start: a.start,
    end: a.end,
    quote: a.quote,
    prefix: a.prefix,
    suffix: a.suffix,
    tag: a.tag,
    type,
  } as ExportedAnnotation; // createdAt and updatedAt are set below, after the optional members
  if (subtype !== undefined) out.subtype = subtype;
  if (a.note !== undefined) out.note = a.note;
  if (a.entityId !== undefined) out.entityId = a.entityId;
  if (a.author !== undefined) out.author = a.author;
  out.createdAt = a.createdAt;
  out.updatedAt = a.updatedAt;
  return out;
}

/**
 * Claims as a file holds them (no article id); members whose annotation is
 * orphaned (left out of the file) are left out too, so that every member
 * names an annotation of the file.
 */
export function exportClaims(claims: readonly Claim[], annotations: readonly Annotation[]): ExportedClaim[] {
  // No claim (most articles): no set of the annotations' ids (10,000 of them: 10 ms a
  // dialog export in a CPU profile at load 5).
  if (claims.length === 0) return [];
  const inFile = new Set(annotations.filter((a) => !a.orphaned).map((a) => a.id));
  return claims.map((claim) => {
    const copy: Partial<Claim> & ExportedClaim = structuredClone(claim);
    delete copy.articleId;
    return { ...copy, members: copy.members.filter((m) => inFile.has(m.annotationId)) };
  });
}

/** The metadata fields an article may lack, only those it has (so a round trip adds no empty fields). */
function optionalMeta(
  meta: ArticleMeta,
): Pick<ExportedArticle, 'author' | 'url' | 'importedFrom' | 'status'> {
  const { author, url, importedFrom, status } = meta;
  return {
    ...(author === undefined ? {} : { author }),
    ...(url === undefined ? {} : { url }),
    ...(importedFrom === undefined ? {} : { importedFrom }),
    ...(status === undefined ? {} : { status }),
  };
}

/** Builds the Hamish JSON object for one or many articles (orphaned annotations are left out). */
export function buildExport(
  items: ExportItem[],
  taxonomy: Taxonomy,
  exportedAt: string,
  generator: string,
  options: BuildExportOptions = {},
): HamishExport {
  const articles = items.map(({ meta, annotations, claims, text, blocks }): ExportedArticle => {
    const withText = options.includeText === true && text !== undefined;
    const exportedClaims = exportClaims(claims ?? [], annotations);
    return {
      id: meta.id,
      title: meta.title,
      source: meta.source,
      date: meta.date,
      language: meta.language,
      addedAt: meta.addedAt,
      ...optionalMeta(meta),
      textSha256: meta.textSha256,
      length: meta.length,
      offsetUnit: 'codepoint' as const,
      ...(withText ? { text, blocks: (blocks ?? []).map((b) => ({ ...b })) } : {}),
      annotations: annotations.filter((a) => !a.orphaned).map(exportAnnotation),
      ...(exportedClaims.length > 0 ? { claims: exportedClaims } : {}),
    };
  });
  const used = new Set(articles.flatMap((a) => a.annotations.map((x) => x.entityId)));
  const entities = (options.entities ?? []).filter((e) => used.has(e.id));
  return exportOf({ exportedAt, generator, taxonomy }, articles, entities);
}

/** The Hamish JSON object of `articles` stamped with `head`; `entities` only when there are some. */
export function exportOf(
  head: Pick<HamishExport, 'exportedAt' | 'generator' | 'taxonomy'>,
  articles: ExportedArticle[],
  entities: Entity[] = [],
): HamishExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    ...head,
    ...(entities.length > 0 ? { entities } : {}),
    articles,
  };
}

/** Serialises an export: pretty (2-space indent) or compact, with a final newline. */
export function serializeExport(data: unknown, pretty = true): string {
  return `${JSON.stringify(data, null, pretty ? 2 : undefined)}\n`;
}

/**
 * serializeExport's text in pieces of about 16k characters (@discoveryjs/json-ext's
 * stringifyChunked: JSON.stringify's text, made piece by piece): what a file write takes, so a
 * large export is never one string nor one buffer in memory. One JSON.stringify of 10,000
 * annotations is a 12 MB two-byte string once flattened, then a fresh 6 MB buffer; their page
 * faults cost more than the serialising (bench/README.md, "Exporting 10,000 annotations (B9)").
 */
export function* serializeExportPieces(data: unknown, pretty = true): Generator<string> {
  yield* stringifyChunked(data, null, pretty ? 2 : undefined);
  yield '\n';
}

/** A file name for an article's export: its title made safe (shared/file-name.ts) plus ".hamish.json". */
export function exportFileName(title: string): string {
  return safeFileName(title, '.hamish.json', 'annotations');
}
