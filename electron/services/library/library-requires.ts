/**
 * Checks an annotation edit makes before it writes: the tag is one of the
 * library's scheme, the entity one of its entities. Each throws AppFailure.
 */

import { AppFailure } from '../../../shared/result';
import { findTag } from '../../../shared/taxonomy';
import type { LibraryContext } from './library-state';

/** Throws AppFailure('not-found') unless the library has the entity `id`. */
export function requireEntity(ctx: LibraryContext, id: string): void {
  if (!ctx.state.entities.has(id)) throw new AppFailure('not-found', `No entity ${id}`, { id });
}

/** Throws AppFailure('invalid-argument', field 'tag') unless `tag` is a tag of the library's scheme. */
export function requireTag(ctx: LibraryContext, tag: string): void {
  if (!findTag(ctx.state.taxonomyDb.data, tag)) {
    throw new AppFailure('invalid-argument', `Unknown tag "${tag}"`, { field: 'tag' });
  }
}
