/**
 * Grapheme clusters and words of canonical text, the units spans are made
 * of: extended grapheme clusters (a letter with its harakat, an emoji
 * sequence) with lam + alef merged into one unit (drawn as one ligature),
 * and words as maximal runs of letter/mark/digit clusters. Every position
 * here is a UTF-16 index into the text; "\n" always breaks clusters.
 */

const WORD = /^[\p{L}\p{M}\p{N}]/u;
const ZW = /^[\u200c\u200d]/u;
const LAM_ALEF_SECOND = /^[اأإآٱ]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A grapheme cluster of the text: [start, end) in UTF-16 units. */
export interface Cluster {
  start: number;
  end: number;
  text: string;
}

/**
 * The line of `text` around UTF-16 index `u` ("\n" always breaks clusters), as
 * extended grapheme clusters, with lam + alef merged into one unit.
 */
export function clustersOfLine(text: string, u: number): Cluster[] {
  const from = text.lastIndexOf('\n', u - 1) + 1;
  const nl = text.indexOf('\n', u);
  const to = nl === -1 ? text.length : nl;
  const out: Cluster[] = [];
  for (const seg of graphemes.segment(text.slice(from, to))) {
    const prev = out[out.length - 1];
    // Lam followed by an alef is drawn as one ligature (lam-alef): keep the two together.
    if (prev && prev.text.startsWith('ل') && LAM_ALEF_SECOND.test(seg.segment)) {
      prev.end += seg.segment.length;
      prev.text += seg.segment;
      continue;
    }
    out.push({ start: from + seg.index, end: from + seg.index + seg.segment.length, text: seg.segment });
  }
  return out;
}

/** The cluster starting at UTF-16 index `u` ("\n" is a cluster of its own). */
export function clusterFrom(text: string, u: number): Cluster | undefined {
  if (text[u] === '\n') return { start: u, end: u + 1, text: '\n' };
  return clustersOfLine(text, u).find((c) => c.start === u);
}

/** The cluster ending at UTF-16 index `u`. */
export function clusterUpTo(text: string, u: number): Cluster | undefined {
  if (text[u - 1] === '\n') return { start: u - 1, end: u, text: '\n' };
  return clustersOfLine(text, u - 1).find((c) => c.end === u);
}

/** Start (UTF-16) of the cluster containing `u`; `u` itself when it is a boundary. */
export function clusterStart(text: string, u: number): number {
  if (u <= 0 || u >= text.length) return Math.max(0, Math.min(u, text.length));
  for (const c of clustersOfLine(text, u)) if (c.start <= u && u < c.end) return c.start;
  return u;
}

/** End (UTF-16) of the cluster containing `u - 1`; `u` itself when it is a boundary. */
export function clusterEnd(text: string, u: number): number {
  if (u <= 0 || u >= text.length) return Math.max(0, Math.min(u, text.length));
  for (const c of clustersOfLine(text, u)) if (c.start < u && u < c.end) return c.end;
  return u;
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
