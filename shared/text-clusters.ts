/**
 * Grapheme clusters and words of canonical text, the units spans are made
 * of: extended grapheme clusters (a letter with its harakat, an emoji
 * sequence) with lam + alef merged into one unit (drawn as one ligature),
 * and words as maximal runs of letter/mark/digit clusters. Every position
 * here is a UTF-16 index into the text; "\n" always breaks clusters.
 */

import { boundariesAround, boundaryAtOrBefore } from './grapheme-index';

const WORD = /^[\p{L}\p{M}\p{N}]/u;
const ZW = /^[\u200c\u200d]/u;

/** A grapheme cluster of the text: [start, end) in UTF-16 units. */
export interface Cluster {
  start: number;
  end: number;
  text: string;
}

/**
 * The line of `text` around UTF-16 index `u` ("\n" always breaks clusters), as
 * extended grapheme clusters, with lam + alef merged into one unit. A long
 * text's lines are segmented once and kept (see grapheme-index.ts).
 */
export function clustersOfLine(text: string, u: number): Cluster[] {
  const b = boundariesAround(text, u);
  const out: Cluster[] = [];
  for (let k = 0; k + 1 < b.length; k++) {
    const start = b[k] as number;
    const end = b[k + 1] as number;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** The cluster starting at UTF-16 index `u` ("\n" is a cluster of its own). */
export function clusterFrom(text: string, u: number): Cluster | undefined {
  if (text[u] === '\n') return { start: u, end: u + 1, text: '\n' };
  if (u < 0 || u >= text.length) return undefined;
  const b = boundariesAround(text, u);
  const k = boundaryAtOrBefore(b, u);
  const end = b[k + 1];
  return b[k] === u && end !== undefined ? { start: u, end, text: text.slice(u, end) } : undefined;
}

/** The cluster ending at UTF-16 index `u`. */
export function clusterUpTo(text: string, u: number): Cluster | undefined {
  if (text[u - 1] === '\n') return { start: u - 1, end: u, text: '\n' };
  if (u <= 0 || u > text.length) return undefined;
  const b = boundariesAround(text, u - 1);
  const k = boundaryAtOrBefore(b, u);
  const start = b[k - 1];
  return b[k] === u && start !== undefined ? { start, end: u, text: text.slice(start, u) } : undefined;
}

/** Start (UTF-16) of the cluster containing `u`; `u` itself when it is a boundary. */
export function clusterStart(text: string, u: number): number {
  if (u <= 0 || u >= text.length) return Math.max(0, Math.min(u, text.length));
  const b = boundariesAround(text, u);
  const k = boundaryAtOrBefore(b, u);
  return k + 1 < b.length ? (b[k] as number) : u;
}

/** End (UTF-16) of the cluster containing `u - 1`; `u` itself when it is a boundary. */
export function clusterEnd(text: string, u: number): number {
  if (u <= 0 || u >= text.length) return Math.max(0, Math.min(u, text.length));
  const b = boundariesAround(text, u);
  const k = boundaryAtOrBefore(b, u);
  return b[k] === u || k + 1 >= b.length ? u : (b[k + 1] as number);
}

/** True when the cluster is part of a word (a letter, mark, digit or zero-width joiner). */
export function isWordCluster(c: Cluster | undefined): boolean {
  return c !== undefined && (WORD.test(c.text) || ZW.test(c.text));
}

/**
 * The word (maximal run of letter/mark/digit clusters) whose cluster holds
 * UTF-16 index `u`, or null. With `caret`, a position just after a word (a
 * click at its end) also means that word.
 */
export function wordAt(text: string, u: number, caret = false): { start: number; end: number } | null {
  const line = clustersOfLine(text, Math.min(u, text.length));
  let i = line.findIndex((c) => c.start <= u && u < c.end);
  if (i === -1 || !isWordCluster(line[i])) {
    if (!caret) return null;
    // A caret just after a word (at its end) still means that word.
    i = line.findIndex((c) => c.end === u);
    if (i === -1 || !isWordCluster(line[i])) return null;
  }
  let a = i;
  let b = i;
  while (a > 0 && isWordCluster(line[a - 1])) a--;
  while (b < line.length - 1 && isWordCluster(line[b + 1])) b++;
  return { start: (line[a] as Cluster).start, end: (line[b] as Cluster).end };
}
