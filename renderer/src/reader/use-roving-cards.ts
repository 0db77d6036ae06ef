/**
 * One Tab stop for the whole annotation list (a roving tabindex): only the
 * active card's button is tabbable; ↑ ↓ (Home, End) move to the previous or
 * next card, scrolling the windowed list to it, and Delete removes the
 * focused card's annotation. The keys are kept from the reader's own (its
 * ↑ ↓ walk sentences, its Delete removes the selected annotation).
 */

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Annotation } from '../../../shared/model';
import type { PanelRow } from './AnnotationPanel';

/** The annotation ids of the item rows, in list order. */
function itemIds(rows: readonly PanelRow[]): { id: string; row: number }[] {
  return rows.flatMap((r, row) => (r.kind === 'item' ? [{ id: r.annotation.id, row }] : []));
}

export function useRovingCards(
  rows: readonly PanelRow[],
  from: number,
  to: number,
  selectedId: string | null,
  reveal: (row: number) => void,
  listRef: RefObject<HTMLDivElement | null>,
) {
  const [active, setActive] = useState<string | null>(null);
  /** Set by a key: focus this card once it is rendered. */
  const focusWanted = useRef<string | null>(null);
  const items = useMemo(() => itemIds(rows), [rows]);
  const shown = itemIds(rows.slice(from, to));
  const wanted = active ?? selectedId;
  // The active card if it is rendered, else the first rendered one: the list always has its one stop.
  const tabbable = shown.some((it) => it.id === wanted) ? wanted : (shown[0]?.id ?? null);

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
    const at = items.findIndex((it) => it.id === tabbable);
    const steps: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Delete') {
      const row = rows[items[at]?.row ?? -1];
      event.preventDefault();
      if (row?.kind === 'item') onDelete(row.annotation);
      return;
    }
    const next = items[steps[event.key] ?? -1];
    if (!(event.key in steps)) return;
    event.preventDefault();
    if (!next) return;
    setActive(next.id);
    focusWanted.current = next.id;
    reveal(next.row);
  };

  return { tabbable, setActive, onKey };
}
