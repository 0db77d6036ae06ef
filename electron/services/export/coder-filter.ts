/**
 * Coders in exports (issue 20): every exported annotation and claim names
 * its coder (those made before coders existed take the local coder), and an
 * export may hold only some coders' work (the coder filter: how a gold layer
 * is exported).
 */

import { coderOf, type Coded } from '../../../shared/coders';

/**
 * `items` with `author` set to `localCoder` where they have none (unchanged
 * without a local coder), keeping only those whose coder is in `coders`
 * (all when `coders` is undefined).
 */
export function forExport<T extends Coded>(
  items: readonly T[],
  localCoder: string | undefined,
  coders: ReadonlySet<string> | undefined,
): T[] {
  const stamped = items.map((a) => (localCoder && !a.author ? { ...a, author: localCoder } : a));
  return coders ? stamped.filter((a) => coders.has(coderOf(a, localCoder ?? ''))) : stamped;
}
