/**
 * Adjudication over an open library (issue 20): the disagreements between two
 * coders over chosen articles (units from shared/adjudication, matched by the
 * one agreement matcher), each settled into a gold coder layer. Agreed units
 * are copied into gold when an adjudication is opened; each decision deletes
 * the gold annotations its unit's previous decision wrote and writes the new
 * ones through the library (restoreAnnotations: the gold coder as author),
 * then records itself in adjudication.json. Undo is the window's: it sends the
 * previous decision back. User errors throw AppFailure.
 */

import { randomUUID } from 'node:crypto';
import {
  adjudicationUnits,
  goldWrites,
  type AdjudicationUnit,
  type GoldWrite,
} from '../../../shared/adjudication/adjudication-units';
import type {
  AdjudicationSetup,
  AdjudicationState,
  CoderSummary,
  Decision,
  DecideRequest,
  DecideResult,
  DecisionRecord,
} from '../../../shared/adjudication/adjudication-types';
import { CodePointIndex } from '../../../shared/code-points';
import { coderOf, codersIn } from '../../../shared/coders';
import type { Annotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { assertId } from '../library/library-paths';
import { osUserName } from '../coder-preference';
import { AdjudicationStore } from './adjudication-store';
import { disagreementView } from './disagreement-view';

export interface AdjudicationOptions {
  /** The local coder (annotations without author are theirs); default the library's, else the OS user name. */
  coder?: () => string | undefined;
}

const sameSpan = (
  x: { start: number; end: number; tag: string },
  y: { start: number; end: number; tag: string },
) => x.start === y.start && x.end === y.end && x.tag === y.tag;

/** The decision a stored record stands for (null for none, or a unit copied as agreed). */
function decisionOf(record: DecisionRecord | undefined): Decision | null {
  if (!record || record.choice === 'agreed') return null;
  if (record.choice === 'edit') return record.span ? { choice: 'edit', span: record.span } : null;
  return { choice: record.choice };
}

export class AdjudicationService {
  readonly store: AdjudicationStore;

  constructor(
    private readonly library: Library,
    private readonly options: AdjudicationOptions = {},
  ) {
    this.store = new AdjudicationStore(library.paths.dir);
    // A backup restore replaces adjudication.json with the backup's: read it again.
    library.onChange((event) => (event.kind === 'reset' ? this.store.forget() : undefined));
  }

  /** The local coder's name. */
  localCoder(): string {
    return this.options.coder?.() ?? this.library.localCoder() ?? osUserName();
  }

  /** Every coder with annotations in a listed article, and who coded each article. */
  async coders(): Promise<CoderSummary> {
    const local = this.localCoder();
    const articles: CoderSummary['articles'] = [];
    for (const meta of await this.library.listArticles()) {
      const coders = codersIn(await this.library.peekAnnotations(meta.id), local);
      if (coders.length > 0) articles.push({ id: meta.id, title: meta.title, coders });
    }
    return {
      coders: codersIn(
        articles.flatMap((a) => a.coders.map((author) => ({ author }))),
        local,
      ),
      articles,
    };
  }

  /**
   * Opens (or resumes) the adjudication of `setup`: copies agreed units not
   * yet in gold, and returns every disagreement with its decision so far.
   */
  async open(setup: AdjudicationSetup): Promise<AdjudicationState> {
    const at = new Date().toISOString();
    const before = await this.store.session(setup);
    const decisions = { ...(before?.decisions ?? {}) };
    const items: AdjudicationState['items'] = [];
    let agreed = 0;
    let agreedCopiedNow = 0;
    for (const articleId of setup.articleIds) {
      const { units, article } = await this.unitsOf(articleId, setup);
      const fresh = units.filter((u) => u.agreed && !decisions[u.key]);
      agreed += units.filter((u) => u.agreed).length;
      if (fresh.length > 0) {
        const ids = await this.writeGold(
          articleId,
          setup.gold,
          fresh.map((u) => goldWrites(u, 'agreed')),
        );
        fresh.forEach((u, i) => {
          decisions[u.key] = { choice: 'agreed', goldIds: ids[i] ?? [], at };
        });
        agreedCopiedNow += fresh.length;
      }
      const index = new CodePointIndex(article.text);
      for (const unit of units.filter((u) => !u.agreed))
        items.push(disagreementView(unit, article.meta.title, index, decisions[unit.key] ?? null));
    }
    this.assertWritable();
    await this.store.update(setup, at, (session) => {
      session.articleIds = [...setup.articleIds];
      session.decisions = decisions;
    });
    return { setup, items, agreed, agreedCopiedNow };
  }

  /**
   * Settles one disagreement (`request.decision` null takes its decision back):
   * replaces the gold annotations of its previous decision, records the new one.
   * 'not-found' for an unknown adjudication or unit, 'invalid-argument' for an agreed unit.
   */
  async decide(request: DecideRequest): Promise<DecideResult> {
    const session = await this.store.session(request);
    if (!session) throw new AppFailure('not-found', 'No such adjudication', { field: 'gold' });
    this.assertWritable();
    const articleId = request.key.split('|')[0] ?? '';
    assertId(articleId, 'key');
    const { units } = await this.unitsOf(articleId, session);
    const unit = units.find((u) => u.key === request.key);
    if (!unit) throw new AppFailure('not-found', 'This disagreement is no longer there', { field: 'key' });
    if (unit.agreed)
      throw new AppFailure('invalid-argument', 'Both coders agree on this unit', { field: 'key' });
    const old = session.decisions[request.key];
    const previous = decisionOf(old);
    if (old && old.goldIds.length > 0) await this.library.deleteAnnotations(articleId, old.goldIds);
    const { decision } = request;
    let record: DecisionRecord | null = null;
    if (decision) {
      const span = decision.choice === 'edit' ? decision.span : undefined;
      const [ids] = await this.writeGold(articleId, request.gold, [goldWrites(unit, decision.choice, span)]);
      record = {
        choice: decision.choice,
        ...(span ? { span } : {}),
        goldIds: ids ?? [],
        at: new Date().toISOString(),
      };
    }
    await this.store.update(request, new Date().toISOString(), (s) => {
      const rest = Object.entries(s.decisions).filter(([key]) => key !== request.key);
      s.decisions = Object.fromEntries(record ? [...rest, [request.key, record]] : rest);
    });
    return { record, previous };
  }

  /** Refuses to record anything in a library opened read-only. */
  private assertWritable(): void {
    if (this.library.readOnly)
      throw new AppFailure('storage-failed', 'The library is open read-only', { reason: 'read-only' });
  }

  private async unitsOf(articleId: string, setup: { coderA: string; coderB: string }) {
    const article = await this.library.getArticle(articleId);
    const annotations = await this.library.listAnnotations(articleId);
    const units: AdjudicationUnit[] = adjudicationUnits(
      articleId,
      annotations,
      setup.coderA,
      setup.coderB,
      this.localCoder(),
    );
    return { units, article };
  }

  /**
   * Writes each group of gold spans into the article in one write, as `gold`'s
   * annotations; a span gold already has (same span and tag) is not written twice.
   * Resolves to the ids written, per group.
   */
  private async writeGold(articleId: string, gold: string, groups: GoldWrite[][]): Promise<string[][]> {
    const local = this.localCoder();
    const have = (await this.library.listAnnotations(articleId)).filter(
      (x) => !x.orphaned && coderOf(x, local) === gold,
    );
    const at = new Date().toISOString();
    const made: Annotation[] = [];
    const ids = groups.map((group) =>
      group.flatMap((w) => {
        if ([...have, ...made].some((x) => sameSpan(x, w))) return [];
        const annotation: Annotation = {
          id: randomUUID(),
          articleId,
          ...w,
          // quote and context are taken from the text by restore.
          quote: '-',
          prefix: '',
          suffix: '',
          author: gold,
          createdAt: at,
          updatedAt: at,
        };
        made.push(annotation);
        return [annotation.id];
      }),
    );
    if (made.length > 0) await this.library.restoreAnnotations(articleId, made);
    return ids;
  }
}
