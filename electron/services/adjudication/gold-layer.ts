/**
 * The gold coder's layer of one article, as adjudication writes it: gold
 * annotations are planned (ids chosen) before anything is written, so the
 * decision record naming them can be on disk first (crash safety, see
 * DecisionRecord.pending), then written in one write; removal deletes only
 * the ids still there and not shared with another decision of the session.
 */

import { randomUUID } from 'node:crypto';
import type { GoldWrite } from '../../../shared/adjudication/adjudication-units';
import type { DecisionRecord } from '../../../shared/adjudication/adjudication-types';
import { coderOf } from '../../../shared/coders';
import type { Annotation } from '../../../shared/model';
import type { Library } from '../library/library';

const sameSpan = (
  x: { start: number; end: number; tag: string },
  y: { start: number; end: number; tag: string },
) => x.start === y.start && x.end === y.end && x.tag === y.tag;

/** What planGold decided: the gold ids of each group and the annotations to write. */
export interface GoldPlan {
  ids: string[][];
  made: Annotation[];
}

/** Every gold id the decisions of `decisions` name, but those of `except` (keys). */
export function referencedIds(
  decisions: Readonly<Record<string, DecisionRecord>>,
  except: ReadonlySet<string> = new Set(),
): Set<string> {
  const ids = new Set<string>();
  for (const [key, record] of Object.entries(decisions))
    if (!except.has(key)) for (const id of record.goldIds) ids.add(id);
  return ids;
}

/**
 * Plans `groups` of gold spans in `articleId` as `gold`'s annotations (the
 * local coder `local` owns unauthored ones), given the article's
 * `annotations`: a span gold already has is not written twice; its
 * annotation is shared (its id named) when another decision (`shared`)
 * wrote it, else left to whoever made it. Writes nothing.
 */
export function planGold(
  articleId: string,
  annotations: readonly Annotation[],
  who: { gold: string; local: string },
  groups: readonly GoldWrite[][],
  shared: ReadonlySet<string>,
): GoldPlan {
  const have = annotations.filter((x) => !x.orphaned && coderOf(x, who.local) === who.gold);
  const at = new Date().toISOString();
  const made: Annotation[] = [];
  const ids = groups.map((group) =>
    group.flatMap((w) => {
      const there = [...have, ...made].find((x) => sameSpan(x, w));
      if (there) return shared.has(there.id) ? [there.id] : [];
      const annotation: Annotation = {
        id: randomUUID(),
        articleId,
        ...w,
        // quote and context are taken from the text by restore.
        quote: '-',
        prefix: '',
        suffix: '',
        author: who.gold,
        createdAt: at,
        updatedAt: at,
      };
      made.push(annotation);
      return [annotation.id];
    }),
  );
  return { ids, made };
}

/**
 * Deletes from `articleId` the gold annotations `ids` that are still there
 * and not in `keep` (ids another decision still names); resolves to how
 * many were deleted.
 */
export async function removeGold(
  library: Library,
  articleId: string,
  ids: readonly string[],
  keep: ReadonlySet<string>,
): Promise<number> {
  if (ids.length === 0) return 0;
  // An article deleted for good took its gold with it.
  const list = await library.listAnnotations(articleId).catch(() => null);
  if (!list) return 0;
  const present = new Set(list.map((a) => a.id));
  const gone = ids.filter((id) => present.has(id) && !keep.has(id));
  if (gone.length > 0) await library.deleteAnnotations(articleId, gone);
  return gone.length;
}
