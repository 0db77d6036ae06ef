/**
 * Undoing the last scheme save (library-scheme.ts): what the save changed,
 * kept in memory for the session (the scheme before and after, and per
 * article the annotations it moved, retagged, merged or deleted, before and
 * after), and putting it back. Only annotations still as the save left them
 * are put back: one edited since keeps its edit (counted in `kept`). Claims
 * the save redirected or detached are left as they are.
 */

import type { Annotation } from '../../../shared/model';
export type { SchemeUndone } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { listTags, type Taxonomy } from '../../../shared/taxonomy';

/** One article's part of a scheme save: the annotations it touched, before, and as it left them (absent: removed). */
export interface ArticleSnapshot {
  before: Annotation[];
  after: Map<string, Annotation>;
}

/** The last scheme save, as undo needs it. */
export interface SchemeSaveSnapshot {
  before: Taxonomy;
  after: Taxonomy;
  /** By article id. */
  articles: Map<string, ArticleSnapshot>;
}

const same = (x: Annotation, y: Annotation) => JSON.stringify(x) === JSON.stringify(y);

/** The annotations of one article a save changed from `before` to `after`; null when none. */
export function snapshotOf(
  before: readonly Annotation[],
  after: readonly Annotation[],
): ArticleSnapshot | null {
  const afterById = new Map(after.map((a) => [a.id, a]));
  const touched = before.filter((b) => {
    const a = afterById.get(b.id);
    return !a || !same(a, b);
  });
  if (touched.length === 0) return null;
  const ids = new Set(touched.map((b) => b.id));
  const kept = after
    .filter((a) => ids.has(a.id))
    .map((a): [string, Annotation] => [a.id, structuredClone(a)]);
  return { before: structuredClone(touched), after: new Map(kept) };
}

/**
 * `current` (one article's annotations now) with the save of `snapshot`
 * undone: each touched annotation still as the save left it gets its
 * earlier self back, each it removed comes back (unless its id is there
 * again); annotations edited since stay. Pure.
 */
export function revertArticle(
  current: readonly Annotation[],
  snapshot: ArticleSnapshot,
): { list: Annotation[]; restored: number; kept: number } {
  const earlier = new Map(snapshot.before.map((b) => [b.id, b]));
  let restored = 0;
  let kept = 0;
  const list = current.map((a) => {
    const left = snapshot.after.get(a.id);
    const was = earlier.get(a.id);
    if (!left || !was) return a;
    if (!same(left, a)) {
      kept++;
      return a;
    }
    restored++;
    return structuredClone(was);
  });
  const present = new Set(current.map((a) => a.id));
  for (const was of snapshot.before) {
    if (snapshot.after.has(was.id)) continue;
    if (present.has(was.id)) kept++;
    else {
      list.push(structuredClone(was));
      restored++;
    }
  }
  return { list, restored, kept };
}

/**
 * The tags the scheme before `save` lacks that annotations would carry once
 * `save` is undone: `add` each article's annotations now (those the save
 * touched counted as undo would leave them, revertArticle), then
 * `assertNone` refuses with 'tag-in-use' naming the first such tag and how
 * many annotations use it (params `tag`, `count`).
 */
export function strayTags(save: SchemeSaveSnapshot): {
  add(annotations: readonly Annotation[]): void;
  assertNone(): void;
} {
  const known = new Set(listTags(save.before).map((t) => t.id));
  const stray = new Map<string, number>();
  return {
    add(annotations) {
      const snapshot = save.articles.get(annotations[0]?.articleId ?? '');
      const list = snapshot ? revertArticle(annotations, snapshot).list : annotations;
      for (const a of list) if (!known.has(a.tag)) stray.set(a.tag, (stray.get(a.tag) ?? 0) + 1);
    },
    assertNone() {
      const [tag, count] = [...stray][0] ?? [];
      if (tag === undefined) return;
      throw new AppFailure('tag-in-use', `${count} annotations use ${tag}, which the earlier scheme lacks`, {
        tag,
        count: count ?? 0,
      });
    },
  };
}
