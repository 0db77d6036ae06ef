/**
 * Run-time validation of every IPC argument, one zod tuple per method of the
 * contract. Main runs these before any handler; a failure becomes an
 * "invalid-argument" Result naming the offending field.
 */

import { z } from 'zod';
import { BACKUP_NAME } from './backups';
import type { ApiMethod, HamishApi } from './ipc-contract';
import { CONFLICT_POLICIES, EXPORT_FORMATS } from './export/export-request';
import { ARTICLE_STATUSES, MAX_TEXT_LENGTH } from './model';
import { UI_LANGUAGES } from './preferences';

/** Ids are RFC 4122 UUIDs: they become file names, so nothing else may pass. */
export const idSchema = z.uuid();

const shortText = (max: number) => z.string().max(max);

export const newArticleSchema = z.strictObject({
  title: z.string().trim().min(1).max(500),
  text: z.string().min(1).max(MAX_TEXT_LENGTH),
  source: shortText(500).optional(),
  date: z.union([z.literal(''), z.iso.date()]).optional(),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
    .optional(),
});

const offset = z.number().int().min(0).max(MAX_TEXT_LENGTH);
const tagId = z.string().regex(/^[a-z0-9_-]{1,40}(\.[a-z0-9_-]{1,40})?$/);

const note = z.string().max(10_000);

export const newAnnotationSchema = z
  .strictObject({
    articleId: idSchema,
    start: offset,
    end: offset,
    tag: tagId,
    note: note.optional(),
    entityId: idSchema.optional(),
  })
  .refine((a) => a.end > a.start, { message: 'end must be greater than start', path: ['end'] });

export const annotationPatchSchema = z.strictObject({
  tag: tagId.optional(),
  note: note.nullable().optional(),
  entityId: idSchema.nullable().optional(),
  start: offset.optional(),
  end: offset.optional(),
});

const timestamp = z.string().max(40);

/** A whole annotation, as undo/redo sends it back. */
export const annotationSchema = z.strictObject({
  id: idSchema,
  articleId: idSchema,
  start: offset,
  end: offset,
  quote: z.string().max(MAX_TEXT_LENGTH),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  tag: tagId,
  note: note.optional(),
  entityId: idSchema.optional(),
  author: shortText(200).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  orphaned: z.boolean().optional(),
});

const label = z.strictObject({ ar: shortText(120), en: shortText(120) });
const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/);
const schemeId = z.string().regex(/^[a-z0-9_-]{1,40}$/);
const shortcut = z.string().max(1);

export const taxonomyArgSchema = z.strictObject({
  version: z.literal(1),
  types: z
    .array(
      z.strictObject({
        id: schemeId,
        label,
        color,
        key: shortcut,
        clitics: z.boolean().optional(),
        subtypes: z.array(z.strictObject({ id: schemeId, label, color, key: shortcut })).max(60),
      }),
    )
    .max(60),
});

export const entityInputSchema = z.strictObject({
  id: idSchema.optional(),
  name: label,
  kind: z.enum(['person', 'organisation', 'state', 'armed-group', 'other']),
  aliases: z.array(shortText(300)).max(200),
});

const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
const languageTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/);

export const articleMetaPatchSchema = z.strictObject({
  title: z.string().trim().min(1).max(500).optional(),
  source: shortText(500).optional(),
  date: isoDateOrEmpty.optional(),
  language: languageTag.optional(),
  author: shortText(500).optional(),
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]).optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
});

const typeIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}$/);

export const articleQuerySchema = z.strictObject({
  filter: z.strictObject({
    source: shortText(500).optional(),
    language: languageTag.optional(),
    status: z.enum(ARTICLE_STATUSES).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    hasType: typeIdSchema.optional(),
  }),
  sort: z.strictObject({
    key: z.union([
      z.enum(['title', 'source', 'date', 'language', 'status', 'annotations', 'addedAt']),
      z.templateLiteral(['type:', typeIdSchema]),
    ]),
    direction: z.enum(['asc', 'desc']),
  }),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(1000),
  trash: z.boolean().optional(),
});

export const exportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  articleIds: z.array(idSchema).min(1).max(1_000_000).optional(),
  pretty: z.boolean().optional(),
  includeText: z.boolean().optional(),
});

type ArgsSchemas = { [K in ApiMethod]: z.ZodType<Parameters<HamishApi[K]>> };

export const API_ARGS: ArgsSchemas = {
  listArticles: z.tuple([]),
  getArticle: z.tuple([idSchema]),
  addArticle: z.tuple([newArticleSchema]),
  listAnnotations: z.tuple([idSchema]),
  takeAnchorMoves: z.tuple([idSchema]),
  createAnnotation: z.tuple([newAnnotationSchema]),
  updateAnnotation: z.tuple([idSchema, idSchema, annotationPatchSchema]),
  deleteAnnotation: z.tuple([idSchema, idSchema]),
  getTaxonomy: z.tuple([]),
  createAnnotations: z.tuple([idSchema, z.array(newAnnotationSchema).max(10_000)]),
  restoreAnnotations: z.tuple([idSchema, z.array(annotationSchema).max(10_000)]),
  deleteAnnotations: z.tuple([idSchema, z.array(idSchema).max(10_000)]),
  saveTaxonomy: z.tuple([taxonomyArgSchema, z.record(tagId, tagId.nullable())]),
  countTagUses: z.tuple([]),
  listEntities: z.tuple([]),
  saveEntity: z.tuple([entityInputSchema]),
  deleteEntity: z.tuple([idSchema]),
  openTextFile: z.tuple([]),
  exportAnnotations: z.tuple([idSchema]),
  exportLibrary: z.tuple([exportRequestSchema]),
  importAnnotations: z.tuple([z.enum(CONFLICT_POLICIES)]),
  getPreferences: z.tuple([]),
  setLanguage: z.tuple([z.enum(UI_LANGUAGES)]),
  queryArticles: z.tuple([articleQuerySchema]),
  updateArticleMeta: z.tuple([idSchema, articleMetaPatchSchema]),
  trashArticle: z.tuple([idSchema]),
  restoreArticle: z.tuple([idSchema]),
  emptyTrash: z.tuple([]),
  importFiles: z.tuple([]),
  importFolder: z.tuple([]),
  importPaths: z.tuple([z.array(z.string().min(1).max(4096)).min(1).max(20_000)]),
  cancelImport: z.tuple([]),
  search: z.union([
    z.tuple([z.string().max(500)]),
    z.tuple([z.string().max(500), z.number().int().min(1).max(200)]),
  ]),
  getStartupReport: z.tuple([]),
  listBackups: z.tuple([]),
  restoreBackup: z.tuple([z.string().regex(BACKUP_NAME)]),
};

/** Human-readable path of the first issue, e.g. "0.title" → "argument 1: title". */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'invalid' };
  const [first, ...rest] = issue.path;
  const field =
    typeof first === 'number'
      ? [`argument ${first + 1}`, ...rest.map(String)].join('.')
      : issue.path.map(String).join('.');
  return { field, message: issue.message };
}
