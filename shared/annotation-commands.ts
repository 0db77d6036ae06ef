/**
 * Undo commands for annotation changes, built from what the API returned:
 * a create is undone by deleting the same ids and redone by restoring them;
 * a delete the other way round; an edit by patching back every field. Each
 * says which annotations it touches and writes back, and can be remade with
 * another tag (a step whose tag was removed from the scheme).
 */

import type { HamishApi } from './ipc-contract';
import type { Annotation, AnnotationPatch } from './model';
import type { UndoCommand } from './undo-history';

type AnnotationApi = Pick<HamishApi, 'deleteAnnotations' | 'restoreAnnotations' | 'updateAnnotation'>;

/** The patch that puts every editable field of `a` back. */
export function patchOf(a: Annotation): AnnotationPatch {
  return { tag: a.tag, note: a.note ?? null, entityId: a.entityId ?? null, start: a.start, end: a.end };
}

/** `list` with tag `from` replaced by `to`. */
const retagged = (list: Annotation[], from: string, to: string): Annotation[] =>
  list.map((a) => (a.tag === from ? { ...a, tag: to } : a));

export function createCommand(api: AnnotationApi, articleId: string, created: Annotation[]): UndoCommand {
  return {
    articleId,
    label: created.length > 1 ? 'createMany' : 'create',
    ids: created.map((a) => a.id),
    writes: (direction) => (direction === 'redo' ? created : []),
    retag: (from, to) => createCommand(api, articleId, retagged(created, from, to)),
    undo: () =>
      api.deleteAnnotations(
        articleId,
        created.map((a) => a.id),
      ),
    redo: () => api.restoreAnnotations(articleId, created),
  };
}

export function deleteCommand(api: AnnotationApi, articleId: string, deleted: Annotation[]): UndoCommand {
  return {
    articleId,
    label: 'delete',
    ids: deleted.map((a) => a.id),
    writes: (direction) => (direction === 'undo' ? deleted : []),
    retag: (from, to) => deleteCommand(api, articleId, retagged(deleted, from, to)),
    undo: () => api.restoreAnnotations(articleId, deleted),
    redo: () =>
      api.deleteAnnotations(
        articleId,
        deleted.map((a) => a.id),
      ),
  };
}

export function editCommand(api: AnnotationApi, before: Annotation, after: Annotation): UndoCommand {
  return {
    articleId: before.articleId,
    label: before.tag !== after.tag ? 'retag' : 'edit',
    ids: [before.id],
    writes: (direction) => [direction === 'undo' ? before : after],
    retag: (from, to) => {
      const [b, a] = retagged([before, after], from, to);
      return editCommand(api, b ?? before, a ?? after);
    },
    undo: () => api.updateAnnotation(before.articleId, before.id, patchOf(before)),
    redo: () => api.updateAnnotation(after.articleId, after.id, patchOf(after)),
  };
}

/**
 * One step for annotations created in several articles at once (tag mentions
 * across the library): undo deletes each article's, redo restores them.
 * `articleId` is the article the step is shown with (the one open when it was made).
 */
export function createAcrossCommand(
  api: AnnotationApi,
  articleId: string,
  groups: readonly { articleId: string; annotations: Annotation[] }[],
): UndoCommand {
  const parts = groups.map((g) => createCommand(api, g.articleId, g.annotations));
  const all = groups.flatMap((g) => g.annotations);
  /** Runs `direction` on every part, stopping at the first failure. */
  const run = async (direction: 'undo' | 'redo') => {
    for (const part of direction === 'undo' ? [...parts].reverse() : parts) {
      const result = await part[direction]();
      if (!result.ok) return result;
    }
    return { ok: true as const, value: null };
  };
  return {
    articleId,
    label: 'createMany',
    ids: all.map((a) => a.id),
    writes: (direction) => (direction === 'redo' ? all : []),
    retag: (from, to) =>
      createAcrossCommand(
        api,
        articleId,
        groups.map((g) => ({ articleId: g.articleId, annotations: retagged(g.annotations, from, to) })),
      ),
    undo: () => run('undo'),
    redo: () => run('redo'),
  };
}
