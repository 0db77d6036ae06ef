/**
 * A read REFI-QDA project, its codes mapped to tags, as a Hamish JSON export
 * (with texts) that the existing merge flow imports all-or-nothing: each
 * text source an article (its text made canonical, its GUID the article id),
 * each coded selection an annotation placed in that text (refi-placement),
 * the selection's creating user its coder, its Description and notes its
 * note; cases Hamish wrote for entities become entities again. Values are cut
 * to the app's limits; what cannot come in is listed as skipped.
 */

import { quoteSelector } from '../../../../shared/anchoring';
import { detectLanguage } from '../../../../shared/arabic-text';
import { canonicalize } from '../../../../shared/canonical-text';
import { CodePointIndex, codePointLength } from '../../../../shared/code-points';
import {
  exportOf,
  type ExportedAnnotation,
  type ExportedArticle,
  type HamishExport,
} from '../../../../shared/export-format';
import { ARTICLE_STATUSES, ENTITY_KINDS, type Entity } from '../../../../shared/model';
import { articleUrlSchema } from '../../../../shared/schema/article-schema';
import { idSchema, languageTagSchema, publicationDateSchema } from '../../../../shared/schema/fields';
import {
  ARTICLE_META_LENGTHS,
  MAX_ALIASES,
  MAX_ALIAS_LENGTH,
  MAX_CODER_NAME_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
} from '../../../../shared/schema/limits';
import { claimsByArticle } from './refi-claims-read';
import type { Taxonomy } from '../../../../shared/taxonomy';
import { sha256Hex } from '../../library/library-records';
import { ARTICLE_VARIABLES, ENTITY_VARIABLES } from './refi-project';
import { refiGuid, type GuidKind } from './refi-ids';
import type { RefiProject, RefiSkipped, RefiSource } from './refi-model';
import { SelectionPlacer } from './refi-placement';

/** `text` cut to `max` UTF-16 units without splitting a surrogate pair, trimmed. */
function cut(text: string, max: number): string {
  let out = text.trim();
  if (out.length > max) out = out.slice(0, /[\uD800-\uDBFF]/u.test(out[max - 1] ?? '') ? max - 1 : max);
  return out.trim();
}

/** A REFI GUID as a Hamish id: itself when it is a UUID Hamish accepts, else a UUID derived from it. */
function idOf(guid: string, kind: GuidKind, taken: Set<string>): string {
  const parsed = idSchema.safeParse(guid);
  let id = parsed.success ? parsed.data : refiGuid(kind, guid);
  while (taken.has(id)) id = refiGuid(kind, `${id}+`);
  taken.add(id);
  return id;
}

/** An ISO date-time with offset for `value` (any date-time Date.parse reads), else `fallback`. */
function timestamp(value: string | undefined, fallback: string): string {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}

/** What a project becomes: the export to merge and what was left out. */
export interface RefiConversion {
  data: HamishExport;
  skipped: RefiSkipped[];
}

type Vars = Record<keyof typeof ARTICLE_VARIABLES, string | undefined>;

/**
 * The optional metadata of a source's variables and creation time (what
 * refi-project writes): author, URL (http/https only), the file the article
 * was imported from, reading status and addedAt; each only when present and valid.
 */
function optionalMeta(source: RefiSource): Partial<ExportedArticle> {
  const vars = source.variables as Partial<Vars>;
  const author = cut(vars.Author ?? '', ARTICLE_META_LENGTHS.author);
  const url = (vars.URL ?? '').trim();
  const importedFrom = cut(vars['Imported from'] ?? '', ARTICLE_META_LENGTHS.importedFrom);
  const status = ARTICLE_STATUSES.find((s) => s === vars['Reading status']);
  const addedAt = source.createdAt === undefined ? undefined : timestamp(source.createdAt, '');
  return {
    ...(addedAt ? { addedAt } : {}),
    ...(author ? { author } : {}),
    ...(url && articleUrlSchema.safeParse(url).success ? { url } : {}),
    ...(importedFrom ? { importedFrom } : {}),
    ...(status ? { status } : {}),
  };
}

function articleOf(
  source: RefiSource,
  tagOf: ReadonlyMap<string, string>,
  ids: { articles: Set<string>; annotations: Set<string> },
  selectionIds: Map<string, string>,
  skipped: RefiSkipped[],
  now: string,
): ExportedArticle | undefined {
  const title = cut(source.name, ARTICLE_META_LENGTHS.title) || 'REFI-QDA source';
  const { text } = canonicalize(source.text);
  if (text === '') {
    skipped.push({ what: title, reason: 'empty-source' });
    return undefined;
  }
  const placer = new SelectionPlacer(source.text, text);
  const index = new CodePointIndex(text);
  const annotations: ExportedAnnotation[] = [];
  for (const sel of source.selections) {
    const tag = tagOf.get(sel.code);
    const what = `${title} › ${sel.start}–${sel.end}`;
    if (tag === undefined) {
      skipped.push({ what, reason: 'unmapped-code' });
      continue;
    }
    const span = placer.place(sel.start, sel.end);
    if (!span) {
      skipped.push({ what, reason: 'outside-text' });
      continue;
    }
    const id = idOf(sel.guid, 'coding', ids.annotations);
    selectionIds.set(sel.guid, id);
    const note = cut(sel.note, MAX_NOTE_LENGTH);
    const author = sel.user === undefined ? '' : cut(sel.user, MAX_CODER_NAME_LENGTH);
    const createdAt = timestamp(sel.createdAt, now);
    annotations.push({
      id,
      ...span,
      ...quoteSelector(index, span.start, span.end),
      tag,
      ...(note ? { note } : {}),
      ...(author ? { author } : {}),
      createdAt,
      updatedAt: timestamp(sel.updatedAt, createdAt),
    });
  }
  const vars = source.variables as Partial<Vars>;
  const date = vars['Publication date'] ?? '';
  const language = vars.Language ?? '';
  return {
    id: idOf(source.guid, 'project', ids.articles),
    title,
    source: cut(vars.Source ?? '', ARTICLE_META_LENGTHS.source),
    date: publicationDateSchema.safeParse(date).success ? date : '',
    language: languageTagSchema.safeParse(language).success ? language : detectLanguage(text),
    ...optionalMeta(source),
    textSha256: sha256Hex(text),
    length: codePointLength(text),
    offsetUnit: 'codepoint',
    text,
    annotations,
  };
}

/** Entities of the cases Hamish wrote for them (an "Entity kind" variable of a known kind). */
function entitiesOf(project: RefiProject, selectionIds: ReadonlyMap<string, string>, now: string) {
  const entities: Entity[] = [];
  const entityOf = new Map<string, string>();
  const names = Object.keys(ENTITY_VARIABLES) as (keyof typeof ENTITY_VARIABLES)[];
  for (const c of project.cases) {
    const kind = ENTITY_KINDS.find((k) => k === c.variables[names[0] ?? '']);
    const id = idSchema.safeParse(c.guid);
    if (!kind || !id.success) continue;
    const label = (v: string | undefined) => cut(v ?? '', MAX_LABEL_LENGTH);
    entities.push({
      id: id.data,
      name: { ar: label(c.variables['Name (Arabic)']), en: label(c.variables['Name (English)']) },
      kind,
      aliases: (c.variables['Aliases'] ?? '')
        .split('\n')
        .map((a) => cut(a, MAX_ALIAS_LENGTH))
        .filter((a) => a !== '')
        .slice(0, MAX_ALIASES),
      createdAt: now,
      updatedAt: now,
    });
    for (const sel of c.selections) {
      const annotation = selectionIds.get(sel);
      if (annotation) entityOf.set(annotation, id.data);
    }
  }
  return { entities, entityOf };
}

/**
 * The Hamish export of `project` with each code's selections tagged by
 * `tagOf` (code GUID → tag id of `taxonomy`, the scheme after the mapping);
 * `generator` and `now` (ISO) stamp it. `file`, the .qdpx's name, is the
 * importedFrom of sources of a project another tool wrote (origin not
 * "Hamish…") that name none themselves; Hamish's own keep theirs, or none.
 */
export function refiToHamish(
  project: RefiProject,
  taxonomy: Taxonomy,
  tagOf: ReadonlyMap<string, string>,
  generator: string,
  now: string,
  file = '',
): RefiConversion {
  const skipped = [...project.skipped];
  const ids = { articles: new Set<string>(), annotations: new Set<string>() };
  const selectionIds = new Map<string, string>();
  const articles = project.sources.flatMap(
    (source) => articleOf(source, tagOf, ids, selectionIds, skipped, now) ?? [],
  );
  const { entities, entityOf } = entitiesOf(project, selectionIds, now);
  const fromFile = /^Hamish\b/u.test(project.origin) ? '' : cut(file, ARTICLE_META_LENGTHS.importedFrom);
  for (const article of articles) {
    if (fromFile && article.importedFrom === undefined) article.importedFrom = fromFile;
    for (const a of article.annotations) {
      const entityId = entityOf.get(a.id);
      if (entityId) a.entityId = entityId;
    }
  }
  const articleOfAnnotation = new Map(
    articles.flatMap((article) => article.annotations.map((a) => [a.id, article.id] as const)),
  );
  const claims = claimsByArticle(project.claims ?? [], selectionIds, articleOfAnnotation, now);
  const withClaims = articles.map((article) => {
    const list = claims.get(article.id);
    return list ? { ...article, claims: list } : article;
  });
  const data = exportOf({ exportedAt: now, generator, taxonomy }, withClaims, entities);
  return { data, skipped };
}
