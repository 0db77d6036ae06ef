/**
 * The shapes of the library's files, validated with zod whenever they are
 * read (a file is input like any other), and a helper that opens a validated
 * lowdb file, reporting a corrupt one as AppFailure('storage-failed').
 */

import type { Low } from 'lowdb';
import { z } from 'zod';
import { idSchema } from '../../../shared/ipc-validation';
import { AppFailure } from '../../../shared/result';
import { CorruptFileError, openJsonFile, type JsonFileOptions } from '../storage/json-file';

const count = z.number().int().min(0);

const articleMetaSchema = z.object({
  id: idSchema,
  title: z.string(),
  source: z.string(),
  date: z.string(),
  language: z.string(),
  addedAt: z.string(),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  length: count,
  annotationCount: count,
  author: z.string().optional(),
  url: z.string().optional(),
  importedFrom: z.string().optional(),
  status: z.enum(['new', 'in-progress', 'done']).optional(),
  deletedAt: z.string().optional(),
  annotationCounts: z.record(z.string(), count).optional(),
});

/** index.json */
export const indexFileSchema = z.object({
  version: z.literal(1),
  seeded: z.boolean(),
  articles: z.array(articleMetaSchema),
});
export type IndexFile = z.infer<typeof indexFileSchema>;

/** articles/<id>.json: the canonical text, written once. */
export const articleFileSchema = z.object({
  version: z.literal(1),
  id: idSchema,
  text: z.string(),
  blocks: z.array(
    z.object({
      kind: z.enum(['heading', 'paragraph', 'quote']),
      start: count,
      end: count,
    }),
  ),
});
export type ArticleFile = z.infer<typeof articleFileSchema>;

const annotationSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  start: count,
  end: count,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  tag: z.string(),
  note: z.string().optional(),
  entityId: idSchema.optional(),
  author: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  orphaned: z.boolean().optional(),
});

/** annotations/<id>.json: one article's annotations. */
export const annotationsFileSchema = z.object({
  version: z.literal(1),
  articleId: idSchema,
  annotations: z.array(annotationSchema),
});
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;

const label = z.object({ ar: z.string(), en: z.string() });
const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/);
const typeId = z.string().regex(/^[a-z0-9_-]{1,40}$/);

/** taxonomy.json */
export const taxonomySchema = z.object({
  version: z.literal(1),
  types: z.array(
    z.object({
      id: typeId,
      label,
      color,
      key: z.string().max(1),
      clitics: z.boolean().optional(),
      subtypes: z.array(z.object({ id: typeId, label, color, key: z.string().max(1) })),
    }),
  ),
});

function storageFailure(path: string, message: string): AppFailure {
  return new AppFailure('storage-failed', `${path}: ${message}`, {
    file: path,
  });
}

/**
 * Opens `path` as a Low whose data is checked against `schema`; keeps
 * `defaultData` (unwritten) when the file does not exist. A file that does
 * not parse or does not match is reported, never replaced.
 */
export async function openValidated<T>(
  path: string,
  schema: z.ZodType<T>,
  defaultData: T,
  options?: JsonFileOptions,
): Promise<{ db: Low<T>; existed: boolean }> {
  let opened: { db: Low<T>; existed: boolean };
  try {
    opened = await openJsonFile<T>(path, defaultData, options);
  } catch (error) {
    if (error instanceof CorruptFileError) throw storageFailure(path, 'not valid JSON');
    throw storageFailure(path, error instanceof Error ? error.message : String(error));
  }
  if (opened.existed) {
    const parsed = schema.safeParse(opened.db.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw storageFailure(
        path,
        `unexpected content at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      );
    }
    opened.db.data = parsed.data;
  }
  return opened;
}

/** Runs a write, reporting any failure as AppFailure('storage-failed'); `write` is called synchronously. */
export async function persist<T = void>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `the library folder is read-only (${code}: no permission to write there)`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new AppFailure('storage-failed', `Could not write ${path}: ${reason}`, { file: path });
  }
}
