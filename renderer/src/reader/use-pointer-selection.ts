/**
 * The reader's mouse: after a pointer or Shift key is let go, a text
 * selection opens the tag menu (snapped to whole characters of words) and a
 * plain click hit-tests the highlights under the pointer; a double-click
 * picks the word under the pointer, proclitics left out.
 */

import { useCallback, useEffect, type RefObject } from 'react';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import { snapSpan, wordAt, type WordLookup } from '../../../shared/span-snap';
import { annotationsAt, offsetAtPoint, pickHit } from './hit-test';
import type { PendingSelection } from './reader-actions';
import type { TextMap } from './text-map';

interface Options {
  mapRef: RefObject<TextMap | null>;
  index: CodePointIndex | null;
  annotations: readonly Annotation[] | undefined;
  selectedId: string | null;
  knownWords: WordLookup;
  setPending: (p: PendingSelection | null) => void;
  setSelectedId: (id: string | null) => void;
  /** Selects an exact span and opens the tag menu (the reader's selectSpan). */
  selectSpan: (start: number, end: number, exact: boolean) => void;
}

/** Listens on the document for selections; returns the double-click handler for the article. */
export function usePointerSelection(o: Options): (event: React.MouseEvent) => void {
  const { mapRef, index, annotations, selectedId, knownWords, setPending, setSelectedId, selectSpan } = o;

  /** After a mouse or key up: a text selection opens the tag menu; a plain click hit-tests highlights. */
  const readSelection = useCallback(
    (point: { x: number; y: number } | null) => {
      const selection = window.getSelection();
      const map = mapRef.current;
      if (!map || !index) return;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        setPending(null);
        if (!point || !annotations) return;
        const offset = offsetAtPoint(map, point.x, point.y);
        const hit = offset === null ? null : pickHit(annotationsAt(annotations, offset), selectedId);
        setSelectedId(hit?.id ?? null);
        return;
      }
      const range = selection.getRangeAt(0);
      const a = map.pointToOffset(range.startContainer, range.startOffset);
      const b = map.pointToOffset(range.endContainer, range.endOffset);
      const span = a === null || b === null ? null : snapSpan(index, a, b, { words: false });
      if (!span) {
        setPending(null);
        return;
      }
      setSelectedId(null);
      setPending({ start: span[0], end: span[1], rect: range.getBoundingClientRect(), exact: false });
    },
    [mapRef, index, annotations, selectedId, setPending, setSelectedId],
  );

  // Selections may end outside the article (a drag past its edge), so listen on the document.
  useEffect(() => {
    const onPointerUp = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('.article-text')) {
        if (!target?.closest('.tag-menu, .annotation-panel, .top-bar, .modal')) readSelection(null);
        return;
      }
      readSelection({ x: event.clientX, y: event.clientY });
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === 'Shift' || event.shiftKey) readSelection(null);
    };
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [readSelection]);

  // Double-click picks the word under the pointer, proclitics left out.
  return (event: React.MouseEvent) => {
    const map = mapRef.current;
    if (!map || !index) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    if (offset === null) return;
    const word = wordAt(index.text, index.toUtf16(offset), true);
    if (!word) return;
    const span = snapSpan(index, index.toCodePoint(word.start), index.toCodePoint(word.end), {
      clitics: true,
      knownWords,
    });
    if (span) selectSpan(span[0], span[1], true);
  };
}
