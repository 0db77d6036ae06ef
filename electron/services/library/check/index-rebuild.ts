/**
 * Rebuilding a damaged or lost index.json: each article file found under
 * articles/ gets its metadata back from, in order, the fields of the damaged
 * index that still pass the schema (index-salvage.ts), the newest backup
 * whose index.json lists it with the same text (title, source, date, author,
 * URL, status, trash state, when it was added), the metadata the article
 * file keeps of itself (as it entered the library: title, source, date,
 * language, author, URL, file imported from, when it was added), and for
 * files written before they kept it, the text itself (its first line as the
 * title, the file's mtime as when it was added). What an
 * article lost is told to the user (StartupReport.indexLosses). Damaged
 * texts are quarantined with their annotations.
 */

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectLanguage } from '../../../../shared/arabic-text';
import { codePointLength } from '../../../../shared/code-points';
import type { ArticleMeta } from '../../../../shared/model';
import type { IndexLoss } from '../../../../shared/startup-report';
import { backupsDir, listBackups } from '../backups';
import {
  annotationsFileSchema,
  articleFileSchema,
  indexFileSchema,
  type ArticleFile,
  type IndexFile,
} from '../library-files';
import type { LibraryPaths } from '../library-paths';
import { sha256Hex } from '../library-records';
import { idsOf, readChecked, type Checker } from './library-check';
import { salvageMeta } from './index-salvage';

const TITLE_LENGTH = 120;
/** What an article whose metadata is in no backup loses: everything but its text. */
const ALL_METADATA = ['title', 'source', 'date', 'author', 'url', 'status'];

/** A title for an article whose metadata was lost: its first line. */
function recoveredTitle(file: ArticleFile): string {
  const first = file.blocks[0];
  const line = first ? [...file.text].slice(first.start, first.end).join('') : file.text.split('\n')[0];
  return [...(line ?? '').trim()].slice(0, TITLE_LENGTH).join('') || file.id;
}

/** Metadata for an article known only by its file: what the file kept of itself, else its first line as the title and nothing else but the text's. */
export function metaFromFile(file: ArticleFile, addedAt: string): ArticleMeta {
  const derived = {
    title: recoveredTitle(file),
    source: '',
    date: '',
    language: detectLanguage(file.text),
    addedAt,
  };
  return {
    id: file.id,
    // Kept in the file since issue 13: the metadata it entered the library with.
    ...(file.meta ?? derived),
    textSha256: sha256Hex(file.text),
    length: codePointLength(file.text),
    // Counted by the background check, which reads the annotation files.
    annotationCount: 0,
  };
}

/** Metadata by article id from the backups' index.json files, the newest backup first to claim an id. */
async function backedUpMeta(paths: LibraryPaths): Promise<Map<string, ArticleMeta>> {
  const found = new Map<string, ArticleMeta>();
  for (const backup of await listBackups(paths)) {
    const read = await readChecked(join(backupsDir(paths), backup.name, 'index.json'), indexFileSchema);
    if (read.status !== 'ok') continue;
    for (const meta of read.data.articles) if (!found.has(meta.id)) found.set(meta.id, meta);
  }
  return found;
}

/** The rebuilt index and what each article lost. */
export interface RebuiltIndex {
  index: IndexFile;
  losses: IndexLoss[];
}

/** Rebuilds the index (see the module comment); writes nothing but quarantines damaged texts. */
export async function rebuildIndex(
  paths: LibraryPaths,
  checker: Checker,
  /** The damaged index's entries by id (readIndexEntries), empty when it was lost or unparsable. */
  old: Map<string, Record<string, unknown>>,
): Promise<RebuiltIndex> {
  const backups = await backedUpMeta(paths);
  const articles: ArticleMeta[] = [];
  const losses: IndexLoss[] = [];
  for (const id of idsOf(await readdir(paths.articlesDir).catch(() => []))) {
    const path = paths.article(id);
    const read = await readChecked(path, articleFileSchema);
    if (read.status === 'missing') continue;
    if (read.status === 'ok' && read.data.id === id) {
      const file = read.data;
      const textSha256 = sha256Hex(file.text);
      const known = backups.get(id);
      // Counts are set by the background check, which reads the annotation files.
      const counts = { annotationCount: 0 };
      if (known && known.textSha256 === textSha256) {
        const meta: ArticleMeta = { ...known, ...counts };
        delete meta.annotationCounts;
        articles.push(salvageMeta(meta, old.get(id)));
        continue;
      }
      const fromText = metaFromFile(file, (await stat(path)).mtime.toISOString());
      const entry = old.get(id);
      const meta = salvageMeta(fromText, entry);
      articles.push(meta);
      // A field is lost unless the damaged index still had it, valid (and so kept by salvageMeta).
      const kept = (field: string) =>
        entry !== undefined && meta[field as keyof ArticleMeta] === entry[field];
      // Metadata the file kept of itself (as it entered the library) is not lost.
      const lost = file.meta ? [] : ALL_METADATA.filter((field) => !kept(field));
      if (lost.length > 0) losses.push({ articleId: id, title: meta.title, lost });
      continue;
    }
    const reason = read.status === 'bad' ? read.reason : 'belongs to another article';
    await checker.quarantine('article', path, reason, { id });
    if ((await readChecked(paths.annotations(id), annotationsFileSchema)).status !== 'missing') {
      await checker.quarantine('annotations', paths.annotations(id), 'its article text is damaged', { id });
    }
  }
  // seeded stays true: a library that lost its index must not get the sample again.
  return { index: { version: 1, seeded: true, articles }, losses };
}
