/**
 * The open article's claims and every change the reader makes to them:
 * loaded from main (again after an undo or redo, which bump `revision`),
 * created, edited and deleted through the API, each change recorded in the
 * undo history once main has it on disk. Claims are not drafted
 * optimistically: the list changes when main answers, which is quick (one
 * journal line), and a refused claim (incomplete, a member gone) never shows.
 */

import { useCallback, useEffect, useState } from 'react';
import { createClaimCommand, deleteClaimsCommand, editClaimCommand } from '../../../shared/claim-commands';
import type { Claim, ClaimPatch, NewClaim } from '../../../shared/schema/claim-schema';
import type { UndoHistory } from '../../../shared/undo-history';
import type { Result } from '../../../shared/result';
import { api } from '../api';
import type { Notify } from '../status';

const NO_CLAIMS: Claim[] = [];

export interface ClaimStore {
  claims: Claim[];
  /** Reads the article's claims from main again (after main changed them under a ClaimPolicy). */
  reload(): Promise<void>;
  /** Creates a claim; resolves to it, or null when main refused (the reason is shown). */
  create(input: Omit<NewClaim, 'articleId'>): Promise<Claim | null>;
  update(before: Claim, patch: ClaimPatch): Promise<Claim | null>;
  remove(claims: Claim[]): Promise<boolean>;
}

/**
 * The claims of article `articleId` (read again when `revision` changes) and
 * their changes, each recorded in `history` once main has it on disk.
 */
export function useClaims(
  articleId: string,
  revision: number,
  history: UndoHistory,
  notify: Notify,
): ClaimStore {
  // Kept with the article they belong to: another article's claims are never shown, even for a moment.
  const [loaded, setLoaded] = useState<{ articleId: string; claims: Claim[] }>({ articleId, claims: [] });
  const claims = loaded.articleId === articleId ? loaded.claims : NO_CLAIMS;
  const setClaims = useCallback(
    (update: (list: Claim[]) => Claim[]) =>
      setLoaded((l) => ({ articleId, claims: update(l.articleId === articleId ? l.claims : []) })),
    [articleId],
  );

  const reload = useCallback(async () => {
    const result = await api.listClaims(articleId);
    if (result.ok) setLoaded({ articleId, claims: result.value });
    else notify({ kind: 'error', error: result.error });
  }, [articleId, notify]);

  // Loaded again after an undo or redo (revision), which may have put claims back.
  useEffect(() => {
    let live = true;
    void api.listClaims(articleId).then((result) => {
      if (!live) return;
      if (result.ok) setLoaded({ articleId, claims: result.value });
      else notify({ kind: 'error', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [articleId, revision, notify]);

  /** Runs one save: "Saving…", then the error or `done`'s message; resolves to main's answer. */
  const save = useCallback(
    async <T>(saving: Promise<Result<T>>, done = 'status.saved'): Promise<Result<T>> => {
      notify({ kind: 'saving' });
      const result = await saving;
      notify(result.ok ? { kind: 'info', key: done } : { kind: 'error', error: result.error });
      return result;
    },
    [notify],
  );

  const create = useCallback(
    async (input: Omit<NewClaim, 'articleId'>) => {
      const saving = api.createClaim({ ...input, articleId });
      history.record(saving.then((r) => (r.ok ? createClaimCommand(api, r.value) : null)));
      const result = await save(saving, 'claims.saved');
      if (!result.ok) return null;
      setClaims((list) => [...list, result.value]);
      return result.value;
    },
    [articleId, history, save, setClaims],
  );

  const update = useCallback(
    async (before: Claim, patch: ClaimPatch) => {
      const saving = api.updateClaim(articleId, before.id, patch);
      history.record(saving.then((r) => (r.ok ? editClaimCommand(api, before, r.value) : null)));
      const result = await save(saving);
      if (!result.ok) return null;
      const after = result.value;
      setClaims((list) => list.map((c) => (c.id === after.id ? after : c)));
      return after;
    },
    [articleId, history, save, setClaims],
  );

  const remove = useCallback(
    async (gone: Claim[]) => {
      const saving = api.deleteClaims(
        articleId,
        gone.map((c) => c.id),
      );
      history.record(saving.then((r) => (r.ok ? deleteClaimsCommand(api, articleId, gone) : null)));
      if (!(await save(saving, 'claims.deleted')).ok) return false;
      const ids = new Set(gone.map((c) => c.id));
      setClaims((list) => list.filter((c) => !ids.has(c.id)));
      return true;
    },
    [articleId, history, save, setClaims],
  );

  return { claims, reload, create, update, remove };
}
