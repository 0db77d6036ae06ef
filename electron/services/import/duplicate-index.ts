/**
 * The library's articles as duplicate keys for one batch import, in main's
 * memory: the finder of a library with no search index attached (a bare
 * Library in tests and the crash importer). The app and the CLI ask the
 * search worker instead (SearchIndex.duplicateFinder: keys kept in the
 * index file, candidates found by MinHash bands, nothing on main). URLs come
 * from the index (no file read); an article's text is read, normalised and
 * signed only when its length makes it a possible match (within a factor of
 * 1.4 either way, far wider than a Jaccard of 0.85 allows), and kept for the
 * rest of the batch. Articles the batch adds join the index, so a batch also
 * catches the same article twice within itself. `screen` reads and checks
 * on main (import-screen.ts), a file at a time, runs in the order asked.
 */

import { codePointLength } from '../../../shared/code-points';
import type { Library } from '../library/library';
import { KeyedQueue } from '../storage/keyed-queue';
import { screenFiles, type ScreenedFile } from './import-screen';
import {
  comparableLengths,
  comparableUrl,
  duplicateKey,
  findLikelyDuplicate,
  type DuplicateFinder,
  type DuplicateKey,
  type LikelyDuplicate,
} from './near-duplicate';

interface Known {
  id: string;
  title: string;
  url: string;
  length: number;
  key?: DuplicateKey;
}

export class DuplicateIndex implements DuplicateFinder {
  private known: Known[] | null = null;
  /** Runs' checks, one at a time in the order `screen` was called. */
  private readonly turns = new KeyedQueue();

  constructor(private readonly library: Library) {}

  private list(): Known[] {
    this.known ??= this.library
      .allMeta()
      .filter((meta) => !meta.deletedAt)
      .map((meta) => ({
        id: meta.id,
        title: meta.title,
        url: comparableUrl(meta.url ?? ''),
        length: meta.length,
      }));
    return this.known;
  }

  private async keyOf(known: Known): Promise<DuplicateKey> {
    if (!known.key) {
      const article = await this.library.getArticle(known.id);
      known.key = duplicateKey(known.id, known.title, article.text, known.url);
    }
    return known.key;
  }

  /** The library article that an article with this text and URL likely duplicates, or null. */
  async find(text: string, url: string): Promise<LikelyDuplicate | null> {
    const candidate = duplicateKey('', '', text, url);
    const length = codePointLength(text);
    const keys: DuplicateKey[] = [];
    for (const known of this.list()) {
      const sameUrl = candidate.url !== '' && candidate.url === known.url;
      if (sameUrl || comparableLengths(known.length, length)) keys.push(await this.keyOf(known));
    }
    return findLikelyDuplicate(candidate, keys);
  }

  /**
   * Reads and checks `paths` in order, after every earlier call's files
   * (runs screened ahead are read side by side); each that is no duplicate
   * is held under its new id.
   */
  screen(paths: readonly string[]): Promise<ScreenedFile[]> {
    return screenFiles(
      paths,
      async (id, imported) => {
        const { text } = imported.canonical;
        const likely = await this.find(text, imported.url);
        if (!likely) this.add(id, imported.title, text, imported.url);
        return likely;
      },
      this.turns,
    );
  }

  /** Records an article the batch has just added. */
  add(id: string, title: string, text: string, url: string): void {
    const key = duplicateKey(id, title, text, url);
    this.list().push({ id, title, url: key.url, length: codePointLength(text), key });
  }

  /** Forgets articles held by `screen` or `add` that the library did not take. */
  drop(ids: readonly string[]): void {
    const gone = new Set(ids);
    if (this.known) this.known = this.known.filter((k) => !gone.has(k.id));
  }

  /** Nothing to release: the keys live as long as this object. */
  end(): Promise<void> {
    return Promise.resolve();
  }
}
