/**
 * What the reader does, shared by mouse, panel and keyboard: select a span or
 * an annotation, tag a selection (snapped to words, proclitics left out for
 * types that ask for it), edit, move edges, tag all mentions, link entities.
 * Built once per reader by `useReaderControls`; every action reads the
 * reader's latest state through `get`, so the actions themselves never change
 * identity and memoised children and effects need not list them again.
 */

import type { Annotation, AnnotationPatch, EntityInput } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import type { EdgeUnit } from '../../../shared/span-editing';
import { snapSpan } from '../../../shared/span-snap';
import { typeOfTag } from '../../../shared/taxonomy';
import { api } from '../api';
import { annotationMove, edgeDirection, edgeMove, sentenceMove, wordMove } from './keyboard-moves';
import { mentionsOf } from './mentions';
import { sameSpan } from './annotation-store';
import { attachSpan, entityFrom, twinOf } from './span-guards';
import { focusReaderText } from './focus-text';
import { createSelectionTurns } from './selection-turns';
import type { PendingSelection, ReaderDeps } from './reader-deps';
import type { ReaderKeyActions } from './use-reader-keys';

export type { PendingSelection, ReaderDeps } from './reader-deps';

/** The reader's actions over the state `get` returns at the moment each is called. */
export function createReaderActions(get: () => ReaderDeps) {
  /** Which save may still select what it made, and whether E asks for the picker meanwhile. */
  const turns = createSelectionTurns();

  /**
   * Selects annotation `id` (null: none) as the user's own choice. A save that
   * ends later selects what it made (a delete: lets go) only if no choice was
   * made meanwhile: an Esc or a click while "Saving…" is not undone by the save
   * finishing, and an E pressed before it opens nothing.
   */
  const choose = (id: string | null) => {
    turns.chose();
    get().setSelectedId(id);
  };

  const scrollTo = (range: Range) => {
    const scroller = get().scrollRef.current;
    if (!scroller) return;
    const rect = range.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if (rect.top < box.top + 40 || rect.bottom > box.bottom - 40) {
      scroller.scrollBy({ top: rect.top - box.top - box.height / 3 });
    }
  };

  /** Selects [start, end) as the browser selection and opens the tag menu over it. */
  const selectSpan = (start: number, end: number, exact = false) => {
    const d = get();
    const range = d.mapRef.current?.rangeFor(start, end);
    if (!range) return;
    d.caretRef.current = { start, end };
    scrollTo(range);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    choose(null);
    d.setPending({ start, end, rect: range.getBoundingClientRect(), exact });
  };

  const selectAnnotation = (a: Annotation) => {
    const d = get();
    window.getSelection()?.removeAllRanges();
    d.setPending(null);
    choose(a.id);
    d.caretRef.current = { start: a.start, end: a.end };
    const range = d.mapRef.current?.rangeFor(a.start, a.end);
    if (range) scrollTo(range);
  };

  const refreshEntities = async () => {
    const result = await api.listEntities();
    if (result.ok) get().setEntities(result.value);
  };

  const createFromPending = async (pending: PendingSelection, tag: string) => {
    const d = get();
    d.setPending(null);
    window.getSelection()?.removeAllRanges();
    if (!d.index || !d.taxonomy) return;
    const span = pending.exact
      ? [pending.start, pending.end]
      : snapSpan(d.index, pending.start, pending.end, {
          clitics: typeOfTag(d.taxonomy, tag)?.clitics ?? false,
          knownWords: d.knownWords,
        });
    if (!span) return;
    const [start = 0, end = 0] = span;
    // A twin has the same span: only those few are looked at (the list is in text order).
    const twin = twinOf(sameSpan(d.annotations, start, end), d.taxonomy, { start, end, tag });
    if (twin) {
      selectAnnotation(twin.twin);
      d.notify(twin.message);
      return;
    }
    const turn = turns.startCreate();
    const created = await d.actions.create([{ start: span[0] ?? 0, end: span[1] ?? 0, tag }]);
    const made = created?.[0]?.id ?? null;
    const ended = turns.endCreate(turn, made, get());
    if (!ended.select || !made) return;
    get().setSelectedId(made);
    // E was pressed while this one was saving: its picker, and no other's.
    if (ended.picker) get().openPicker(made);
  };

  /** Attaches an orphaned annotation to the current selection (its quote and context are taken again). */
  const attach = async (a: Annotation) => {
    const d = get();
    const span = d.pending && d.index ? attachSpan(d.index, d.pending) : null;
    if (!span) return;
    d.setPending(null);
    window.getSelection()?.removeAllRanges();
    if (await d.actions.update(a, span)) {
      choose(a.id);
      d.notify({ kind: 'info', key: 'annotate.attached' });
    }
  };

  const update = async (a: Annotation, patch: AnnotationPatch) => {
    const after = await get().actions.update(a, patch);
    if (after && patch.entityId !== undefined) await refreshEntities();
  };

  /** Moves an edge of `shown` by a step, from the span the latest edit of it showed (quick presses in a row). */
  const moveAnnotationEdge = async (
    shown: Annotation,
    edge: 'start' | 'end',
    how: 'grow' | 'shrink',
    unit: EdgeUnit = 'word',
  ) => {
    const d = get();
    if (!d.index) return;
    const a = d.actions.latest(shown);
    const moved = edgeMove(d.index, a, edge, how, unit);
    if (moved) await d.actions.update(a, moved);
  };

  const mentions = (a: Annotation): [number, number][] => {
    const { article, index, annotations, entities } = get();
    return article && index ? mentionsOf({ article, index, annotations, entities }, a) : [];
  };

  /** How many untagged mentions "tag all" would add for `a` (see use-mention-count). */
  const countMentions = (a: Annotation): number => mentions(a).length;

  const tagAll = async (a: Annotation) => {
    const spans = mentions(a);
    const extra = { tag: a.tag, ...(a.entityId ? { entityId: a.entityId } : {}) };
    const created = await get().actions.create(spans.map(([start, end]) => ({ start, end, ...extra })));
    if (created && created.length > 0) {
      get().notify({ kind: 'info', key: 'annotate.taggedAll', params: { count: created.length } });
      if (a.entityId) await refreshEntities();
    }
  };

  const newEntity = async (a: Annotation) => {
    const d = get();
    const result = await api.saveEntity(entityFrom(a, d.article?.meta.language ?? 'ar', d.knownWords));
    if (!result.ok) {
      get().notify({ kind: 'error', error: result.error });
      return;
    }
    await update(a, { entityId: result.value.id });
  };

  const remove = async (a: Annotation) => {
    const turn = turns.turn();
    if (await get().actions.remove([a])) {
      // As for a create: a selection made while main was deleting stands.
      if (turns.still(turn)) get().setSelectedId(null);
      if (a.entityId) await refreshEntities();
    }
  };

  /** Awaits an entity save or delete, says why it failed, and reloads the entities either way. */
  const entityCall = async (call: Promise<Result<unknown>>) => {
    const result = await call;
    if (!result.ok) get().notify({ kind: 'error', error: result.error });
    await refreshEntities();
  };
  const saveEntity = (input: EntityInput) => entityCall(api.saveEntity(input));
  const deleteEntity = (id: string) => entityCall(api.deleteEntity(id));

  /** The span keyboard moves start from: the tag menu's selection, the selected annotation, or the last one. */
  const cursor = () => get().pending ?? get().selected ?? get().caretRef.current;

  const selectIf = (span: { start: number; end: number } | null) => {
    if (span) selectSpan(span.start, span.end);
  };

  /** The keyboard loop's actions (see use-reader-keys), for text running right to left or not. */
  const keys = (rtl: boolean): ReaderKeyActions => ({
    rtl,
    word(step, extend) {
      const { index, pending } = get();
      if (index) selectIf(wordMove(index, cursor(), step, extend && pending !== null));
    },
    sentence(step) {
      const { index } = get();
      if (index) selectIf(sentenceMove(index, cursor(), step));
    },
    annotation(step) {
      const { annotations, selected } = get();
      const target = annotationMove(annotations, selected, cursor(), step);
      if (target) selectAnnotation(target);
    },
    edge(edge, step) {
      const { selected, pending } = get();
      if (!selected || pending) return false;
      void moveAnnotationEdge(selected, edge, edgeDirection(edge, step));
      return true;
    },
    deleteSelected() {
      const { selected } = get();
      if (selected) void remove(selected);
    },
    tagAllSelected() {
      const { selected } = get();
      if (selected) void tagAll(selected);
    },
    entitySelected() {
      const state = get();
      const target = turns.pickerFor(state.selected?.id ?? null, state.pending !== null, state);
      if (target !== null) state.openPicker(target);
    },
    note() {
      if (get().selected) document.querySelector<HTMLElement>('[data-testid="editor-note"]')?.focus();
    },
    retag() {
      const { selected, mapRef, setRetagging } = get();
      const rect =
        selected && mapRef.current?.rangeFor(selected.start, selected.end)?.getBoundingClientRect();
      if (selected && rect) setRetagging({ id: selected.id, rect });
    },
    toggleHelp() {
      get().setHelp((shown) => !shown);
    },
    escape() {
      choose(null);
      get().setHelp(() => false);
      if (document.activeElement?.closest('.annotation-panel')) focusReaderText();
    },
  });

  return {
    choose,
    selectSpan,
    selectAnnotation,
    createFromPending,
    update,
    moveEdge: moveAnnotationEdge,
    attach,
    tagAll,
    countMentions,
    newEntity,
    remove,
    saveEntity,
    deleteEntity,
    keys,
  };
}

export type ReaderActions = ReturnType<typeof createReaderActions>;
