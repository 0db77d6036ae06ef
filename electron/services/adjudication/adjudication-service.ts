/**
 * Adjudication over an open library (issue 20): the disagreements between two
 * coders over chosen articles (units from shared/adjudication, matched by the
 * one agreement matcher), each settled into a gold coder layer. Agreed units
 * are copied into gold when an adjudication is opened (one undo step:
 * setAgreedCopy); each decision is recorded as pending in adjudication.json,
 * then deletes the gold annotations its unit's previous decision wrote and
 * writes the new ones through the library (restoreAnnotations: the gold coder
 * as author), then is marked done (pending-reconcile.ts recovers a crash in
 * between). Decisions are keyed to their unit's spans, tags and coding
 * versions: those a layer change made stale are listed for review
 * (review-items.ts) and counted, also for the export's warning (staleGold).
 * Undo is the window's: it sends the previous decision back. User errors
 * throw AppFailure.
 */

import {
  adjudicationUnits,
  decisionOf,
  goldWrites,
  parseUnitKey,
  unitBasis,
} from '../../../shared/adjudication/adjudication-units';
import type {
  AgreedCopyRequest,
  AdjudicationSetup,
  AdjudicationState,
  CoderSummary,
  DecideRequest,
  DecideResult,
  DecisionRecord,
  TakenBack,
} from '../../../shared/adjudication/adjudication-types';
import { CodePointIndex } from '../../../shared/code-points';
import type { Annotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { Library } from '../library/library';
import { assertId } from '../library/library-paths';
import { osUserName } from '../coder-preference';
import { AdjudicationStore } from './adjudication-store';
import { agreedGroup, copiedNote, followAgreedNotes } from './agreed-copies';
import { coderSummary } from './coder-summary';
import { planGold, referencedIds, removeGold } from './gold-layer';
import { putBack, takenBackOf } from './gone-decisions';
import { reconcilePending } from './pending-reconcile';
import { articleReview } from './review-items';
import { countStaleGold } from './stale-gold-export';

export interface AdjudicationOptions {
  /** The local coder (annotations without author are theirs); default the library's, else the OS user name. */
  coder?: () => string | undefined;
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
  coders(): Promise<CoderSummary> {
    return coderSummary(this.library, this.localCoder());
  }

  /**
   * Opens (or resumes) the adjudication of `setup`: reconciles decisions a
   * crash interrupted, copies agreed units not yet in gold (unless the copy
   * was undone), and returns every disagreement with its decision so far,
   * the decisions needing review after a coder's layer changed among them.
   */
  async open(setup: AdjudicationSetup): Promise<AdjudicationState> {
    const at = new Date().toISOString();
    let before = await this.store.session(setup);
    let recovered = { adopted: 0, undone: 0 };
    if (before) {
      this.assertWritable();
      ({ recovered, session: before } = await reconcilePending(this.library, this.store, before));
    }
    const decisions = { ...(before?.decisions ?? {}) };
    const copyAgreed = before?.skipAgreed !== true;
    const items: AdjudicationState['items'] = [];
    const writes: { articleId: string; made: Annotation[] }[] = [];
    const copied: string[] = [];
    let agreed = 0;
    let staleGold = 0;
    let agreedNotesUpdated = 0;
    for (const articleId of setup.articleIds) {
      const { units, article, annotations } = await this.unitsOf(articleId, setup);
      agreed += units.filter((u) => u.agreed).length;
      agreedNotesUpdated += await followAgreedNotes(
        this.library,
        articleId,
        units,
        annotations,
        decisions,
        setup,
      );
      const fresh = copyAgreed ? units.filter((u) => u.agreed && !decisions[u.key]) : [];
      if (fresh.length > 0) {
        const who = { gold: setup.gold, local: this.localCoder() };
        const groups = fresh.map((u) => agreedGroup(u, setup));
        const plan = planGold(articleId, annotations, who, groups, referencedIds(decisions));
        fresh.forEach((u, i) => {
          const goldIds = plan.ids[i] ?? [];
          const note = copiedNote(groups[i] ?? []);
          decisions[u.key] = { choice: 'agreed', goldIds, at, basis: unitBasis(u), ...note, pending: true };
          copied.push(u.key);
        });
        writes.push({ articleId, made: plan.made });
      }
      const present = new Set(annotations.map((a) => a.id));
      const review = articleReview(
        articleId,
        article.meta.title,
        new CodePointIndex(article.text),
        units,
        decisions,
      );
      items.push(...review.items);
      staleGold += review.staleGold.filter((id) => present.has(id)).length;
    }
    this.assertWritable();
    // The copies' records first (pending), then their gold, then the records done: a crash leaves no untracked gold.
    await this.store.update(setup, at, (session) => {
      session.articleIds = [...setup.articleIds];
      session.decisions = decisions;
    });
    if (copied.length > 0) {
      for (const { articleId, made } of writes)
        if (made.length > 0) await this.library.restoreAnnotations(articleId, made);
      await this.store.update(setup, at, (session) => {
        for (const key of copied) delete session.decisions[key]?.pending;
      });
    }
    const agreedCopiedNow = copied.length;
    return { setup, items, agreed, agreedCopiedNow, copyAgreed, staleGold, recovered, agreedNotesUpdated };
  }

  /**
   * Settles one disagreement (`request.decision` null takes its decision back):
   * records the decision as pending, replaces the gold annotations of its
   * previous decision, then marks it done. A decision whose unit is gone can
   * only be taken back (null or "neither": its gold removed).
   * 'not-found' for an unknown adjudication or unit, 'invalid-argument' for an
   * agreed unit, 'article-in-trash' when the unit's article is in the trash.
   */
  async decide(request: DecideRequest): Promise<DecideResult> {
    const session = await this.store.session(request);
    if (!session) throw new AppFailure('not-found', 'No such adjudication', { field: 'gold' });
    this.assertWritable();
    const articleId = parseUnitKey(request.key)?.articleId ?? '';
    assertId(articleId, 'key');
    const meta = this.library.getMeta(articleId);
    if (meta?.deletedAt)
      throw new AppFailure('article-in-trash', 'The article of this unit is in the trash', {
        title: meta.title,
      });
    const { units, annotations } = await this.unitsOf(articleId, session);
    const unit = units.find((u) => u.key === request.key);
    const old = session.decisions[request.key];
    const previous = decisionOf(old);
    const { decision } = request;
    const others = referencedIds(session.decisions, new Set([request.key]));
    if (!unit) {
      if (request.restore)
        return {
          record: await putBack(this.library, this.store, session, request, articleId),
          previous: null,
        };
      if (!old || (decision && decision.choice !== 'neither'))
        throw new AppFailure('not-found', 'This disagreement is no longer there', { field: 'key' });
      await this.takeBack(request, articleId, old, others, takenBackOf(old, annotations, others));
      return { record: null, previous, restorable: true };
    }
    if (request.restore)
      throw new AppFailure('invalid-argument', 'Only the decision of a unit that is gone is put back', {
        field: 'key',
      });
    if (unit.agreed)
      throw new AppFailure('invalid-argument', 'Both coders agree on this unit', { field: 'key' });
    if (!decision) {
      if (old) await this.takeBack(request, articleId, old, others);
      return { record: null, previous };
    }
    const span = decision.choice === 'edit' ? decision.span : undefined;
    const oldIds = new Set(old?.goldIds ?? []);
    const who = { gold: request.gold, local: this.localCoder() };
    const rest = annotations.filter((a) => !oldIds.has(a.id) || others.has(a.id));
    const plan = planGold(articleId, rest, who, [goldWrites(unit, decision.choice, span)], others);
    const record: DecisionRecord = {
      choice: decision.choice,
      ...(span ? { span } : {}),
      goldIds: plan.ids[0] ?? [],
      at: new Date().toISOString(),
      basis: unitBasis(unit),
    };
    await this.record(request, { ...record, pending: true, replaces: [...oldIds] });
    await removeGold(this.library, articleId, [...oldIds], new Set([...others, ...record.goldIds]));
    if (plan.made.length > 0) await this.library.restoreAnnotations(articleId, plan.made);
    await this.record(request, record);
    return { record, previous };
  }

  /**
   * Undoes (`copy` false) or redoes (true) the copy of the agreed units, as one
   * step: undo removes every agreed copy's gold and record and keeps later
   * openings from copying; redo copies them again. Resolves to the state.
   */
  async setAgreedCopy(request: AgreedCopyRequest): Promise<AdjudicationState> {
    const session = await this.store.session(request);
    if (!session) throw new AppFailure('not-found', 'No such adjudication', { field: 'gold' });
    this.assertWritable();
    if (!request.copy) {
      const copies = Object.entries(session.decisions).filter(([, r]) => r.choice === 'agreed');
      const keep = referencedIds(session.decisions, new Set(copies.map(([key]) => key)));
      for (const [key, record] of copies) {
        const articleId = parseUnitKey(key)?.articleId;
        if (articleId) await removeGold(this.library, articleId, record.goldIds, keep);
      }
    }
    await this.store.update(request, new Date().toISOString(), (s) => {
      if (request.copy) delete s.skipAgreed;
      else {
        s.skipAgreed = true;
        s.decisions = Object.fromEntries(
          Object.entries(s.decisions).filter(([, r]) => r.choice !== 'agreed'),
        );
      }
    });
    return this.open({ ...request, articleIds: session.articleIds });
  }

  /**
   * Takes the decision `old` of `request.key` back: marks it pending (a crash
   * is finished by pending-reconcile.ts), with `kept` (a gone unit's: what undo
   * puts back) in the session, deletes its gold but what `others` name, then drops the record.
   */
  private async takeBack(
    request: DecideRequest,
    articleId: string,
    old: DecisionRecord,
    others: ReadonlySet<string>,
    kept?: TakenBack,
  ): Promise<void> {
    const marked: DecisionRecord = { ...old, goldIds: [], replaces: old.goldIds, pending: true };
    await this.record(request, { ...marked, takeBack: true }, kept);
    await removeGold(this.library, articleId, old.goldIds, others);
    await this.record(request, null);
  }

  /** Writes `record` as the decision of `request.key` (null: removes it), and `kept` as what its undo puts back. */
  private async record(
    request: DecideRequest,
    record: DecisionRecord | null,
    kept?: TakenBack,
  ): Promise<void> {
    await this.store.update(request, new Date().toISOString(), (s) => {
      const rest = Object.entries(s.decisions).filter(([key]) => key !== request.key);
      s.decisions = Object.fromEntries(record ? [...rest, [request.key, record]] : rest);
      if (kept) s.takenBack = { ...s.takenBack, [request.key]: kept };
    });
  }

  /**
   * How many gold annotations of the articles `articleIds` (all listed when
   * absent), in the layers of gold coders among `coders` (all when absent),
   * were written by decisions that now need review (review-items.ts): what
   * an export of them warns about. Reads only; pending decisions count as stale.
   */
  async staleGold(articleIds?: readonly string[], coders?: readonly string[]): Promise<number> {
    const sessions = await this.store.sessions();
    return countStaleGold(sessions, this.library, (id, s) => this.unitsOf(id, s), articleIds, coders);
  }

  /** Refuses to record anything in a library opened read-only. */
  private assertWritable(): void {
    if (this.library.readOnly)
      throw new AppFailure('storage-failed', 'The library is open read-only', { reason: 'read-only' });
  }

  private async unitsOf(articleId: string, setup: { coderA: string; coderB: string }) {
    const article = await this.library.getArticle(articleId);
    const annotations = await this.library.listAnnotations(articleId);
    const units = adjudicationUnits(articleId, annotations, setup.coderA, setup.coderB, this.localCoder());
    return { units, article, annotations };
  }
}
