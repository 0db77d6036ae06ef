/**
 * Every change the reader makes to annotations: create (one or many, as
 * "tag all mentions" does), edit and delete. Each goes through the API, updates
 * the list once main says it is saved, and is recorded in the undo history.
 */

import { useCallback } from 'react';
import { createCommand, deleteCommand, editCommand } from '../../../shared/annotation-commands';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../../shared/model';
import type { UndoHistory } from '../../../shared/undo-history';
import { api } from '../api';
import type { Notify } from '../status';

const byPosition = (x: Annotation, y: Annotation) => x.start - y.start || x.end - y.end;

export function useAnnotationActions(
  articleId: string,
  history: UndoHistory,
  setAnnotations: (update: (list: Annotation[]) => Annotation[]) => void,
  notify: Notify,
) {
  /** Creates annotations in one write and one undo step; resolves to them, or null on failure. */
  const create = useCallback(
    async (inputs: Omit<NewAnnotation, 'articleId'>[]): Promise<Annotation[] | null> => {
      if (inputs.length === 0) return [];
      notify({ kind: 'saving' });
      const items = inputs.map((i) => ({ ...i, articleId }));
      const result =
        items.length === 1 && items[0]
          ? await api
              .createAnnotation(items[0])
              .then((r) => (r.ok ? { ok: true as const, value: [r.value] } : r))
          : await api.createAnnotations(articleId, items);
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return null;
      }
      setAnnotations((list) => [...list, ...result.value].sort(byPosition));
      history.push(createCommand(api, articleId, result.value));
      notify({ kind: 'info', key: 'status.saved' });
      return result.value;
    },
    [articleId, history, setAnnotations, notify],
  );

  /** Applies `patch` to `before`; resolves to the saved annotation, or null on failure. */
  const update = useCallback(
    async (before: Annotation, patch: AnnotationPatch): Promise<Annotation | null> => {
      notify({ kind: 'saving' });
      const result = await api.updateAnnotation(articleId, before.id, patch);
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return null;
      }
      const after = result.value;
      setAnnotations((list) => list.map((a) => (a.id === after.id ? after : a)).sort(byPosition));
      if (after.updatedAt !== before.updatedAt) history.push(editCommand(api, before, after));
      notify({ kind: 'info', key: 'status.saved' });
      return after;
    },
    [articleId, history, setAnnotations, notify],
  );

  const remove = useCallback(
    async (annotations: Annotation[]): Promise<boolean> => {
      notify({ kind: 'saving' });
      const result = await api.deleteAnnotations(
        articleId,
        annotations.map((a) => a.id),
      );
      if (!result.ok) {
        notify({ kind: 'error', error: result.error });
        return false;
      }
      const gone = new Set(annotations.map((a) => a.id));
      setAnnotations((list) => list.filter((a) => !gone.has(a.id)));
      history.push(deleteCommand(api, articleId, annotations));
      notify({ kind: 'info', key: 'status.saved' });
      return true;
    },
    [articleId, history, setAnnotations, notify],
  );

  return { create, update, remove };
}
