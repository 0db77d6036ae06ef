/**
 * The undo step of a scheme save, for the window's one undo history
 * (shared/undo-history.ts): undo asks main to undo its last scheme save
 * (undoSchemeSave: the earlier scheme and the annotations it moved, deleted
 * or merged), redo saves the same scheme again against the version undo
 * brought back (refused with 'scheme-changed' if the scheme changed since).
 */

import type { HamishApi } from './ipc-contract';
import type { TagReassignment } from './model';
import type { ClaimPolicy } from './schema/claim-schema';
import type { Taxonomy } from './taxonomy';
import type { UndoCommand } from './undo-history';

/** The label of the scheme save step (the UI translates it; the view shown stays). */
export const SCHEME_SAVE_LABEL = 'schemeSave';

/** What one scheme save sent: the scheme, its moves, its claims policy, and the version it was made on. */
export interface SchemeSaveRequest {
  taxonomy: Taxonomy;
  reassign: TagReassignment;
  claims: ClaimPolicy | null;
  /** shared/scheme-version.ts of the scheme the editor read. */
  base: string;
}

/** Saves `request` through `api` (the version check included). */
export function sendSchemeSave(api: Pick<HamishApi, 'saveTaxonomy'>, request: SchemeSaveRequest) {
  return api.saveTaxonomy(request.taxonomy, request.reassign, request.claims, request.base);
}

/** The undo step of the scheme save `request`, made once main answered it. */
export function schemeSaveCommand(
  api: Pick<HamishApi, 'saveTaxonomy' | 'undoSchemeSave'>,
  request: SchemeSaveRequest,
): UndoCommand {
  return {
    articleId: '',
    label: SCHEME_SAVE_LABEL,
    undo: () => api.undoSchemeSave(),
    redo: () => sendSchemeSave(api, request),
  };
}
