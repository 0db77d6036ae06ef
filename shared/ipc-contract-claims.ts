/**
 * The part of the IPC contract (ipc-contract.ts) that keeps claims whole
 * (issue 18): the claim methods, and the annotation writes that may touch
 * claims, whose optional last argument is the ClaimPolicy (without it a
 * change that would leave a claim naming a deleted annotation, or one its
 * role no longer accepts, fails with 'in-claim' and changes nothing).
 */

import type { Annotation, AnnotationPatch } from './model';
import type { Result } from './result';
import type { Claim, ClaimPatch, ClaimPolicy, NewClaim } from './schema/claim-schema';

export interface ClaimsApi {
  /**
   * Deletes several annotations of one article in one write; an unknown id deletes nothing.
   * Annotations in claims need `claims` (detach them or delete the claims), else 'in-claim' and nothing changes.
   */
  deleteAnnotations(articleId: string, ids: string[], claims?: ClaimPolicy): Promise<Result<null>>;
  /**
   * Changes an annotation's tag, note, entity link or span. Resolves once it is on disk.
   * A retag its claims' roles refuse needs `claims`, else 'in-claim' and nothing changes.
   */
  updateAnnotation(
    articleId: string,
    id: string,
    patch: AnnotationPatch,
    claims?: ClaimPolicy,
  ): Promise<Result<Annotation>>;
  /** Deletes one annotation (claims as deleteAnnotations). Resolves once it is on disk. */
  deleteAnnotation(articleId: string, id: string, claims?: ClaimPolicy): Promise<Result<null>>;
  /** The article's claims, oldest first. */
  listClaims(articleId: string): Promise<Result<Claim[]>>;
  /** Creates a claim ('invalid-claim' when it breaks a rule, 'claim-incomplete' when a required role is empty); resolves once on disk. */
  createClaim(input: NewClaim): Promise<Result<Claim>>;
  /** Changes a claim's frame, members, attributes or note; resolves once on disk. */
  updateClaim(articleId: string, id: string, patch: ClaimPatch): Promise<Result<Claim>>;
  /** Deletes claims of one article in one write; an unknown id deletes nothing. */
  deleteClaims(articleId: string, ids: string[]): Promise<Result<null>>;
  /** Puts claims back exactly (undo of a delete, redo of a create); refused when a member annotation is missing. */
  restoreClaims(articleId: string, claims: Claim[]): Promise<Result<Claim[]>>;
}

/** The methods of ClaimsApi, for API_METHODS. */
export const CLAIMS_API_METHODS = [
  'updateAnnotation',
  'deleteAnnotation',
  'deleteAnnotations',
  'listClaims',
  'createClaim',
  'updateClaim',
  'deleteClaims',
  'restoreClaims',
] as const;
