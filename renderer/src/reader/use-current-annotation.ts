/**
 * "The current annotation" of the reader, held by id and looked up in the
 * annotations shown on every render: the selected one (the editor, Delete, N,
 * M, the edge keys), the one E asked the entity picker for, and the one the
 * retag menu (R) was opened over. An annotation that leaves the list (an
 * undo, a redo, a delete, a scheme change merging twins) is let go of in all
 * three at once, so nothing acts later on a copy of it: a redo that brings it
 * back does not bring back its selection, its picker request or its menu.
 */

import { useCallback, useState } from 'react';
import type { Annotation } from '../../../shared/model';

/** The retag menu: the annotation it retags, as shown now, and the box it was opened over (viewport pixels). */
export interface Retagging {
  annotation: Annotation;
  rect: DOMRect;
}

/**
 * The current annotations and their setters. `selected` and `retagging` are
 * the annotations as `annotations` holds them now (null when none or gone),
 * found by `get` (the reader's annotation store: by id, no pass over the
 * list) when given, else by a search of `annotations`;
 * `pickerRequested` is true while the selected annotation is the one E asked
 * the picker for. Selecting another annotation drops a request not yet served.
 */
export function useCurrentAnnotation(
  annotations: readonly Annotation[] | undefined,
  get?: (id: string) => Annotation | undefined,
) {
  const [selectedId, select] = useState<string | null>(null);
  const [pickerFor, setPickerFor] = useState<string | null>(null);
  const [retag, setRetagging] = useState<{ id: string; rect: DOMRect } | null>(null);
  const find = (id: string | null | undefined): Annotation | null => {
    if (id === null || id === undefined || !annotations) return null;
    return (get ? get(id) : annotations.find((a) => a.id === id)) ?? null;
  };

  // Adjusted while rendering (not in an effect): an effect could run after a
  // later selection and undo it with the list it saw.
  const [seen, setSeen] = useState(annotations);
  if (annotations !== seen) {
    setSeen(annotations);
    if (annotations) {
      if (selectedId !== null && !find(selectedId)) select(null);
      if (pickerFor !== null && !find(pickerFor)) setPickerFor(null);
      if (retag !== null && !find(retag.id)) setRetagging(null);
    }
  }

  const setSelectedId = useCallback((id: string | null) => {
    select(id);
    setPickerFor((asked) => (asked === id ? asked : null));
  }, []);
  const selected = find(selectedId);
  const retagged = find(retag?.id);
  const retagging: Retagging | null = retag && retagged ? { annotation: retagged, rect: retag.rect } : null;
  return {
    selectedId: selected ? selectedId : null,
    selected,
    setSelectedId,
    /** True while `selected` is the annotation E asked the picker for. */
    pickerRequested: pickerFor !== null && pickerFor === selectedId,
    /** E's request for annotation `id`'s picker (served once it is selected); null once served. */
    setPickerFor,
    retagging,
    setRetagging,
  };
}
