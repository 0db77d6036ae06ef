/**
 * The annotation panel's rows (panel-row-index.ts) for the annotations shown:
 * built once per grouping, filter and scheme, then carried across edits by
 * the store's recorded changes, so an edit updates the chunks of the rows it
 * changed instead of regrouping and measuring all 10,000. A list the store's
 * changes do not lead to (another coder's view) is built afresh.
 */

import { useState } from 'react';
import type { Annotation } from '../../../shared/model';
import type { AnnotationChange } from './annotation-store';
import { PanelRowIndex, type RowConfig } from './panel-row-index';

/** What the store tells the panel: the changes since one of its lists, and an annotation by id. */
export interface PanelStore {
  changesSince: (list: readonly Annotation[]) => readonly AnnotationChange[] | null;
  find: (id: string) => Annotation | undefined;
}

interface Built {
  config: RowConfig;
  list: readonly Annotation[];
  index: PanelRowIndex;
}

/** The row index of `annotations` under `config`, updated from `store`'s changes when it can be. */
export function usePanelRows(
  config: RowConfig,
  annotations: readonly Annotation[],
  store: PanelStore | undefined,
): PanelRowIndex {
  const [built, setBuilt] = useState<Built>(() => ({
    config,
    list: annotations,
    index: PanelRowIndex.build(config, annotations),
  }));
  if (built.config === config && built.list === annotations) return built.index;
  const changes = built.config === config ? (store?.changesSince(built.list) ?? null) : null;
  const reached = changes && (changes.length > 0 ? changes[changes.length - 1]?.after : built.list);
  const index =
    changes && reached === annotations
      ? built.index.apply(changes)
      : PanelRowIndex.build(config, annotations);
  // Adjusting state to new props during render (React re-renders at once, before the children).
  setBuilt({ config, list: annotations, index });
  return index;
}
