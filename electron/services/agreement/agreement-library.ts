/**
 * The agreement report over the library's own coder layers (issue 20): the
 * coder of an annotation is its `author` (one without counts as the local
 * coder's, coders contract); a layer is an article's annotations by one
 * coder. The rows come from the analysis aggregate (in memory, orphaned
 * annotations already left out), the articles from the analysis filter's
 * article part, the pairing rule from shared/agreement/common-articles.ts
 * (an article counts when every chosen coder coded it) and every number from
 * shared/agreement/report.ts, exactly as `hamish agreement` computes them.
 */

import { commonArticles, tagSpanOf, type CandidateArticle } from '../../../shared/agreement/common-articles';
import {
  MEASURES,
  type AgreementOptions,
  type AgreementReport,
  type CodedArticle,
  type TagSpan,
} from '../../../shared/agreement/report';
import {
  LEFT_OUT_NAMED,
  type AgreementArticles,
  type AgreementCoder,
  type AgreementRequest,
  type LibraryAgreement,
} from '../../../shared/schema/agreement-schema';
import type { AnalysisAggregate } from '../analysis/analysis-aggregate';
import { articleSlices, type ArticleSlice } from '../analysis/analysis-filter';
import { coderOf } from '../../../shared/coders';
import { osUserName } from '../coder-preference';
import type { Library } from '../library/library';
import { reportsInWorker } from './agreement-worker-client';

type ArticleHead = Omit<CodedArticle, 'codings'>;

/** What computes the reports: agreementReport per options, here or in a worker. */
export type ReportsOf = (
  coders: readonly string[],
  articles: readonly CodedArticle[],
  options: readonly AgreementOptions[],
) => Promise<AgreementReport[]>;

export class AgreementService {
  /**
   * @param compute computes the reports (default: in the agreement worker thread, off main's loop).
   */
  constructor(
    private readonly library: Library,
    private readonly aggregate: AnalysisAggregate,
    private readonly compute: ReportsOf = reportsInWorker,
  ) {}

  /**
   * The chosen articles (trashed ones never) that hold annotations, current
   * with every change, oldest first (the order an export of the library
   * writes them in: αu lays the articles end to end in this order).
   */
  private async slices(articles: AgreementArticles): Promise<ArticleSlice[]> {
    const all = await this.aggregate.current();
    const slices = articleSlices(all, (id) => this.library.getMeta(id), articles);
    const order = new Map(this.library.allMeta().map((m, i) => [m.id, i]));
    const place = (s: ArticleSlice) => order.get(s.meta.id) ?? 0;
    return slices.sort(
      (a, b) =>
        (a.meta.addedAt < b.meta.addedAt ? -1 : a.meta.addedAt > b.meta.addedAt ? 1 : 0) ||
        place(a) - place(b),
    );
  }

  /** Each slice's annotations by coder (the local coder for those without author). */
  private byCoder(slice: ArticleSlice): Map<string, TagSpan[]> {
    // Annotations without author are the local coder's (the preference; else, as the CLI, the OS user's).
    const local = this.library.localCoder() ?? osUserName();
    const out = new Map<string, TagSpan[]>();
    for (const row of slice.rows) {
      const coder = coderOf({ author: row.coder }, local);
      const list = out.get(coder);
      if (list) list.push(tagSpanOf(row));
      else out.set(coder, [tagSpanOf(row)]);
    }
    return out;
  }

  /** The coders of the chosen articles, most annotations first (then by name). */
  async coders(articles: AgreementArticles): Promise<AgreementCoder[]> {
    const counts = new Map<string, AgreementCoder>();
    for (const slice of await this.slices(articles)) {
      for (const [name, spans] of this.byCoder(slice)) {
        const entry = counts.get(name) ?? { name, annotations: 0, articles: 0 };
        entry.annotations += spans.length;
        entry.articles += 1;
        counts.set(name, entry);
      }
    }
    return [...counts.values()].sort(
      (a, b) => b.annotations - a.annotations || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }

  /**
   * The report for `request`: the chosen coders' layers of the chosen
   * articles every one of them coded (an article none of them touched is
   * not part of it; one only some coded is left out and named).
   */
  async report(request: AgreementRequest): Promise<LibraryAgreement> {
    const candidates: CandidateArticle<ArticleHead>[] = [];
    for (const slice of await this.slices(request.articles)) {
      const layers = this.byCoder(slice);
      const codings = request.coders.map((coder) => layers.get(coder));
      if (codings.every((c) => c === undefined)) continue;
      const { id, title, length } = slice.meta;
      candidates.push({ article: { id, title, length }, codings });
    }
    const { articles, leftOut } = commonArticles(candidates, request.coders);
    const { by, unit, untagged } = request;
    const measures = request.measure === 'all' ? MEASURES : [request.measure];
    const options = measures.map((measure) => ({ measure, by, unit, untagged }));
    return {
      reports: await this.compute(request.coders, articles, options),
      leftOutCount: leftOut.length,
      leftOut: leftOut.slice(0, LEFT_OUT_NAMED).map(({ article, missingFrom }) => ({
        id: article.id,
        title: article.title,
        missingFrom,
      })),
    };
  }
}
