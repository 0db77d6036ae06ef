/**
 * The part of the IPC contract (ipc-contract.ts) for the tag scheme: reading
 * it, counting its tags' uses, saving a new one (which moves or deletes the
 * annotations of removed tags and merges the twins a move makes, issue 14),
 * and previewing those merges before the save.
 */

import type { SchemeSaved, SchemeUndone, TagReassignment, TwinMergeReport } from './model';
import type { Result } from './result';
import type { ClaimPolicy } from './schema/claim-schema';
import type { Taxonomy } from './taxonomy';

export interface SchemeApi {
  /** The library's tag scheme. */
  getTaxonomy(): Promise<Result<Taxonomy>>;
  /**
   * Replaces the tag scheme. Annotations of removed tags need a destination in `reassign` (a tag,
   * or null to delete them), else 'tag-in-use'; a scheme without `frames` keeps the current ones.
   * Claims it breaks (frame or role removed, a member's type no longer accepted) need `claims`,
   * else 'frame-in-use'. Twins a move makes merge into the older one (SchemeSaved counts and names them).
   * `expected`: the version (shared/scheme-version.ts) of the scheme the editor read and previewed
   * against; 'scheme-changed', nothing written, when the scheme is no longer that one.
   */
  saveTaxonomy(
    taxonomy: Taxonomy,
    reassign: TagReassignment,
    claims?: ClaimPolicy | null,
    expected?: string,
  ): Promise<Result<SchemeSaved>>;
  /**
   * Undoes the scheme save of this session that wrote the scheme at `version` (shared/scheme-version.ts):
   * the scheme before it and the annotations it moved, deleted or merged (those edited since stay).
   * 'not-found' when no save of this session wrote that version (or it was undone), 'scheme-changed'
   * when the scheme is no longer at that version (another save or an import changed it since),
   * 'tag-in-use' when a tag used since would be lost. Refused calls change nothing.
   */
  undoSchemeSave(version: string): Promise<Result<SchemeUndone>>;
  /** Number of annotations across the library per tag id. */
  countTagUses(): Promise<Result<Record<string, number>>>;
  /** The twins saving a scheme with `reassign` would merge, per article (nothing is written). */
  previewTwinMerges(reassign: TagReassignment): Promise<Result<TwinMergeReport[]>>;
}

/** The methods of SchemeApi, for API_METHODS. */
export const SCHEME_API_METHODS = [
  'getTaxonomy',
  'saveTaxonomy',
  'undoSchemeSave',
  'countTagUses',
  'previewTwinMerges',
] as const;
