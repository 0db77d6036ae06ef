/**
 * The reader state and setters the reader's actions (reader-actions.ts) work
 * on, read afresh on every call, and the tag menu's pending selection.
 */

import type { RefObject } from 'react';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation, Article, EntitySummary } from '../../../shared/model';
import type { WordLookup } from '../../../shared/span-snap';
import type { Taxonomy } from '../../../shared/taxonomy';
import type { Notify } from '../status';
import type { TextMap } from './text-map';
import type { useAnnotationActions } from './use-annotation-actions';

export interface PendingSelection {
  start: number;
  end: number;
  rect: DOMRect;
  /** Already snapped (double-click): tag exactly this span. */
  exact: boolean;
}

/** The reader state and setters the actions work on (read afresh on every call). */
export interface ReaderDeps {
  article: Article | null;
  index: CodePointIndex | null;
  /** In text order (the annotation store's list). */
  annotations: readonly Annotation[];
  taxonomy: Taxonomy | null;
  knownWords: WordLookup;
  selected: Annotation | null;
  entities: EntitySummary[];
  pending: PendingSelection | null;
  mapRef: RefObject<TextMap | null>;
  /** Where keyboard movement continues from after the menu or a selection is let go. */
  caretRef: RefObject<{ start: number; end: number } | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  setPending: (p: PendingSelection | null) => void;
  setSelectedId: (id: string | null) => void;
  actions: ReturnType<typeof useAnnotationActions>;
  notify: Notify;
  setEntities: (entities: EntitySummary[]) => void;
  setHelp: (update: (shown: boolean) => boolean) => void;
  /** Opens the entity picker of annotation `id` once it is the selected one (never another's). */
  openPicker: (id: string) => void;
  /** Opens (an annotation's id and its box on screen) or closes (null) the tag menu that retags it. */
  setRetagging: (retag: { id: string; rect: DOMRect } | null) => void;
}
