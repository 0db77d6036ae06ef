/**
 * "Add as a coder layer" (issue 20, compare don't merge): a colleague's
 * annotations and claims of an article are put beside the library's as
 * their coder's layer, never merged into anyone's. Their `author` is kept;
 * those without take the layer's coder (the file's, or the name typed). The
 * local coder's own layer is never touched: the file's annotations claiming
 * to be the local coder's are left out (counted as kept). A coder of the file
 * who already has annotations in the article has them replaced by the
 * file's (a newer export of the same coder), counted as replaced layers;
 * every other coder is left as it is. Runs in the import worker.
 */

import { randomUUID } from 'node:crypto';
import { coderOf } from '../../../shared/coders';
import type { ImportReport } from '../../../shared/export/export-request';
import type { Annotation } from '../../../shared/model';
import type { Claim, ExportedClaim } from '../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import { withoutTwins } from '../../../shared/twins';
import { detachLost } from '../library/claim-policy';
import { claimsOf } from './claim-import';
import { contentKey } from './annotation-merge';
import type { ImportCoders } from './import-worker-protocol';

/** `items` with `author` set to `coder` where they have none (no change without a coder). */
export function withCoder<T extends { author?: string | undefined }>(
  items: readonly T[],
  coder: string | undefined,
): T[] {
  return items.map((a) => (coder && !a.author ? { ...a, author: coder } : a));
}

/** The coders a layer import brings (every coder of the file's annotations and claims but the local one). */
export function layerCoders(items: Iterable<{ author?: string | undefined }>, local: string): Set<string> {
  const coders = new Set<string>();
  for (const a of items) coders.add(coderOf(a, local));
  coders.delete(local);
  return coders;
}

/** What a layer import of one article comes to. */
export interface LayerResult {
  list: Annotation[];
  claims: Claim[];
  /** Whether anything changed (a re-import of the same file changes nothing). */
  changed: boolean;
}

/** The same annotations, ids and contents, whatever their order. */
const sameSet = (a: readonly Annotation[], b: readonly Annotation[]): boolean => {
  const key = (x: Annotation) => `${x.id} ${contentKey(x)} ${x.author ?? ''}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
};

/**
 * Puts `theirs` (one article of the file, authors already filled by
 * withCoder) into `mine` as the layers of `coders` (layerCoders of the whole
 * file), counting into `report`; `claims` are the article's stored claims,
 * `exported` the file's (authors filled). An incoming id that another
 * coder's annotation holds gets a new id (their claims follow it).
 */
export function replaceLayers(
  article: { articleId: string; mine: readonly Annotation[]; claims: readonly Claim[] },
  theirs: readonly Annotation[],
  exported: readonly ExportedClaim[],
  context: { coders: ReadonlySet<string>; local: ImportCoders['local']; scheme: Taxonomy },
  report: ImportReport,
): LayerResult {
  const { coders, local, scheme } = context;
  const inLayer = (a: { author?: string | undefined }) => coders.has(coderOf(a, local));
  const own = theirs.filter((a) => !inLayer(a));
  report.annotationsKept += own.length;
  const incoming = withoutTwins([], theirs.filter(inLayer), local);
  report.annotationsUnchanged += incoming.twins.length;
  const kept = article.mine.filter((a) => !inLayer(a));
  const old = article.mine.filter(inLayer);
  if (sameSet(old, incoming.fresh)) {
    report.annotationsUnchanged += old.length;
    return { list: [...article.mine], claims: [...article.claims], changed: false };
  }
  const taken = new Set(kept.map((a) => a.id));
  const ids = new Map<string, string>();
  const added = incoming.fresh.map((a) => {
    const id = taken.has(a.id) ? randomUUID() : a.id;
    ids.set(a.id, id);
    return id === a.id ? a : { ...a, id };
  });
  report.annotationsAdded += added.length;
  report.annotationsReplaced += old.length;
  report.layersReplaced += layerCoders(old, local).size;
  const list = [...kept, ...added];
  const others = article.claims.filter((c) => !inLayer(c));
  const stillWhole = detachLost(others, article.mine, list, scheme, new Date()) ?? others;
  const fileClaims = claimsOf(exported.filter(inLayer), article.articleId, ids, list, scheme);
  return { list, claims: [...stillWhole, ...fileClaims], changed: true };
}
