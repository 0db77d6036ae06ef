/**
 * The entities linked most recently in this session, newest first, so the
 * picker can offer them early (see shared/entity-ranking.ts). Kept in memory
 * only: a new session starts from the library's counts.
 */

const LIMIT = 20;
let recent: string[] = [];

/** Remembers that entity `id` was just linked. */
export function noteLinked(id: string): void {
  recent = [id, ...recent.filter((x) => x !== id)].slice(0, LIMIT);
}

/** Entity ids linked this session, newest first. */
export function recentEntities(): readonly string[] {
  return recent;
}
