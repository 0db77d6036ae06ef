/** What tests/unit/renderer/dom/entry.tsx puts on `window.hamishDom` for the Chromium renderer specs. */

import type { Annotation, ArticleMeta } from '../../../../shared/model';
import type { AppError } from '../../../../shared/result';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HamishDom {
  /** Renders raw text as the reader does (the first `mounted` blocks) and builds its TextMap. */
  renderArticle(raw: string, mounted?: number): { text: string; blocks: number };
  /** Mounts every block of the last article, keeping its TextMap. */
  mountAll(): void;
  /** TextMap.rangeFor(start, end) as its text, its ends mapped back to offsets, and its box; null when none. */
  range(
    start: number,
    end: number,
  ): { text: string; start: number | null; end: number | null; rect: Box } | null;
  /** TextMap.pointToOffset on a block's text node or element, the article element, or the body. */
  pointToOffset(
    target: 'text' | 'element' | 'article' | 'outside',
    block: number,
    offset: number,
  ): number | null;
  offsetAtPoint(x: number, y: number): number | null;
  /** Ids of annotationsAt(annotations, offset). */
  hits(annotations: readonly Annotation[], offset: number): string[];
  /** Id of pickHit(annotations, selectedId). */
  pick(annotations: readonly Annotation[], selectedId: string | null): string | null;
  /**
   * Renders the app's LibraryTable with `metas` (the trash's when `trash`), and each one's
   * reader header, in `language`; its row buttons record "edit:<id>", "trash:<id>", "restore:<id>" in `calls`.
   */
  articleViews(metas: ArticleMeta[], language: 'ar' | 'en', trash?: boolean): Promise<void>;
  /** Calls made by the boundary's buttons ("library", "backups") or the table's row buttons. */
  calls: string[];
  /**
   * The claim layer's anchor of [start, end) (claims/link-geometry.ts anchorOf on the Range's client
   * rects, the block's direction), and the truth to check it by: the boxes of the span's first
   * character and of every client rect of the span; null when there is no Range.
   */
  claimAnchor(
    start: number,
    end: number,
  ): { anchor: { x: number; y: number } | null; first: Box; rects: Box[]; rtl: boolean } | null;
  /** Renders a child that throws `message` inside an ErrorBoundary of `area`, in `language`. */
  boundary(area: 'library' | 'reader' | 'dialog', message: string, language: 'ar' | 'en'): Promise<void>;
  /**
   * Renders the views' LoadingShell inside `[data-testid=shell]` in `language` (over the last one, as
   * a view re-renders), saying the translation of `waitingKey` while `value` is null; once it has a
   * value, the view is a list of its words.
   */
  loadingShell(
    shell: {
      value: string[] | null;
      error: AppError | null;
      reported?: boolean;
      as?: 'p' | 'div';
      className?: string;
      waitingKey: string;
    },
    language: 'ar' | 'en',
  ): Promise<void>;
}
