/**
 * The shapes of one article's edit under its lock (library-annotations.ts
 * `edit`): what the edit sees (annotations, claims, the text's index and
 * length) and what it gives back (the new list, the one journal line, the
 * new claims, the value to resolve to).
 */

import type { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import type { JournalChange } from './annotation-journal';

/** One article as an edit sees it (inside its lock): annotations, claims, its text's index and length. */
export interface ArticleNow {
  current: readonly Annotation[];
  claims: readonly Claim[];
  index: CodePointIndex;
  length: number;
}

/**
 * What an edit makes of an article: the new list (`current` itself: unchanged),
 * the journal line (absent: worked out from the lists), the new claims
 * (absent: unchanged), the result, and whether the list kept its order and
 * its tags (`inPlace`: annotations replaced at their own places, keeping
 * span, creation time, id and tag; then it is not sorted nor counted again,
 * O(n) passes that were most of a note edit's time at 10,000 annotations).
 */
export interface ArticleEdit<T> {
  next: readonly Annotation[];
  change?: JournalChange | undefined;
  claims?: readonly Claim[] | undefined;
  out: T;
  inPlace?: boolean;
}

/** Shallow copies of annotations (what callers get never aliases the stored list). */
export const copies = (list: readonly Annotation[]): Annotation[] => list.map((a) => ({ ...a }));
