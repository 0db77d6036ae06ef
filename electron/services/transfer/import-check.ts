/**
 * Checks a Hamish JSON file before anything is written: it must parse, be
 * the right format and version, match the schema, and every article and
 * annotation must agree with the text (hash, length, offsets inside it, quote
 * equal to the text at its offsets in code points, known tag, unique ids).
 * The first problem is thrown as AppFailure('invalid-import') whose params
 * say where ("articles[1] (id …) › annotations[0] (id …) › start") and why.
 */

import type { z } from 'zod';
import { CodePointIndex, codePointLength } from '../../../shared/code-points';
import type { ExportedArticle, HamishExport } from '../../../shared/export-format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../shared/export-format';
import { AppFailure } from '../../../shared/result';
import {
  hamishExportSchema,
  hamishExportV1Schema,
  IMPORTABLE_VERSIONS,
} from '../../../shared/schema/hamish-export-schema';
import { MAX_IMPORT_ANNOTATIONS } from '../../../shared/schema/limits';
import { findTag, type Taxonomy } from '../../../shared/taxonomy';
import { sha256Hex } from '../library/library-records';
import type { FileKind } from './file-kind';

/** Why a file was refused; the UI translates each (transfer.importErrors.<reason>). */
export type ImportRefusal =
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'wrong-version'
  | 'invalid-value'
  | 'text-mismatch'
  | 'out-of-range'
  | 'quote-mismatch'
  | 'unknown-tag'
  | 'unknown-entity'
  | 'duplicate-id'
  | 'too-many-annotations'
  | 'claim-member-missing'
  | 'invalid-claim'
  | 'invalid-claim-attribute'
  // Coder layers (issue 20):
  | 'layer-coder-missing'
  | 'layer-is-mine'
  // Other annotators' files (transfer/foreign/):
  | 'not-this-format'
  | 'span-mismatch'
  | 'unmapped-label'
  | 'unknown-article'
  | 'not-refi'
  // A file of another kind given as Hamish JSON (file-kind.ts):
  | `looks-like-${FileKind}`;

/** The number of annotations a parsed but not yet validated file claims (0 where it is not an array). */
function claimedAnnotations(head: Record<string, unknown>): number {
  const articles = head['articles'];
  if (!Array.isArray(articles)) return 0;
  return articles.reduce<number>((n, article: unknown) => {
    const list =
      typeof article === 'object' && article !== null
        ? (article as { annotations?: unknown }).annotations
        : undefined;
    return n + (Array.isArray(list) ? list.length : 0);
  }, 0);
}

/** Throws the refusal; `where` is a path into the file, `detail` an English explanation. */
export function refuse(reason: ImportRefusal, where: string, detail: string): never {
  throw new AppFailure('invalid-import', `${where ? `${where}: ` : ''}${detail}`, { reason, where, detail });
}

/** "articles[1] (id …) › annotations[0] (id …) › start" for a zod path into the file. */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node =
      typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = typeof node === 'object' && node !== null ? (node as { id?: unknown }).id : undefined;
      const last = parts.pop() ?? '';
      parts.push(`${last}[${key}]${typeof id === 'string' ? ` (id ${id})` : ''}`);
    } else {
      parts.push(String(key));
    }
  }
  return parts.join(' › ');
}

/**
 * The schema's verdict. zod gathers one issue per bad value and spreads them
 * into one array; past ~100k issues that overflows the stack (RangeError),
 * which is refused here as an invalid value instead of an internal error.
 */
function validate(data: unknown, version: number) {
  try {
    return (version === 1 ? hamishExportV1Schema : hamishExportSchema).safeParse(data);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    refuse('invalid-value', 'articles', 'too many invalid values to list');
  }
}

/** Files parsed and annotations checked in this thread so far (each thread has its own counts). */
const checksHere = { parsed: 0, annotations: 0 };

/**
 * How many files parseImport parsed and how many annotations checkImport
 * checked in the calling thread: tests check that an import's parse and
 * check ran in the worker, not on main.
 */
export const checksInThisThread = (): { parsed: number; annotations: number } => ({ ...checksHere });

/** Parses and structurally validates the file's text. */
export function parseImport(raw: string): HamishExport {
  checksHere.parsed++;
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/u, ''));
  } catch (error) {
    refuse('not-json', '', error instanceof Error ? error.message : 'not JSON');
  }
  return checkShape(data);
}

/** Structurally validates parsed (or converted) data as Hamish JSON: format, version, size, schema. */
export function checkShape(data: unknown): HamishExport {
  const head = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (head['format'] !== EXPORT_FORMAT) refuse('wrong-format', 'format', `expected "${EXPORT_FORMAT}"`);
  const version = IMPORTABLE_VERSIONS.find((v) => v === head['version']);
  if (version === undefined) {
    refuse(
      'wrong-version',
      'version',
      `expected ${IMPORTABLE_VERSIONS.join(' or ')}, found ${JSON.stringify(head['version'])}`,
    );
  }
  const claimed = claimedAnnotations(head);
  if (claimed > MAX_IMPORT_ANNOTATIONS) {
    refuse(
      'too-many-annotations',
      'articles',
      `${claimed} annotations is more than ${MAX_IMPORT_ANNOTATIONS} (MAX_IMPORT_ANNOTATIONS)`,
    );
  }
  const parsed = validate(data, version);
  if (!parsed.success) {
    const issue: z.core.$ZodIssue | undefined = parsed.error.issues[0];
    refuse('invalid-value', describePath(data, issue?.path ?? []), issue?.message ?? 'invalid');
  }
  // A version 1 file is a version 2 file without claims.
  return { ...parsed.data, version: EXPORT_VERSION };
}

/** C0/C1 controls except "\n", BOM and CR: never in canonical text (see shared/canonical-text.ts). */
// eslint-disable-next-line no-control-regex
const NOT_CANONICAL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFEFF]/u;

/** Whether `text` could be canonical text: NFC, no controls, no empty or space-padded lines. */
export function isCanonicalText(text: string): boolean {
  return (
    text.length > 0 &&
    text.normalize('NFC') === text &&
    !NOT_CANONICAL.test(text) &&
    text.split('\n').every((line) => line.length > 0 && line.trim() === line)
  );
}

/** Annotations checked between two calls of checkImport's tick. */
const CHECK_CHUNK = 5_000;

const at = (i: number, article: ExportedArticle): string => `articles[${i}] (id ${article.id})`;

/**
 * Checks every article and annotation. `taxonomy` is the scheme the
 * annotations will live under (the library's with the file's merged in);
 * `entityIds` the entities they may link to (the library's and the file's).
 * `localText(sha)` gives the text of a
 * library article with that hash (to check quotes of files without texts).
 * `tick(done)` is awaited after every CHECK_CHUNK annotations (to yield,
 * report progress or throw to cancel).
 */
export async function checkImport(
  data: HamishExport,
  taxonomy: Taxonomy,
  entityIds: ReadonlySet<string>,
  localText: (sha256: string) => string | undefined,
  tick: (done: number) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  let checked = 0;
  const articleIds = new Set<string>();
  const annotationIds = new Set<string>();
  for (const [i, article] of data.articles.entries()) {
    const where = at(i, article);
    if (articleIds.has(article.id)) refuse('duplicate-id', `${where} › id`, 'article id used twice');
    articleIds.add(article.id);
    if (article.text !== undefined) {
      if (sha256Hex(article.text) !== article.textSha256) {
        refuse('text-mismatch', `${where} › text`, 'the SHA-256 of text is not textSha256');
      }
      if (!isCanonicalText(article.text)) {
        refuse(
          'invalid-value',
          `${where} › text`,
          'the text is not canonical (NFC, "\\n" line ends, no controls)',
        );
      }
      if (codePointLength(article.text) !== article.length) {
        refuse('invalid-value', `${where} › length`, 'length is not the text length in code points');
      }
      article.blocks?.forEach((b, k) => {
        if (b.start > b.end || b.end > article.length) {
          refuse('out-of-range', `${where} › blocks[${k}]`, 'block outside the text');
        }
      });
    }
    const text = article.text ?? localText(article.textSha256);
    const index = text === undefined ? undefined : new CodePointIndex(text);
    for (const [k, a] of article.annotations.entries()) {
      const here = `${where} › annotations[${k}] (id ${a.id})`;
      if (annotationIds.has(a.id)) refuse('duplicate-id', `${here} › id`, 'annotation id used twice');
      annotationIds.add(a.id);
      if (a.end <= a.start) refuse('out-of-range', `${here} › end`, 'end is not after start');
      if (a.end > article.length) {
        refuse(
          'out-of-range',
          `${here} › end`,
          `end ${a.end} is past the end of the text (${article.length})`,
        );
      }
      if (!findTag(taxonomy, a.tag))
        refuse('unknown-tag', `${here} › tag`, `tag "${a.tag}" is not in the taxonomy`);
      if (a.entityId !== undefined && !entityIds.has(a.entityId)) {
        refuse(
          'unknown-entity',
          `${here} › entityId`,
          `entity ${a.entityId} is neither in the file's entities nor in the library`,
        );
      }
      const quote = index ? index.text.slice(index.toUtf16(a.start), index.toUtf16(a.end)) : undefined;
      if (codePointLength(a.quote) !== a.end - a.start || (quote !== undefined && quote !== a.quote)) {
        refuse('quote-mismatch', `${here} › quote`, 'quote is not the text at start..end (code points)');
      }
      checksHere.annotations++;
      if (++checked % CHECK_CHUNK === 0) await tick(checked);
    }
  }
}
