/**
 * The library's articles as duplicate keys for one batch import: built on the
 * first file that needs it (one read of each article in the library), then
 * grown with each article the batch adds, so a batch also catches the same
 * article twice within itself.
 */

import type { Library } from '../library/library';
import { duplicateKey, findLikelyDuplicate, type DuplicateKey, type LikelyDuplicate } from './near-duplicate';

export class DuplicateIndex {
  private keys: DuplicateKey[] | null = null;

  constructor(private readonly library: Library) {}

  private async load(): Promise<DuplicateKey[]> {
    if (this.keys) return this.keys;
    const keys: DuplicateKey[] = [];
    for (const meta of this.library.allMeta()) {
      if (meta.deletedAt) continue;
      const article = await this.library.getArticle(meta.id);
      keys.push(duplicateKey(meta.id, meta.title, article.text, meta.url ?? ''));
    }
    this.keys = keys;
    return keys;
  }

  /** The library article that an article with this text and URL likely duplicates, or null. */
  async find(text: string, url: string): Promise<LikelyDuplicate | null> {
    return findLikelyDuplicate(duplicateKey('', '', text, url), await this.load());
  }

  /** Records an article the batch has just added. */
  async add(id: string, title: string, text: string, url: string): Promise<void> {
    (await this.load()).push(duplicateKey(id, title, text, url));
  }
}
