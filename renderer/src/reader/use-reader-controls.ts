/**
 * What the reader does, shared by mouse, panel and keyboard: select a span or
 * an annotation, tag a selection (snapped to words, proclitics left out for
 * types that ask for it), edit, move edges, tag all mentions, link entities.
 */

import type { RefObject } from 'react';
import { findMentions, normalizeText } from '../../../shared/find-mentions';
import type { CodePointIndex } from '../../../shared/code-points';
import {
  directionOf,
  type Annotation,
  type AnnotationPatch,
  type Article,
  type EntityInput,
  type EntitySummary,
} from '../../../shared/model';
import { snapSpan, type WordLookup } from '../../../shared/span-snap';
import { typeOfTag, type Taxonomy } from '../../../shared/taxonomy';
import { moveEdgeBy, type EdgeUnit } from '../../../shared/span-editing';
import {
  moveEdge,
  nextSentence,
  nextWord,
  previousSentence,
  previousWord,
} from '../../../shared/text-navigation';
import { api } from '../api';
import { attachSpan, entityFrom, selectionEpoch, selectionMoved, twinOf, usable } from './span-guards';
import type { Notify } from '../status';
import type { HighlightPainter } from './highlight-painter';
import type { TextMap } from './text-map';
import type { useAnnotationActions } from './use-annotation-actions';
import type { ReaderKeyActions } from './use-reader-keys';

export interface PendingSelection {
  start: number;
  end: number;
  rect: DOMRect;
  /** Already snapped (double-click): tag exactly this span. */
  exact: boolean;
}

interface Deps {
  article: Article | null;
  index: CodePointIndex | null;
  annotations: Annotation[];
  taxonomy: Taxonomy | null;
  knownWords: WordLookup;
  selected: Annotation | null;
  entities: EntitySummary[];
  pending: PendingSelection | null;
  mapRef: RefObject<TextMap | null>;
  /** Where keyboard movement continues from after the menu or a selection is let go. */
  caretRef: RefObject<{ start: number; end: number } | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  painterRef: RefObject<HighlightPainter | null>;
  setPending: (p: PendingSelection | null) => void;
  setSelectedId: (id: string | null) => void;
  actions: ReturnType<typeof useAnnotationActions>;
  notify: Notify;
  setEntities: (entities: EntitySummary[]) => void;
  setHelp: (update: (shown: boolean) => boolean) => void;
}

const normalizedCache = new WeakMap<Article, ReturnType<typeof normalizeText>>();
export function useReaderControls(d: Deps) {
  const { article, index, annotations, mapRef, scrollRef } = d;

  const scrollTo = (range: Range) => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const rect = range.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if (rect.top < box.top + 40 || rect.bottom > box.bottom - 40) {
      scroller.scrollBy({ top: rect.top - box.top - box.height / 3 });
    }
  };

  /** Selects [start, end) as the browser selection and opens the tag menu over it. */
  const selectSpan = (start: number, end: number, exact = false) => {
    const range = mapRef.current?.rangeFor(start, end);
    if (!range) return;
    d.caretRef.current = { start, end };
    scrollTo(range);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    d.setSelectedId(null);
    selectionMoved();
    d.setPending({ start, end, rect: range.getBoundingClientRect(), exact });
  };

  const selectAnnotation = (a: Annotation) => {
    window.getSelection()?.removeAllRanges();
    d.setPending(null);
    d.setSelectedId(a.id);
    selectionMoved();
    d.caretRef.current = { start: a.start, end: a.end };
    const range = mapRef.current?.rangeFor(a.start, a.end);
    if (range) scrollTo(range);
  };

  const refreshEntities = async () => {
    const result = await api.listEntities();
    if (result.ok) d.setEntities(result.value);
  };

  const createFromPending = async (pending: PendingSelection, tag: string) => {
    d.setPending(null);
    window.getSelection()?.removeAllRanges();
    if (!index || !d.taxonomy) return;
    const span = pending.exact
      ? [pending.start, pending.end]
      : snapSpan(index, pending.start, pending.end, {
          clitics: typeOfTag(d.taxonomy, tag)?.clitics ?? false,
          knownWords: d.knownWords,
        });
    if (!span) return;
    const twin = twinOf(annotations, d.taxonomy, { start: span[0] ?? 0, end: span[1] ?? 0, tag });
    if (twin) {
      selectAnnotation(twin.twin);
      d.notify(twin.message);
      return;
    }
    const epoch = selectionEpoch(); // Selected once saved, unless the user moved on meanwhile (Esc).
    const created = await d.actions.create([{ start: span[0] ?? 0, end: span[1] ?? 0, tag }]);
    if (created?.[0] && epoch === selectionEpoch()) d.setSelectedId(created[0].id);
  };

  /** Attaches an orphaned annotation to the current selection (its quote and context are taken again). */
  const attach = async (a: Annotation) => {
    const span = d.pending && index ? attachSpan(index, d.pending) : null;
    if (!span) return;
    d.setPending(null);
    window.getSelection()?.removeAllRanges();
    if (await d.actions.update(a, span)) {
      d.setSelectedId(a.id);
      d.notify({ kind: 'info', key: 'annotate.attached' });
    }
  };

  const update = async (a: Annotation, patch: AnnotationPatch) => {
    const after = await d.actions.update(a, patch);
    if (after && patch.entityId !== undefined) await refreshEntities();
  };

  /** Moves an edge of `shown` by a step, from the span the latest edit of it showed (quick presses in a row). */
  const moveAnnotationEdge = async (
    shown: Annotation,
    edge: 'start' | 'end',
    how: 'grow' | 'shrink',
    unit: EdgeUnit = 'word',
  ) => {
    if (!index) return;
    const a = d.actions.latest(shown);
    const span = { start: index.toUtf16(a.start), end: index.toUtf16(a.end) };
    const moved = moveEdgeBy(index.text, span, edge, how, unit);
    if (moved)
      await d.actions.update(a, { start: index.toCodePoint(moved.start), end: index.toCodePoint(moved.end) });
  };

  /** Untagged spans holding the same text as `a` (or its entity's names and aliases), in text order. */
  const mentionsOf = (a: Annotation): [number, number][] => {
    if (!article || !index) return [];
    let prepared = normalizedCache.get(article);
    if (!prepared) {
      prepared = normalizeText(article.text);
      normalizedCache.set(article, prepared);
    }
    const entity = a.entityId ? d.entities.find((x) => x.entity.id === a.entityId)?.entity : undefined;
    const phrases = [a.quote, ...(entity ? [entity.name.ar, entity.name.en, ...entity.aliases] : [])];
    const sameTag = annotations.filter((x) => x.tag === a.tag);
    return findMentions(index, phrases, prepared).filter(
      ([s, e]) => !sameTag.some((x) => x.start < e && s < x.end),
    );
  };

  const tagAll = async (a: Annotation) => {
    const spans = mentionsOf(a);
    const extra = { tag: a.tag, ...(a.entityId ? { entityId: a.entityId } : {}) };
    const created = await d.actions.create(spans.map(([start, end]) => ({ start, end, ...extra })));
    if (created && created.length > 0) {
      d.notify({ kind: 'info', key: 'annotate.taggedAll', params: { count: created.length } });
      if (a.entityId) await refreshEntities();
    }
  };

  const newEntity = async (a: Annotation) => {
    const result = await api.saveEntity(entityFrom(a, article?.meta.language ?? 'ar', d.knownWords));
    if (!result.ok) {
      d.notify({ kind: 'error', error: result.error });
      return;
    }
    await update(a, { entityId: result.value.id });
  };

  const remove = async (a: Annotation) => {
    if (await d.actions.remove([a])) {
      d.setSelectedId(null);
      if (a.entityId) await refreshEntities();
    }
  };

  const saveEntity = async (input: EntityInput) => {
    const result = await api.saveEntity(input);
    if (!result.ok) d.notify({ kind: 'error', error: result.error });
    await refreshEntities();
  };

  const deleteEntity = async (id: string) => {
    const result = await api.deleteEntity(id);
    if (!result.ok) d.notify({ kind: 'error', error: result.error });
    await refreshEntities();
  };

  /** The span keyboard moves start from: the tag menu's selection, the selected annotation, or the last one. */
  const cursor = (): { start: number; end: number } | null => d.pending ?? d.selected ?? d.caretRef.current;

  const keys: ReaderKeyActions | null =
    article && index
      ? {
          rtl: directionOf(article.meta.language) === 'rtl',
          word(step, extend) {
            const text = index.text;
            const at = cursor();
            const from = at ? { start: index.toUtf16(at.start), end: index.toUtf16(at.end) } : null;
            let span: { start: number; end: number } | null;
            if (extend && from && d.pending) {
              span = moveEdge(text, from, 'end', step === 1 ? 'grow' : 'shrink');
            } else if (step === 1) {
              span = nextWord(text, from ? from.end : 0);
            } else {
              span = from ? previousWord(text, from.start) : null;
            }
            if (span) selectSpan(index.toCodePoint(span.start), index.toCodePoint(span.end));
          },
          sentence(step) {
            const at = cursor();
            const text = index.text;
            const span =
              step === 1
                ? nextSentence(text, at ? index.toUtf16(at.end) : 0)
                : previousSentence(text, at ? index.toUtf16(at.start) : 0);
            if (span) selectSpan(index.toCodePoint(span.start), index.toCodePoint(span.end));
          },
          annotation(step) {
            const live = usable(annotations);
            if (live.length === 0) return;
            const at = cursor();
            let target: Annotation | undefined;
            if (d.selected) {
              const i = live.findIndex((a) => a.id === d.selected?.id);
              target = live[(i + step + live.length) % live.length];
            } else if (step === 1) {
              target = live.find((a) => a.start >= (at?.start ?? 0)) ?? live[0];
            } else {
              target = [...live].reverse().find((a) => a.start < (at?.start ?? 0)) ?? live[live.length - 1];
            }
            if (target) selectAnnotation(target);
          },
          edge(edge, step) {
            if (!d.selected || d.pending) return false;
            const how = (edge === 'end') === (step === 1) ? 'grow' : 'shrink';
            void moveAnnotationEdge(d.selected, edge, how);
            return true;
          },
          deleteSelected() {
            if (d.selected) void remove(d.selected);
          },
          tagAllSelected() {
            if (d.selected) void tagAll(d.selected);
          },
          toggleHelp() {
            d.setHelp((shown) => !shown);
          },
          escape() {
            d.setSelectedId(null);
            selectionMoved();
            d.setHelp(() => false);
          },
        }
      : null;

  return {
    selectSpan,
    selectAnnotation,
    createFromPending,
    update,
    moveEdge: moveAnnotationEdge,
    mentionsOf,
    tagAll,
    attach,
    newEntity,
    remove,
    saveEntity,
    deleteEntity,
    keys,
  };
}
