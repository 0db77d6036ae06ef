/**
 * index.journal, beside index.json (issue 17, "the index write cost must not
 * grow with the library"): a batch import lists each chunk of articles by
 * appending one fsynced line `{"v":1,"add":[meta…]}` instead of rewriting
 * the whole index (4 MB at 10,000 articles). index.json stays the snapshot;
 * the list is the snapshot plus every journal line, in order, an id already
 * listed skipped (so a crash between writing a folded snapshot and removing
 * the journal replays to the same list). The journal is folded into
 * index.json by any whole write of the index (a metadata edit, a close, or
 * past JOURNAL_LIMIT articles) and at open when one is found (after a crash).
 * A line counts only once its newline is on disk: a torn last line, or one
 * that does not parse or validate, is dropped and reported (the articles it
 * named were never acknowledged; their text files are reported as unknown
 * and can be adopted), never fatal.
 */

import { z } from 'zod';
import type { ArticleMeta } from '../../../shared/model';
import { articleMetaSchema } from '../../../shared/schema/article-schema';
import { writeFileAtomic } from '../storage/atomic-write';
import { appendJournalLine, readJournalLines, removeJournalFile } from '../storage/journal-file';
import type { IndexFile } from './library-files';

/** Articles the journal gathers before the next listing folds it into index.json. */
export const JOURNAL_LIMIT = 5_000;

const lineSchema = z.strictObject({ v: z.literal(1), add: z.array(articleMetaSchema) });

/** The journal of the index at `indexPath` (`index.json` → `index.journal`). */
export const indexJournalPathOf = (indexPath: string): string => indexPath.replace(/\.json$/u, '.journal');

/** What a journal held: the articles of its valid lines, in order, and the lines dropped (torn or invalid). */
export interface IndexJournalRead {
  added: ArticleMeta[];
  lines: number;
  dropped: number;
  /** Whether the journal file exists (it may be empty). */
  exists: boolean;
}

/** Reads the journal at `path` (missing: empty). Never throws on content, only on I/O. */
export async function readIndexJournal(path: string): Promise<IndexJournalRead> {
  const { lines, torn, exists } = await readJournalLines(path);
  const read: IndexJournalRead = { added: [], lines: 0, dropped: torn ? 1 : 0, exists };
  for (const line of lines) {
    let parsed;
    try {
      parsed = lineSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (parsed?.success) {
      read.added.push(...parsed.data.add);
      read.lines++;
    } else read.dropped++;
  }
  return read;
}

/** Appends the listing of `metas` (already checked) and resolves once it is on disk; see appendJournalLine. */
export function appendIndexJournal(
  path: string,
  metas: readonly ArticleMeta[],
  created: boolean,
): Promise<void> {
  return appendJournalLine(path, `${JSON.stringify({ v: 1, add: metas })}\n`, created);
}

/** `index` with the journal's articles it does not list yet appended, in order. */
export function replayed(index: IndexFile, added: readonly ArticleMeta[]): IndexFile {
  if (added.length === 0) return index;
  const listed = new Set(index.articles.map((m) => m.id));
  const more: ArticleMeta[] = [];
  for (const meta of added) {
    if (listed.has(meta.id)) continue;
    listed.add(meta.id);
    more.push(meta);
  }
  return { ...index, articles: [...index.articles, ...more] };
}

/**
 * At open: the index with the journal at `journalPath` replayed onto it
 * (`index` null: none was found, nothing to replay onto) and the lines
 * dropped. Unless `readOnly`, a journal found is then folded: index.json
 * written whole (pretty, as LibraryIndex writes it), the journal removed;
 * an empty journal (its creating append cut by a crash) is just removed.
 */
export async function foldIndexJournal(
  indexPath: string,
  index: IndexFile | null,
  readOnly: boolean,
): Promise<{ index: IndexFile | null; dropped: number }> {
  const journalPath = indexJournalPathOf(indexPath);
  const read = await readIndexJournal(journalPath);
  if (read.lines + read.dropped === 0) {
    // An empty journal: a crash cut the append that created it before its line was written. Nothing to
    // replay; it goes, or every later open would see a journal waiting and distrust index.head.json.
    if (read.exists && !readOnly) await removeJournalFile(journalPath);
    return { index, dropped: 0 };
  }
  const base: IndexFile = index ?? { version: 1, seeded: false, articles: [] };
  const folded = replayed(base, read.added);
  if (!readOnly) {
    await writeFileAtomic(indexPath, `${JSON.stringify(folded, null, 2)}\n`);
    await removeJournalFile(journalPath);
  }
  return { index: folded, dropped: read.dropped };
}

export { removeJournalFile as removeIndexJournal };
