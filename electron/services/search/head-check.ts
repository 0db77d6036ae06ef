/**
 * The search index's short way at open (issue 17, B8): when the library was
 * opened from index.head.json, the head carries the list digest of the
 * live articles of the index.json it describes (index-head.ts), so the
 * worker can verify the index file's own digest against it at once, while
 * main is still listing the rest, instead of main hashing every article
 * once listed (~90 ms at 100,000 articles). The answer counts only if, once
 * the whole list is in memory, it is still the list the head described (no
 * edit, import, repair or restore in between: Library.listDigestAtOpen).
 */

import type { Library } from '../library/library';
import { sameDigest } from './list-digest';
import type { SearchWorkerClient } from './search-worker-client';

/**
 * True when the index file open in `worker` holds exactly `library`'s live
 * articles as listed, by the head's digest; false when that cannot be told
 * this way (no trusted head, the index differs, or the list changed before
 * it was fully listed): then the caller compares the whole list. Rejects
 * with the worker's error.
 */
export async function headHolds(
  library: Pick<Library, 'listed' | 'listDigestAtOpen'>,
  worker: Pick<SearchWorkerClient, 'call'>,
): Promise<boolean> {
  const digest = library.listDigestAtOpen();
  if (!digest) return false;
  // Both at once: the worker's answer and the library's listing of the rest.
  const [same] = await Promise.all([worker.call('verify', { digest }), library.listed]);
  const listed = library.listDigestAtOpen();
  return same && listed !== null && sameDigest(listed, digest);
}
