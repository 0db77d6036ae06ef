/**
 * The write phase of a Hamish JSON import, run in the import worker
 * (import-worker.ts) so that main's event loop never holds a large file:
 * building the stored annotations of each article the import adds to or
 * merges into (quote and context taken again from the text), then, one
 * article at a time while main holds that article's lock, merging into the
 * list on disk (snapshot and journal, read as the library reads them),
 * sorting, and writing the result durably (a large change folds into a new
 * snapshot: annotations-snapshot.ts).
 */

import { CodePointIndex } from '../../../shared/code-points';
import { emptyImportReport, type ConflictPolicy } from '../../../shared/export/export-request';
import type { HamishExport } from '../../../shared/export-format';
import type { Annotation } from '../../../shared/model';
import type { Claim, ExportedClaim } from '../../../shared/schema/claim-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import { withoutTwins } from '../../../shared/twins';
import { loadAnnotations, saveAnnotations, withClaims, writeSnapshot } from '../library/annotations-snapshot';
import { countsByType } from '../library/library-events';
import { compareAnnotations } from '../library/library-records';
import { mergeAnnotations } from './annotation-merge';
import { layerCoders, replaceLayers, withCoder } from './coder-layer';
import { refuse } from './import-check';
import { claimsOf, memberIds, mergeClaims } from './claim-import';
import { toAnnotation } from './import-records';
import type {
  AddedSummary,
  ApplyOutcome,
  ArticlePlan,
  ClaimCounts,
  ImportCoders,
} from './import-worker-protocol';

/** Annotations built between two progress reports. */
const CHUNK = 1_000;

/** One planned article with its text, its stored annotations and the file's claims, ready to write. */
interface Prepared {
  plan: ArticlePlan;
  index: CodePointIndex;
  /** The annotations as stored (a new article's without twins). */
  annotations: Annotation[];
  /** Every annotation of the file's article, ids as in the file (claims' members name these). */
  all: Annotation[];
  claims: readonly ExportedClaim[];
}

/** The annotations of a checked file, built for the articles main planned, kept until main has written them. */
export class PreparedImport {
  private readonly prepared = new Map<number, Prepared>();
  /** The scheme as the library will hold it (the file's tags and frames joined). */
  private scheme: Taxonomy = { version: 1, types: [] };
  /** Whose the annotations are (coder layers, twins). */
  private coders: ImportCoders = { local: '' };
  /** A layer import: the coders whose layers the file brings (coder-layer.ts); null for a merge. */
  private layers: Set<string> | null = null;
  /** The list the last apply left in the article's files, in text order (handed back on request). */
  last: Annotation[] = [];

  private constructor() {}

  /**
   * Builds the stored annotations of every planned article of `data` (the
   * text of a merged article by its hash from `texts`, of a new one from the
   * file), calling `progress` every CHUNK annotations. A new article's twins
   * are left out here (AddedSummary.unchanged counts them). `scheme` is the
   * scheme as the library will hold it, which the claims are checked against.
   */
  static build(
    { data, texts, scheme }: { data: HamishExport; texts: ReadonlyMap<string, string>; scheme: Taxonomy },
    plans: readonly ArticlePlan[],
    coders: ImportCoders,
    progress: (done: number) => void,
  ): { job: PreparedImport; added: AddedSummary[] } {
    const job = new PreparedImport();
    job.scheme = scheme;
    job.coders = coders;
    if (coders.layer !== undefined) job.layers = new Set();
    const added: AddedSummary[] = [];
    let done = 0;
    let annotated = false;
    for (const plan of plans) {
      const article = data.articles[plan.article];
      if (!article) continue;
      const text = plan.kind === 'new' ? (article.text ?? '') : (texts.get(article.textSha256) ?? '');
      const index = new CodePointIndex(text);
      let all: Annotation[] = [];
      for (const a of article.annotations) {
        all.push(toAnnotation(a, plan.articleId, index));
        if (++done % CHUNK === 0) progress(done);
      }
      let claims = article.claims ?? [];
      if (coders.layer !== undefined) {
        [all, claims] = [
          withCoder(all, coders.layer || undefined),
          withCoder(claims, coders.layer || undefined),
        ];
        if (all.some((a) => !a.author))
          refuse('layer-coder-missing', `articles[${plan.article}]`, 'no coder');
        for (const c of layerCoders([...all, ...claims], coders.local)) job.layers?.add(c);
        annotated ||= all.length > 0;
      } else if (coders.stamp) {
        [all, claims] = [withCoder(all, coders.stamp), withCoder(claims, coders.stamp)];
      }
      const annotations = plan.kind === 'new' ? withoutTwins([], all, coders.local).fresh : all;
      if (plan.kind === 'new') {
        const byType = countsByType(annotations.map((a) => a.tag));
        const kept = claimsOf(claims, plan.articleId, memberIds(all, annotations), annotations, scheme);
        added.push({
          article: plan.article,
          count: annotations.length,
          byType,
          unchanged: all.length - annotations.length,
          claims: kept.length,
          claimsRefused: claims.length - kept.length,
        });
      }
      job.prepared.set(plan.article, { plan, index, annotations, all, claims });
    }
    // A layer whose every annotation is the local coder's would add nothing: say so, as for a typed name.
    if (job.layers?.size === 0 && annotated)
      refuse('layer-is-mine', coders.local, "every annotation of the file is the local coder's");
    return { job, added };
  }

  /**
   * Writes (unless `write` is false: a preview) article `article`'s
   * annotations into the files at `path`: a new article's as its snapshot;
   * a merged one's merged under `policy` into the list on disk. Resolves to
   * the counts and what the files hold now. Throws the library's
   * AppFailure('storage-failed') for a damaged file or a failed write.
   */
  async apply(article: number, path: string, policy: ConflictPolicy, write: boolean): Promise<ApplyOutcome> {
    const prepared = this.prepared.get(article);
    if (!prepared) throw new Error(`article ${article} of the file was not planned`);
    const { plan, index, annotations, all } = prepared;
    const claimsIn = (after: readonly Annotation[]): Claim[] =>
      claimsOf(prepared.claims, plan.articleId, memberIds(all, after, this.coders.local), after, this.scheme);
    const report = emptyImportReport();
    const claimCounts: ClaimCounts = {
      claimsAdded: 0,
      claimsReplaced: 0,
      claimsKept: 0,
      claimsAlreadyPresent: 0,
      claimsRefused: 0,
    };
    let list: Annotation[];
    let written = false;
    if (plan.kind === 'new') {
      report.annotationsAdded = annotations.length;
      list = [...annotations].sort(compareAnnotations);
      if (write && annotations.length > 0) {
        const file = { version: 1 as const, articleId: plan.articleId, annotations: list };
        await writeSnapshot(path, withClaims(file, claimsIn(list)));
        written = true;
      }
    } else if (this.layers) {
      const loaded = await loadAnnotations(path, plan.articleId, index);
      const context = { coders: this.layers, local: this.coders.local, scheme: this.scheme };
      const mine = { articleId: plan.articleId, mine: loaded.annotations, claims: loaded.claims };
      const layer = replaceLayers(mine, all, prepared.claims, context, report);
      list = layer.list.sort(compareAnnotations);
      if (write && layer.changed) written = await saveAnnotations(path, loaded, list, layer.claims);
    } else {
      const loaded = await loadAnnotations(path, plan.articleId, index);
      list = mergeAnnotations(loaded.annotations, annotations, policy, report, this.coders.local).sort(
        compareAnnotations,
      );
      const incoming = claimsIn(list);
      claimCounts.claimsRefused = prepared.claims.length - incoming.length;
      const claims = mergeClaims(loaded.claims, incoming, policy, claimCounts) ?? loaded.claims;
      if (write) written = await saveAnnotations(path, loaded, list, claims);
    }
    this.last = list;
    const { annotationsAdded, annotationsUnchanged, annotationsKept, annotationsReplaced, layersReplaced } =
      report;
    return {
      counts: {
        annotationsAdded,
        annotationsUnchanged,
        annotationsKept,
        annotationsReplaced,
        ...claimCounts,
        layersReplaced,
      },
      count: list.length,
      byType: countsByType(list.map((a) => a.tag)),
      written,
    };
  }
}
