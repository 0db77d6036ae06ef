/**
 * How selective the benchmark queries are on a corpus: the share of the
 * library's articles each query term matches (through the search index's own
 * matching, stems and prefixes included), summarised per query kind and
 * printed, so README can say what a query word hits at 10k and 100k.
 */

import { percentile } from './stats';

/** Summary of one kind of query: shares in % of the articles, and the terms with theirs. */
export interface ShareSummary {
  median: number;
  p10: number;
  p90: number;
  max: number;
  /** Each distinct term and the % of articles it matches, most selective first. */
  terms: Record<string, number>;
}

/**
 * For each kind of query (e.g. exact, prefix), the % of `articles` each
 * distinct term matches according to `count`; printed as one line per kind.
 */
export async function queryShares(
  articles: number,
  kinds: Record<string, readonly string[]>,
  matching: (query: string) => Promise<readonly string[]>,
): Promise<Record<string, ShareSummary>> {
  const out: Record<string, ShareSummary> = {};
  for (const [kind, queries] of Object.entries(kinds)) {
    const terms: [string, number][] = [];
    for (const q of new Set(queries)) {
      const share = (100 * (await matching(q)).length) / Math.max(1, articles);
      terms.push([q, Number(share.toFixed(3))]);
    }
    terms.sort((a, b) => a[1] - b[1]);
    const shares = terms.map(([, s]) => s);
    out[kind] = {
      median: percentile(shares, 50),
      p10: percentile(shares, 10),
      p90: percentile(shares, 90),
      max: percentile(shares, 100),
      terms: Object.fromEntries(terms),
    };
    const s = out[kind];
    console.log(
      `query share, ${kind}, ${articles} articles, ${terms.length} terms: median ${s.median} %, p10 ${s.p10} %, p90 ${s.p90} %, max ${s.max} %`,
    );
  }
  return out;
}
