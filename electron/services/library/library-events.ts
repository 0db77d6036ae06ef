/**
 * What the library tells its observers (the search index, the analysis
 * aggregate): articles entering it (added or restored from the trash, with
 * their text), leaving it (trashed or deleted), or changing metadata; an
 * article's annotations after each durable change; "flush" when pending writes must be
 * finished; "close" when the library closed; "reset" after a backup restore; and the set of
 * observers that hears them. Also the input of an already canonical article.
 */

import type { CanonicalText } from '../../../shared/canonical-text';
import type { Annotation, ArticleMeta } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';

export type LibraryEvent =
  | { kind: 'added'; meta: ArticleMeta; text: string }
  /** Several articles listed at once (a batch of an import), in the order they were added. */
  | { kind: 'added-many'; articles: { meta: ArticleMeta; text: string }[] }
  /** `repaired`: the start-up check dropped it (its text is missing or damaged), nobody asked. */
  | { kind: 'removed'; id: string; repaired?: true }
  | { kind: 'updated'; meta: ArticleMeta }
  /**
   * The article's whole annotation list once a change to it is durable (read only: the library's own
   * array), with its claims when the writer has them at hand (absent: read them if needed).
   */
  | { kind: 'annotations'; articleId: string; annotations: readonly Annotation[]; claims?: readonly Claim[] }
  | { kind: 'flush' }
  /** The library closed: finish pending work, then let go of what it holds (the search index's thread). */
  | { kind: 'close' }
  /** Everything may have changed (a backup was restored): observers start over. */
  | { kind: 'reset' };

export type LibraryListener = (event: LibraryEvent) => void | Promise<void>;

/** A library's observers, told in the order they were added. */
export class LibraryObservers {
  private readonly listeners = new Set<LibraryListener>();

  /** Adds `listener`; returns its unsubscribe function. */
  add(listener: LibraryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every observer in turn; an observer's failure is logged, never undoes or fails the change itself. */
  async emit(event: LibraryEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        console.error('library observer failed', error);
      }
    }
  }
}

/** An article whose text is already canonical (from the importer), with its metadata. */
export interface CanonicalArticleInput {
  title: string;
  canonical: CanonicalText;
  source?: string;
  date?: string;
  language: string;
  author?: string;
  url?: string;
  importedFrom?: string;
  /** Add even when an article with the same text exists (the user chose "keep both" or "replace"). */
  allowSameText?: boolean;
  /** The new article's id, when the import chose it already (import-screen.ts: a fresh UUID); default a new one. */
  id?: string;
}

/** Annotation counts per top-level type ("demand.prisoners" counts as "demand"). */
export function countsByType(tags: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const tag of tags) {
    const dot = tag.indexOf('.');
    const type = dot < 0 ? tag : tag.slice(0, dot);
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}
