/**
 * The undo step of a scheme save, for the window's one undo history
 * (shared/undo-history.ts): undo asks main to undo that scheme save
 * (undoSchemeSave, naming the version the save wrote: the earlier scheme
 * and the annotations it moved, deleted or merged), redo saves the same scheme again against the version undo
 * brought back (refused with 'scheme-changed' if the scheme changed since).
 */

import type { HamishApi } from './ipc-contract';
import type { TagReassignment } from './model';
import type { ClaimPolicy } from './schema/claim-schema';
import { schemeVersion } from './scheme-version';
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

/**
 * The undo step of the scheme save `request`, made once main answered it
 * with the scheme it wrote (`saved`). Undo asks main to undo that save, named
 * by the version it wrote, never whichever save came last (an import's scheme
 * merge, another save): main refuses with 'scheme-changed' when the scheme
 * is no longer the one this save wrote. Redo saves again and follows the
 * version that save writes.
 */
export function schemeSaveCommand(
  api: Pick<HamishApi, 'saveTaxonomy' | 'undoSchemeSave'>,
  request: SchemeSaveRequest,
  saved: Taxonomy,
): UndoCommand {
  let version = schemeVersion(saved);
  return {
    articleId: '',
    label: SCHEME_SAVE_LABEL,
    undo: () => api.undoSchemeSave(version),
    redo: async () => {
      const result = await sendSchemeSave(api, request);
      if (result.ok) version = schemeVersion(result.value.taxonomy);
      return result;
    },
  };
}
