/**
 * Integrity of claims in the reader: the annotation actions the reader uses,
 * wrapped so that deleting annotations, or retagging one to a tag its role
 * refuses, first asks what to do with the claims it fills roles in (remove
 * it from the roles, delete the claims, or cancel) and then makes the change
 * in one call with that ClaimPolicy. Changes that touch no claim go through
 * as before. The claims are read again from main afterwards.
 */

import { useMemo, useState } from 'react';
import { claimsAffected } from '../../../shared/claims';
import type { Annotation, AnnotationPatch } from '../../../shared/model';
import type { Claim, ClaimPolicy } from '../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import { useLatest } from '../ui/use-latest';
import type { useAnnotationActions } from '../reader/use-annotation-actions';
import type { ClaimStore } from './use-claims';

type AnnotationActions = ReturnType<typeof useAnnotationActions>;

/** The question the guard dialog shows, and how to answer it (null: cancel). */
export interface GuardQuestion {
  kind: 'delete' | 'retag';
  quote: string;
  claims: Claim[];
  answer: (policy: ClaimPolicy | null) => void;
}

/**
 * `actions` with `remove` and `update` asking first when they would break a
 * claim of `store` (frames from `taxonomy`); `question` is what to show
 * meanwhile (null: nothing asked).
 */
export function useClaimGuard(
  actions: AnnotationActions,
  store: ClaimStore,
  taxonomy: Taxonomy | null,
): { actions: AnnotationActions; question: GuardQuestion | null } {
  const [question, setQuestion] = useState<GuardQuestion | null>(null);
  const latest = useLatest({ actions, store, taxonomy });

  const wrapped = useMemo(() => {
    /** Asks about `claims` (resolves to the policy, or null when the analyst cancels). */
    const ask = (kind: GuardQuestion['kind'], quote: string, claims: Claim[]) =>
      new Promise<ClaimPolicy | null>((resolve) => {
        setQuestion({
          kind,
          quote,
          claims,
          answer: (policy) => {
            setQuestion(null);
            resolve(policy);
          },
        });
      });

    const remove = async (annotations: Annotation[]): Promise<boolean> => {
      const { actions: inner, store: s, taxonomy: scheme } = latest();
      const deleted = new Set(annotations.map((a) => a.id));
      const touched = scheme ? claimsAffected(s.claims, { deleted }, scheme) : [];
      if (touched.length === 0) return inner.remove(annotations);
      const policy = await ask('delete', annotations[0]?.quote ?? '', touched);
      if (!policy) return false;
      const done = await inner.remove(annotations, { policy, before: touched });
      await s.reload();
      return done;
    };

    const update = async (before: Annotation, patch: AnnotationPatch): Promise<Annotation | null> => {
      const { actions: inner, store: s, taxonomy: scheme } = latest();
      const retagged =
        patch.tag !== undefined && patch.tag !== before.tag ? new Map([[before.id, patch.tag]]) : null;
      const touched = retagged && scheme ? claimsAffected(s.claims, { retagged }, scheme) : [];
      if (touched.length === 0) return inner.update(before, patch);
      const policy = await ask('retag', before.quote, touched);
      if (!policy) return null;
      const after = await inner.update(before, patch, { policy, before: touched });
      await s.reload();
      return after;
    };

    return { remove, update };
  }, [latest]);

  return { actions: { ...actions, ...wrapped }, question };
}
