/**
 * Turns parsed documents of another tool into a Hamish JSON object that the
 * one import path (import-service.ts: check, preview, conflict rules,
 * all-or-nothing) takes: each document becomes an article with its canonical
 * text (merged into the library's article when it has the same text), each
 * span an annotation under the tag its label maps to, offsets in code points
 * into the canonical text, quote and context taken from it, linked to the
 * entity its file names (foreign-entities.ts).
 */

import { randomUUID } from 'node:crypto';
import { quoteSelector } from '../../../../shared/anchoring';
import { detectLanguage } from '../../../../shared/arabic-text';
import { CodePointIndex } from '../../../../shared/code-points';
import type { ExportedAnnotation, ExportedArticle, HamishExport } from '../../../../shared/export-format';
import { exportOf } from '../../../../shared/export-format';
import {
  ARTICLE_META_LENGTHS,
  MAX_CODER_NAME_LENGTH,
  MAX_NOTE_LENGTH,
} from '../../../../shared/schema/limits';
import type { Entity } from '../../../../shared/model';
import type { ExportedClaim } from '../../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../../shared/taxonomy';
import { sha256Hex } from '../../library/library-records';
import type { ForeignDocument } from './foreign-types';
import type { LabelMapping } from './label-map';
import { canonicalSpans } from './canonical-spans';
import { EntityLinker } from './foreign-entities';

/** What the converted annotations record besides their spans. */
export interface ConvertContext {
  taxonomy: Taxonomy;
  labels: LabelMapping;
  /** The imported file's name (articles' importedFrom and titles). */
  file: string;
  /** The time written as createdAt, updatedAt and addedAt. */
  at: string;
  generator: string;
  /** The library's entities, that the file's entity links resolve to first (foreign-entities.ts). */
  entities?: readonly Entity[];
}

/** One annotation on [start, end) of `index`'s text. */
export function foreignAnnotation(
  index: CodePointIndex,
  start: number,
  end: number,
  tag: string,
  extra: { note?: string | undefined; author?: string | undefined },
  at: string,
): ExportedAnnotation {
  return {
    id: randomUUID(),
    start,
    end,
    ...quoteSelector(index, start, end),
    tag,
    ...(extra.note ? { note: extra.note.slice(0, MAX_NOTE_LENGTH) } : {}),
    ...(extra.author ? { author: extra.author.slice(0, MAX_CODER_NAME_LENGTH) } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/** The article of one document: canonical text, blocks, and its spans whose label maps to a tag. */
function toArticle(
  document: ForeignDocument,
  context: ConvertContext,
  linker: EntityLinker,
): ExportedArticle {
  const kept = document.spans.filter((s) => context.labels.get(s.label) !== null);
  const where = (ref: string) => `${context.file} › ${document.name} › ${ref}`;
  const { canonical, spans } = canonicalSpans(
    document.text,
    kept.map((s) => ({ start: s.start, end: s.end, where: where(s.ref) })),
  );
  const index = new CodePointIndex(canonical.text);
  const annotations = kept.map((s, i) => {
    const [start, end] = spans[i] ?? [0, 0];
    const a = foreignAnnotation(index, start, end, context.labels.get(s.label) ?? '', s, context.at);
    if (s.entity) a.entityId = linker.link(s.entity, a.tag, a.quote);
    return a;
  });
  const claims = claimsOf(document, kept, annotations, context.at);
  const firstLine = canonical.text.split('\n')[0] ?? '';
  const title = `${document.name}: ${firstLine}`.slice(0, Math.min(ARTICLE_META_LENGTHS.title, 120));
  return {
    id: randomUUID(),
    title,
    source: '',
    date: '',
    language: detectLanguage(canonical.text),
    addedAt: context.at,
    importedFrom: context.file,
    textSha256: sha256Hex(canonical.text),
    length: index.length,
    offsetUnit: 'codepoint',
    text: canonical.text,
    blocks: canonical.blocks,
    annotations,
    ...(claims.length > 0 ? { claims } : {}),
  };
}

/**
 * The document's claims (brat files Hamish wrote) as exported claims of its
 * article: each member's span ref becomes the annotation made of that span
 * (`kept[i]` → `annotations[i]`); a member whose span was left out is
 * dropped, and a claim with no member left (the import counts it refused).
 */
function claimsOf(
  document: ForeignDocument,
  kept: readonly ForeignDocument['spans'][number][],
  annotations: readonly ExportedAnnotation[],
  at: string,
): ExportedClaim[] {
  const idOf = new Map(kept.map((s, i) => [s.ref, annotations[i]?.id ?? '']));
  return (document.claims ?? []).flatMap((c) => {
    const members = c.members.flatMap((m) => {
      const annotationId = idOf.get(m.ref);
      return annotationId ? [{ role: m.role, annotationId }] : [];
    });
    if (members.length === 0) return [];
    const attributes = Object.keys(c.attributes).length > 0 ? { attributes: c.attributes } : {};
    const note = c.note ? { note: c.note.slice(0, MAX_NOTE_LENGTH) } : {};
    return [
      { id: randomUUID(), frame: c.frame, members, ...attributes, ...note, createdAt: at, updatedAt: at },
    ];
  });
}

/** A Hamish JSON object of `articles` (and new `entities`) under the context's scheme, time and generator. */
export function hamishOf(
  articles: ExportedArticle[],
  context: ConvertContext,
  entities: Entity[] = [],
): HamishExport {
  const { at: exportedAt, generator, taxonomy } = context;
  return exportOf({ exportedAt, generator, taxonomy }, articles, entities);
}

/**
 * The Hamish JSON object of `documents` (documents without text are left
 * out), with the entities its spans' entity links had to create.
 */
export function documentsToHamish(
  documents: readonly ForeignDocument[],
  context: ConvertContext,
): HamishExport {
  const texts = documents.filter((d) => d.text.trim() !== '');
  const linker = new EntityLinker(context.entities ?? [], context.at);
  const articles = texts.map((d) => toArticle(d, context, linker));
  return hamishOf(articles, context, linker.added());
}
