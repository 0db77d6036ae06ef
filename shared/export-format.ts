/**
 * The native export format, "Hamish JSON", version 1. Described by
 * shared/schema/hamish-export-1.schema.json; offsets are Unicode code points
 * into the article's canonical text, whose SHA-256 is included so a consumer
 * can check it holds the same text.
 */

import type { Annotation, ArticleMeta, Entity, EntityKind } from './model';
import type { Taxonomy } from './taxonomy';

export const EXPORT_FORMAT = 'hamish-annotations';
export const EXPORT_VERSION = 1;

export interface ExportedAnnotation {
  id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  tag: string;
  /** The analyst's note, when there is one. */
  note?: string;
  /** Id of the canonical entity (in `entities`) an Actor annotation refers to. */
  entityId?: string;
  createdAt: string;
  updatedAt: string;
}

/** A canonical entity referred to by exported annotations. */
export interface ExportedEntity {
  id: string;
  name: { ar: string; en: string };
  kind: EntityKind;
  aliases: string[];
}

export interface HamishExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  generator: string;
  taxonomy: Taxonomy;
  /** The entities the exported annotations link to (absent when none). */
  entities?: ExportedEntity[];
  articles: {
    id: string;
    title: string;
    source: string;
    date: string;
    language: string;
    textSha256: string;
    length: number;
    offsetUnit: 'codepoint';
    annotations: ExportedAnnotation[];
  }[];
}

export function buildExport(
  items: { meta: ArticleMeta; annotations: Annotation[] }[],
  taxonomy: Taxonomy,
  exportedAt: string,
  generator: string,
  entities: readonly Entity[] = [],
): HamishExport {
  const linked = new Set(items.flatMap(({ annotations }) => annotations.map((a) => a.entityId)));
  const exportedEntities = entities
    .filter((e) => linked.has(e.id))
    .map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases }));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    generator,
    taxonomy,
    ...(exportedEntities.length > 0 ? { entities: exportedEntities } : {}),
    articles: items.map(({ meta, annotations }) => ({
      id: meta.id,
      title: meta.title,
      source: meta.source,
      date: meta.date,
      language: meta.language,
      textSha256: meta.textSha256,
      length: meta.length,
      offsetUnit: 'codepoint' as const,
      annotations: annotations.map((a) => ({
        id: a.id,
        start: a.start,
        end: a.end,
        quote: a.quote,
        prefix: a.prefix,
        suffix: a.suffix,
        tag: a.tag,
        ...(a.note ? { note: a.note } : {}),
        ...(a.entityId ? { entityId: a.entityId } : {}),
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
    })),
  };
}

/** A file name for an article's export: its title, made safe, plus ".hamish.json". */
export function exportFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // Cut by code points so an astral character is never split into a lone surrogate.
  const safe = Array.from(cleaned).slice(0, 80).join('').trim();
  return `${safe || 'annotations'}.hamish.json`;
}
