/**
 * Run-time validation of every IPC argument, one zod tuple per method of the
 * contract, built from the concept schemas of shared/schema/ (the same ones
 * the library files and imports are checked against). Main runs these before any handler; a failure becomes an
 * "invalid-argument" Result naming the offending field.
 */

import { z } from 'zod';
import {
  adjudicationSetupSchema,
  agreedCopyRequestSchema,
  decideRequestSchema,
} from './adjudication/adjudication-types';
import { BACKUP_NAME } from './backups';
import type { ApiMethod, HamishApi } from './ipc-contract';
import { CONFLICT_POLICIES, EXPORT_FORMATS } from './export/export-request';
import { FOREIGN_FORMATS } from './export/foreign-import-types';
import { DUPLICATE_CHOICES } from './import-types';
import { UI_LANGUAGES } from './preferences';
import { analysisRequestSchema, mentionsRequestSchema } from './schema/analysis-schema';
import { chartFileSchema } from './schema/chart-export-schema';
import {
  AGREEMENT_FILE_KINDS,
  agreementArticlesSchema,
  agreementRequestSchema,
} from './schema/agreement-schema';
import { annotationPatchSchema, annotationSchema, newAnnotationSchema } from './schema/annotation-schema';
import {
  articleMetaPatchSchema,
  articleStatusSchema,
  newArticleSchema,
  sourceSchema,
} from './schema/article-schema';
import { CLAIM_POLICIES, claimPatchSchema, claimSchema, newClaimSchema } from './schema/claim-schema';
import { entityInputSchema } from './schema/entity-schema';
import { idSchema, languageTagSchema, schemeIdSchema, tagIdSchema } from './schema/fields';
import { MAX_ANNOTATIONS_PER_CALL, MAX_CODER_NAME_LENGTH, MAX_IMPORT_FILES } from './schema/limits';
import { mentionQuerySchema, mentionTaggingSchema } from './schema/mention-schema';
import { tagReassignmentSchema, taxonomySchema } from './schema/taxonomy-schema';

/** Longest search query, in UTF-16 units. */
const MAX_QUERY_LENGTH = 500;
/** Longest path the renderer may name (a dropped file), in UTF-16 units. */
const MAX_PATH_LENGTH = 4096;

/** A coder's name as typed (trimmed by main): 1..MAX_CODER_NAME_LENGTH UTF-16 units once trimmed. */
const coderNameSchema = z.string().trim().min(1).max(MAX_CODER_NAME_LENGTH);

/** A tag scheme's version (shared/scheme-version.ts): 14 hex digits. */
const schemeVersionSchema = z.string().regex(/^[0-9a-f]{14}$/u);

export const articleQuerySchema = z.strictObject({
  filter: z.strictObject({
    source: sourceSchema.optional(),
    language: languageTagSchema.optional(),
    status: articleStatusSchema.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    hasType: schemeIdSchema.optional(),
    undated: z.literal(true).optional(),
  }),
  sort: z.strictObject({
    key: z.union([
      z.enum(['title', 'source', 'date', 'language', 'status', 'annotations', 'addedAt']),
      z.templateLiteral(['type:', schemeIdSchema]),
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
  coders: z.array(coderNameSchema).min(1).max(1000).optional(),
});

/** The most code choices one .qdpx import may send (far above any codebook seen: MAXQDA's sample has 307). */
const MAX_CODE_CHOICES = 10_000;

/** One code's choice: an existing tag, a new tag, or skip. */
const codeChoiceEntrySchema = z.strictObject({
  guid: z.string().min(1).max(40),
  choice: z.union([z.literal('new'), z.literal('skip'), z.strictObject({ tag: tagIdSchema })]),
});

/** The most labels one foreign import may map (CoNLL and Label Studio schemes have tens). */
const MAX_LABEL_CHOICES = 10_000;

/** One label's choice: a tag of the scheme, or null to leave its spans out. */
const labelChoiceSchema = z.strictObject({
  label: z.string().max(1000),
  tag: tagIdSchema.nullable(),
});

/**
 * The arguments `items`, then optionally a ClaimPolicy as the last one
 * (what to do with claims of annotations deleted or retagged). The policy
 * is typed loosely here; its run-time check is the enum.
 */
function withPolicy<T extends [z.ZodType, ...z.ZodType[]]>(items: T) {
  return z.union([z.tuple(items), z.tuple([...items, z.enum(CLAIM_POLICIES)])]);
}

type ArgsSchemas = { [K in ApiMethod]: z.ZodType<Parameters<HamishApi[K]>> };

export const API_ARGS: ArgsSchemas = {
  listArticles: z.tuple([]),
  getArticle: z.tuple([idSchema]),
  addArticle: z.tuple([newArticleSchema]),
  listAnnotations: z.tuple([idSchema]),
  takeAnchorMoves: z.tuple([idSchema]),
  createAnnotation: z.tuple([newAnnotationSchema]),
  updateAnnotation: withPolicy([idSchema, idSchema, annotationPatchSchema]),
  deleteAnnotation: withPolicy([idSchema, idSchema]),
  listClaims: z.tuple([idSchema]),
  createClaim: z.tuple([newClaimSchema]),
  updateClaim: z.tuple([idSchema, idSchema, claimPatchSchema]),
  deleteClaims: z.tuple([idSchema, z.array(idSchema).max(MAX_ANNOTATIONS_PER_CALL)]),
  restoreClaims: z.tuple([idSchema, z.array(claimSchema).max(MAX_ANNOTATIONS_PER_CALL)]),
  listCoders: z.tuple([]),
  listAdjudications: z.tuple([]),
  openAdjudication: z.tuple([adjudicationSetupSchema]),
  decideAdjudication: z.tuple([decideRequestSchema]),
  setAgreedCopy: z.tuple([agreedCopyRequestSchema]),
  getTaxonomy: z.tuple([]),
  createAnnotations: z.tuple([idSchema, z.array(newAnnotationSchema).max(MAX_ANNOTATIONS_PER_CALL)]),
  restoreAnnotations: z.tuple([idSchema, z.array(annotationSchema).max(MAX_ANNOTATIONS_PER_CALL)]),
  deleteAnnotations: withPolicy([idSchema, z.array(idSchema).max(MAX_ANNOTATIONS_PER_CALL)]),
  saveTaxonomy: z.union([
    withPolicy([taxonomySchema, tagReassignmentSchema]),
    z.tuple([taxonomySchema, tagReassignmentSchema, z.enum(CLAIM_POLICIES).nullable(), schemeVersionSchema]),
  ]),
  undoSchemeSave: z.tuple([schemeVersionSchema]),
  countTagUses: z.tuple([]),
  previewTwinMerges: z.tuple([tagReassignmentSchema]),
  listEntities: z.tuple([]),
  saveEntity: z.tuple([entityInputSchema]),
  deleteEntity: z.tuple([idSchema]),
  openTextFile: z.tuple([]),
  exportAnnotations: z.tuple([idSchema]),
  exportLibrary: z.tuple([exportRequestSchema]),
  importAnnotations: z.tuple([
    z.enum(CONFLICT_POLICIES),
    z.strictObject({ coder: coderNameSchema.optional() }).optional(),
  ]),
  previewQdpx: z.tuple([]),
  importQdpx: z.tuple([
    z.string().min(1).max(MAX_PATH_LENGTH),
    z.array(codeChoiceEntrySchema).max(MAX_CODE_CHOICES),
    z.enum(CONFLICT_POLICIES),
  ]),
  chooseForeignFile: z.tuple([]),
  previewForeign: z.tuple([z.string().min(1).max(MAX_PATH_LENGTH), z.enum(FOREIGN_FORMATS)]),
  importForeign: z.tuple([
    z.string().min(1).max(MAX_PATH_LENGTH),
    z.enum(FOREIGN_FORMATS),
    z.array(labelChoiceSchema).max(MAX_LABEL_CHOICES),
    z.enum(CONFLICT_POLICIES),
  ]),
  getPreferences: z.tuple([]),
  setLanguage: z.tuple([z.enum(UI_LANGUAGES)]),
  getCoder: z.tuple([]),
  setCoder: z.tuple([coderNameSchema]),
  queryArticles: z.tuple([articleQuerySchema]),
  updateArticleMeta: z.tuple([idSchema, articleMetaPatchSchema]),
  trashArticle: z.tuple([idSchema]),
  restoreArticle: z.tuple([idSchema]),
  emptyTrash: z.tuple([]),
  importFiles: z.tuple([]),
  importFolder: z.tuple([]),
  importPaths: z.tuple([z.array(z.string().min(1).max(MAX_PATH_LENGTH)).min(1).max(MAX_IMPORT_FILES)]),
  listedArticleIds: z.tuple([z.array(idSchema).max(MAX_IMPORT_FILES)]),
  cancelImport: z.tuple([]),
  resolveDuplicate: z.tuple([idSchema, z.enum(DUPLICATE_CHOICES)]),
  search: z.union([
    z.tuple([z.string().max(MAX_QUERY_LENGTH)]),
    z.tuple([z.string().max(MAX_QUERY_LENGTH), z.number().int().min(1).max(200)]),
  ]),
  findLibraryMentions: z.tuple([mentionQuerySchema]),
  tagLibraryMentions: z.tuple([mentionTaggingSchema]),
  listEntityMentions: z.tuple([idSchema]),
  getAnalysis: z.tuple([analysisRequestSchema]),
  saveChartFile: z.tuple([chartFileSchema]),
  listAnalysisMentions: z.tuple([mentionsRequestSchema]),
  listAgreementCoders: z.tuple([agreementArticlesSchema]),
  getAgreement: z.tuple([agreementRequestSchema]),
  saveAgreementReport: z.tuple([agreementRequestSchema, z.enum(AGREEMENT_FILE_KINDS), z.enum(UI_LANGUAGES)]),
  getStartupReport: z.tuple([]),
  adoptArticle: z.tuple([idSchema]),
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
