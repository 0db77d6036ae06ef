/**
 * Every change the reader makes to annotations: create (one or many, as
 * "tag all mentions" does), edit and delete. Each is shown at once (drafted
 * with the same code main stores it with), goes through the API, and is
 * replaced by what main saved, or undone with an error if the save fails.
 * The status line says "Saving…" until main answers that the edit is on disk,
 * and "Saved" only once every edit in flight is: a quick second edit answered
 * first must not claim the first one is saved.
 * The undo history records it at once, as pending: an undo waits for the save.
 * Quick edits in a row are computed from, and checked against, the state
 * they were made on (see shared/edits-in-flight.ts).
 * A delete or retag that takes claims with it is given the ClaimPolicy the
 * analyst chose and the claims as they were (claims/use-claim-guard.ts): one
 * write in main, one undo step that puts both back.
 */

import { useCallback, useMemo, useRef } from 'react';
import { createCommand, deleteCommand, editCommand } from '../../../shared/annotation-commands';
import { deleteWithClaimsCommand, editWithClaimsCommand } from '../../../shared/claim-commands';
import type { Claim, ClaimPolicy } from '../../../shared/schema/claim-schema';
import { applyPatch, newAnnotation } from '../../../shared/annotation-edits';
import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../../shared/model';
import type { UndoHistory } from '../../../shared/undo-history';
import { EditsInFlight } from '../../../shared/edits-in-flight';
import { api } from '../api';
import type { AppError } from '../../../shared/result';
import type { Notify } from '../status';
import type { AnnotationStore } from './annotation-store';

/** Ids of drafts: shown while main saves them, never sent to main. */
const DRAFT_PREFIX = 'draft:';
let drafts = 0;

/** What to do with the claims a delete or retag touches, and those claims as they were (for undo). */
export interface ClaimsTaken {
  policy: ClaimPolicy;
  before: Claim[];
}

/** True for an annotation shown before main has saved it (it cannot be edited yet). */
export const isDraft = (a: Annotation) => a.id.startsWith(DRAFT_PREFIX);

export function useAnnotationActions(
  articleId: string,
  history: UndoHistory,
  store: AnnotationStore,
  notify: Notify,
  index: CodePointIndex | null,
) {
  const edits = useMemo(() => new EditsInFlight(), []);
  /** Edits sent to main and not answered yet. */
  const inFlight = useRef(0);
  const begin = useCallback(() => {
    inFlight.current += 1;
    notify({ kind: 'saving' });
  }, [notify]);
  /** One edit answered: its error at once, "Saved" once none is left in flight. */
  const end = useCallback(
    (error?: AppError) => {
      inFlight.current -= 1;
      if (error) notify({ kind: 'error', error });
      else if (inFlight.current === 0) notify({ kind: 'info', key: 'status.saved' });
    },
    [notify],
  );

  /** Creates annotations in one write and one undo step; resolves to them, or null on failure. */
  const create = useCallback(
    async (inputs: Omit<NewAnnotation, 'articleId'>[]): Promise<Annotation[] | null> => {
      if (inputs.length === 0) return [];
      begin();
      const items = inputs.map((i) => ({ ...i, articleId }));
      const at = new Date().toISOString();
      const shown = index ? items.map((i) => newAnnotation(i, `${DRAFT_PREFIX}${++drafts}`, index, at)) : [];
      const shownIds = new Set(shown.map((a) => a.id));
      if (shown.length > 0) store.add(shown);
      const saving =
        items.length === 1 && items[0]
          ? api.createAnnotation(items[0]).then((r) => (r.ok ? { ok: true as const, value: [r.value] } : r))
          : api.createAnnotations(articleId, items);
      history.record(saving.then((r) => (r.ok ? createCommand(api, articleId, r.value) : null)));
      const result = await saving;
      if (!result.ok) {
        store.remove(shownIds);
        // Main refused a twin (same span and tag) the reader could not see yet.
        if (result.error.code === 'duplicate') {
          end();
          notify({ kind: 'info', key: 'annotate.twinSaved' });
        } else end(result.error);
        return null;
      }
      store.change(shownIds, result.value);
      end();
      return result.value;
    },
    [articleId, history, store, begin, end, notify, index],
  );

  /**
   * Applies `patch` to `before`; resolves to the saved annotation, or null on
   * failure. Edits in a row of one annotation each start from the one before
   * (see `latest`); an answer from main only replaces what is shown when no
   * later edit of that annotation is still being saved.
   */
  const update = useCallback(
    async (before: Annotation, patch: AnnotationPatch, claims?: ClaimsTaken): Promise<Annotation | null> => {
      if (isDraft(before)) return null;
      begin();
      const edit = edits.begin(before);
      if (index) {
        try {
          const shown = applyPatch(before, patch, index, new Date().toISOString());
          edit.show(shown);
          store.put(shown);
        } catch {
          // A patch main will refuse is not shown; main's answer says why.
        }
      }
      // The policy only when there is one: an explicit undefined crosses IPC as an argument (null in JSON).
      const saving = claims
        ? api.updateAnnotation(articleId, before.id, patch, claims.policy)
        : api.updateAnnotation(articleId, before.id, patch);
      history.record(
        saving.then((r) => {
          if (!r.ok || r.value.updatedAt === before.updatedAt) return null;
          return claims
            ? editWithClaimsCommand(api, before, r.value, claims.before, claims.policy)
            : editCommand(api, before, r.value);
        }),
      );
      const result = await saving;
      const last = edit.end();
      if (!result.ok) {
        if (last) store.put(before);
        // Main refused a retag or a moved edge that would twin another annotation (same span and tag).
        if (result.error.code === 'duplicate') {
          end();
          notify({ kind: 'info', key: 'annotate.twinEdit' });
        } else end(result.error);
        return null;
      }
      const after = result.value;
      // A later edit was made on what this one showed: its own answer will replace it.
      if (last) store.put(after);
      end();
      return after;
    },
    [articleId, history, store, begin, end, notify, index, edits],
  );

  /** Deletes annotations in one write and one undo step; resolves to false on failure (they come back). */
  const remove = useCallback(
    async (annotations: Annotation[], claims?: ClaimsTaken): Promise<boolean> => {
      if (annotations.some(isDraft)) return false;
      begin();
      const gone = new Set(annotations.map((a) => a.id));
      store.remove(gone);
      const ids = annotations.map((a) => a.id);
      const saving = claims
        ? api.deleteAnnotations(articleId, ids, claims.policy)
        : api.deleteAnnotations(articleId, ids);
      history.record(
        saving.then((r) => {
          if (!r.ok) return null;
          return claims
            ? deleteWithClaimsCommand(api, articleId, annotations, claims.before, claims.policy)
            : deleteCommand(api, articleId, annotations);
        }),
      );
      const result = await saving;
      if (!result.ok) {
        store.change(gone, annotations);
        end(result.error);
        return false;
      }
      end();
      return true;
    },
    [articleId, history, store, begin, end],
  );

  /** The annotation as the reader last showed it: `a`, or the result of an edit of it still being saved. */
  const latest = useCallback((a: Annotation): Annotation => edits.latest(a), [edits]);

  return { create, update, remove, latest };
}
