/**
 * One Tab stop for the whole annotation list (a roving tabindex): only the
 * active card's button is tabbable; ↑ ↓ (Home, End) move to the previous or
 * next card, scrolling the windowed list to it, and Delete removes the
 * focused card's annotation. The keys are kept from the reader's own (its
 * ↑ ↓ walk sentences, its Delete removes the selected annotation). Only the
 * rendered rows and the ones a key moves over are looked at, never the
 * whole list.
 */

import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Annotation } from '../../../shared/model';
import type { PanelRow, PanelRowIndex } from './panel-row-index';

/** The nearest item row from `row` in direction `step` (±1), or -1. */
function itemFrom(index: PanelRowIndex, row: number, step: number): number {
  for (let i = row; i >= 0 && i < index.count; i += step) if (index.row(i)?.kind === 'item') return i;
  return -1;
}

export function useRovingCards(
  index: PanelRowIndex,
  from: number,
  shown: readonly PanelRow[],
  selectedId: string | null,
  reveal: (row: number) => void,
  listRef: RefObject<HTMLDivElement | null>,
) {
  const [active, setActive] = useState<string | null>(null);
  /** Set by a key: focus this card once it is rendered. */
  const focusWanted = useRef<string | null>(null);
  const wanted = active ?? selectedId;
  const idAt = (k: number) => {
    const row = shown[k];
    return row?.kind === 'item' ? row.annotation.id : null;
  };
  const ids = shown.map((_, k) => idAt(k));
  // The active card if it is rendered, else the first rendered one: the list always has its one stop.
  const tabbable = wanted !== null && ids.includes(wanted) ? wanted : (ids.find((id) => id !== null) ?? null);

  useEffect(() => {
    const id = focusWanted.current;
    if (!id) return;
    const button = listRef.current?.querySelector<HTMLElement>(
      `[data-annotation-id="${CSS.escape(id)}"] .panel-quote`,
    );
    if (!button) return;
    focusWanted.current = null;
    button.focus({ preventScroll: true });
  });

  const onKey = (event: KeyboardEvent<HTMLDivElement>, onDelete: (a: Annotation) => void) => {
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('panel-quote')) return;
    const at = tabbable === null ? -1 : from + ids.indexOf(tabbable);
    if (event.key === 'Delete') {
      const row = shown[at - from];
      event.preventDefault();
      if (row?.kind === 'item') onDelete(row.annotation);
      return;
    }
    const targets: Record<string, () => number> = {
      ArrowDown: () => (at < 0 ? -1 : itemFrom(index, at + 1, 1)),
      ArrowUp: () => (at < 0 ? -1 : itemFrom(index, at - 1, -1)),
      Home: () => itemFrom(index, 0, 1),
      End: () => itemFrom(index, index.count - 1, -1),
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    const row = target();
    const next = index.row(row);
    if (next?.kind !== 'item') return;
    setActive(next.annotation.id);
    focusWanted.current = next.annotation.id;
    reveal(row);
  };

  return { tabbable, setActive, onKey };
}
