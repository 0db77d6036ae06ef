/**
 * index.head.json, beside index.json (issue 17, B6 "cold open to first
 * page"): the library's default first page (newest first, HEAD_QUERY) as
 * queryArticles computed it from index.json, plus index.json's stamp (size,
 * modification time, inode) when that page was computed, the list digest
 * of its live articles (list-digest.ts; issue 17, B8: the search index is
 * checked against it without hashing 100,000 articles at open), and a
 * SHA-256 of page and digest (a head damaged in place is not trusted). A derived cache,
 * never the only copy of anything: written after every whole write of
 * index.json (not fsynced: a torn or stale head is simply not used), read
 * at open so the first page is listed without parsing the whole index. It
 * is used only when its stamp equals index.json's as it is now and no
 * index.journal exists; anything else (missing, damaged, stale) means the
 * index is opened the full way, as before this file existed; so is a head
 * of version 1 (no digest). The digest is trusted as the page is: an
 * index.json replaced or damaged behind the head's back changes its stamp,
 * but one corrupted in place yet still valid (same size, time and inode) is
 * not caught at open by the head, nor by the search index's check.
 */

import { createHash } from 'node:crypto';
import { stat, writeFile, readFile, rename, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { ArticleMeta } from '../../../shared/model';
import {
  DEFAULT_QUERY,
  queryArticles,
  type ArticlePage,
  type ArticleQuery,
} from '../../../shared/library-query';
import { digestOfList, type ListDigest } from '../search/list-digest';
import { tempPathFor } from '../storage/atomic-write';
import { isPlainValidIndex } from './check/index-fast-check';
import { indexJournalPathOf } from './index-journal';
import { indexFileSchema, type IndexFile } from './library-files';
import { nextTurn } from '../storage/next-turn';

/** The query whose page the head holds: the library's default order, one renderer page and more. */
export const HEAD_QUERY: ArticleQuery = { ...DEFAULT_QUERY, limit: 100 };

/** What identifies one version of index.json on disk (an atomic write makes a new inode). */
export interface IndexStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** index.head.json's content. */
export interface IndexHead {
  version: 2;
  stamp: IndexStamp;
  /** SHA-256 (hex) of page and digest (`sumOf`): a head damaged in place is not trusted. */
  sum: string;
  seeded: boolean;
  page: ArticlePage;
  /** The list digest (list-digest.ts) of the live articles of the index.json it describes. */
  digest: ListDigest;
}

const count = z.number().int().nonnegative();
const lane = z
  .number()
  .int()
  .nonnegative()
  .lt(2 ** 32);
const headSchema = z.strictObject({
  version: z.literal(2),
  stamp: z.strictObject({ size: count, mtimeMs: z.number().nonnegative(), ino: count }),
  sum: z.string().regex(/^[0-9a-f]{64}$/u),
  seeded: z.boolean(),
  page: z.strictObject({
    // The items are checked as an index would be (fast path, then zod), below.
    items: z.array(z.unknown()),
    total: count,
    sources: z.array(z.string()),
    languages: z.array(z.string()),
    undated: count,
  }),
  digest: z.strictObject({ count, a: lane, b: lane }),
});

/** The head beside the index at `indexPath` (`index.json` → `index.head.json`). */
export const indexHeadPathOf = (indexPath: string): string => indexPath.replace(/\.json$/u, '.head.json');

/** index.json's stamp as it is now; null when it does not exist. Throws on other I/O errors. */
export async function stampOf(indexPath: string): Promise<IndexStamp | null> {
  try {
    const info = await stat(indexPath);
    return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The head's checksum: SHA-256 (hex) of its page and its digest, each as JSON, one after the other. */
const sumOf = (page: unknown, digest: unknown): string =>
  createHash('sha256').update(JSON.stringify(page)).update(JSON.stringify(digest)).digest('hex');

const sameStamp = (a: IndexStamp, b: IndexStamp): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** The metadata in `items` when each is a valid index entry; null otherwise. */
function validItems(items: unknown[], seeded: boolean): ArticleMeta[] | null {
  const asIndex = { version: 1, seeded, articles: items };
  if (isPlainValidIndex(asIndex)) return asIndex.articles;
  const parsed = indexFileSchema.safeParse(asIndex);
  return parsed.success ? parsed.data.articles : null;
}

/**
 * The head of the index at `indexPath` when it can be trusted for this
 * index.json: it parses and validates, its stamp is index.json's current
 * one, and no index.journal is waiting to be replayed. Otherwise null
 * (never throws: any failure means "open the full way").
 */
export async function readIndexHead(indexPath: string): Promise<IndexHead | null> {
  try {
    const [raw, stamp, journal] = await Promise.all([
      readFile(indexHeadPathOf(indexPath), 'utf8'),
      stampOf(indexPath),
      stampOf(indexJournalPathOf(indexPath)),
    ]);
    if (!stamp || journal) return null;
    const json = JSON.parse(raw) as { page?: unknown; digest?: unknown };
    const parsed = headSchema.safeParse(json);
    if (!parsed.success || !sameStamp(parsed.data.stamp, stamp)) return null;
    if (sumOf(json.page, json.digest) !== parsed.data.sum) return null;
    const items = validItems(parsed.data.page.items, parsed.data.seeded);
    if (!items) return null;
    return { ...parsed.data, page: { ...parsed.data.page, items } };
  } catch {
    return null;
  }
}

/** What the head holds of one index, besides the stamp. */
export type HeadContent = Pick<IndexHead, 'seeded' | 'page' | 'digest'>;

/**
 * The list digest of `data`'s live articles, in slices (main yields to its
 * event loop between them). It reads only each article's id, text hash,
 * title, URL and trash mark, which are never changed in place (a change
 * makes a new metadata object in a new array), so it may be computed while
 * `data` is being serialised: it describes what the write holds.
 */
export const headDigestOf = (data: IndexFile): Promise<ListDigest> => digestOfList(data.articles, nextTurn);

/**
 * The head's content for `data`, whose digest (`headDigestOf`) is `digest`:
 * call it in the same tick as `data` is serialised for index.json, since
 * metadata (annotation counts, on the page) may change in memory before the
 * write is over.
 */
export function headContentOf(data: IndexFile, digest: ListDigest): HeadContent {
  return { seeded: data.seeded, page: queryArticles(data.articles, HEAD_QUERY), digest };
}

/**
 * Writes the head `content`, of the index just written to `indexPath`
 * (stamped from the file as it is now). Temp file and rename, no fsync:
 * after a crash the head is missing, stale or torn, and each of those is
 * ignored at open.
 */
export async function writeIndexHead(indexPath: string, content: HeadContent): Promise<void> {
  const stamp = await stampOf(indexPath);
  const target = indexHeadPathOf(indexPath);
  if (!stamp) return rm(target, { force: true });
  const head: IndexHead = { version: 2, stamp, sum: sumOf(content.page, content.digest), ...content };
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, JSON.stringify(head));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * The page `query` asks for when the head holds all of it (the default
 * order and no filter, within the head's rows); null when only the whole
 * index can answer. Copies.
 */
export function pageFromHead(head: IndexHead, query: ArticleQuery): ArticlePage | null {
  const plain =
    !query.trash &&
    Object.keys(query.filter).length === 0 &&
    query.sort.key === HEAD_QUERY.sort.key &&
    query.sort.direction === HEAD_QUERY.sort.direction;
  const { page } = head;
  const end = query.offset + query.limit;
  if (!plain || (end > page.items.length && page.items.length < page.total)) return null;
  return {
    ...page,
    items: page.items.slice(query.offset, end).map((meta) => ({ ...meta })),
    sources: [...page.sources],
    languages: [...page.languages],
  };
}
