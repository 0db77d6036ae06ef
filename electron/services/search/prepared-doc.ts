/**
 * An article made ready for the index away from the index's worker: its
 * indexed title and text (fts-terms.ts `indexedColumn`) and its
 * near-duplicate key (duplicate-table.ts `storedKeyOf`), the CPU-heavy part
 * of indexing it. A full build (search-index.ts) has a second worker read
 * and prepare the next batch of article files while the index's worker
 * writes the last one (`FtsStore.putPrepared`), so the two halves run on
 * two cores instead of one after the other.
 */

import { readFile } from 'node:fs/promises';
import { articleDocOf, type ArticleSource } from './article-text';
import { storedKeyOf, type StoredKey } from './duplicate-table';
import type { FtsDoc } from './fts-store';
import { indexedColumn } from './fts-terms';

/** One article ready to be written: what FtsStore.put would compute from its FtsDoc. */
export interface PreparedDoc {
  id: string;
  stamp: string;
  /** indexedColumn of the title. */
  titleColumn: string;
  /** indexedColumn of the text. */
  bodyColumn: string;
  /** Its near-duplicate key (title and URL included). */
  key: StoredKey;
}

/** `doc` prepared for the index (pure; no file or index touched). */
export function prepareDoc(doc: FtsDoc): PreparedDoc {
  return {
    id: doc.id,
    stamp: doc.stamp,
    titleColumn: indexedColumn(doc.title),
    bodyColumn: indexedColumn(doc.text),
    key: storedKeyOf(doc.id, doc.title, doc.text, doc.url ?? ''),
  };
}

/** Files read at once by `readPreparedDocs` (libuv's pool has 4 threads; more only queue). */
const READS_AT_ONCE = 8;

/**
 * Reads the articles of `sources` (up to READS_AT_ONCE files at once) and
 * prepares each whose file holds the text its hash names, in the order
 * given; the others are left out, as `readArticleDoc` leaves them out.
 */
export async function readPreparedDocs(sources: readonly ArticleSource[]): Promise<PreparedDoc[]> {
  const docs: (FtsDoc | null)[] = new Array<FtsDoc | null>(sources.length).fill(null);
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let at = next++; at < sources.length; at = next++) {
      const source = sources[at] as ArticleSource;
      const raw = await readFile(source.path, 'utf8').catch(() => null);
      docs[at] = raw === null ? null : articleDocOf(source, raw);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, sources.length) }, reader));
  return docs.flatMap((doc) => (doc ? [prepareDoc(doc)] : []));
}
