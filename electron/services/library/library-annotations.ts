/**
 * The library's annotations: one file per article, read and written under
 * the article's lock, with its index count kept in step. Creating, restoring
 * (undo/redo), patching and deleting; `rewriteEach` and `visitEach` walk
 * every article for library-wide changes (a new tag scheme, a deleted
 * entity) and counts.
 */

import { randomUUID } from 'node:crypto';
import type { Low } from 'lowdb';
import { quoteSelector, type AnchorMove } from '../../../shared/anchoring';
import { applyPatch, checkSpan, newAnnotation } from '../../../shared/annotation-edits';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { Claim, ClaimPolicy } from '../../../shared/schema/claim-schema';
import { editMakesTwin, twinRefusal, withoutTwins } from '../../../shared/twins';
import { copies, type ArticleEdit, type ArticleNow } from './article-edit';
import { claimsAfterLoss, detachLost } from './claim-policy';
import { countsByType } from './library-events';
import type { AnnotationsFile } from './library-files';
import { assertId } from './library-paths';
import { requireEntity, requireTag } from './library-requires';
import { lockOf, type LibraryContext } from './library-state';

/** A change of one article's annotations: returns the new list, or `current` itself for no change. */
export type AnnotationsChange = (current: Annotation[]) => Annotation[];

/** The claims of one article (its annotations before and after the change) after a rewrite; undefined: unchanged. */
export type ClaimsChange = (
  before: readonly Annotation[],
  claims: readonly Claim[],
  after: readonly Annotation[],
) => Claim[] | undefined;

export class LibraryAnnotations {
  constructor(
    private readonly ctx: LibraryContext,
    /** The local coder's name, recorded as `author` on new annotations (issue 20), or undefined. */
    private readonly coder: () => string | undefined = () => undefined,
  ) {}

  /** One article's annotations in text order, re-anchored (or flagged orphaned) against its text. */
  async list(articleId: string): Promise<Annotation[]> {
    assertId(articleId, 'articleId');
    return this.ctx.locks.run(lockOf(articleId), async () => {
      const db = await this.fileOf(articleId);
      return db.data.annotations.map((a) => ({ ...a }));
    });
  }

  /**
   * Creates annotations of one article in one write (all or none); each on
   * [start, end) in code points, stamped with the local coder as `author`.
   * Twins (same span, tag and coder: shared/twins.ts) are left out: resolves
   * to the ones created.
   */
  async create(articleId: string, inputs: readonly NewAnnotation[]): Promise<Annotation[]> {
    assertId(articleId, 'articleId');
    return this.edit(articleId, ({ current, index, length }) => {
      const at = this.ctx.now().toISOString();
      const author = this.coder();
      const created = inputs.map((input): Annotation => {
        if (input.articleId !== articleId) {
          throw new AppFailure('invalid-argument', 'All annotations must belong to the article', {
            field: 'articleId',
          });
        }
        checkSpan(length, input.start, input.end);
        requireTag(this.ctx, input.tag);
        if (input.entityId !== undefined) requireEntity(this.ctx, input.entityId);
        const made = newAnnotation(input, randomUUID(), index, at);
        return author ? { ...made, author } : made;
      });
      // No twins (same span, tag and coder as one here, or as an earlier input): they are left out.
      const { fresh } = withoutTwins(
        current.filter((a) => !a.orphaned),
        created,
        author ?? '',
      );
      const next = fresh.length > 0 ? [...current, ...fresh] : current;
      return { next, out: copies(fresh), change: { put: fresh, del: [] } };
    });
  }

  /**
   * Puts back annotations exactly as they were (same ids), for undo and redo;
   * quote and context are taken again from the text. Fails if an id exists.
   */
  async restore(articleId: string, annotations: readonly Annotation[]): Promise<Annotation[]> {
    assertId(articleId, 'articleId');
    return this.edit(articleId, ({ current, index, length }) => {
      const ids = new Set(current.map((a) => a.id));
      const restored = annotations.map((a): Annotation => {
        assertId(a.id);
        if (a.articleId !== articleId || ids.has(a.id)) {
          throw new AppFailure('invalid-argument', `Annotation ${a.id} cannot be restored here`, {
            field: 'id',
          });
        }
        ids.add(a.id);
        checkSpan(length, a.start, a.end);
        requireTag(this.ctx, a.tag);
        const copy: Annotation = { ...a, ...quoteSelector(index, a.start, a.end) };
        delete copy.orphaned;
        if (copy.entityId !== undefined && !this.ctx.state.entities.has(copy.entityId)) delete copy.entityId;
        return copy;
      });
      return { next: [...current, ...restored], out: copies(restored), change: { put: restored, del: [] } };
    });
  }

  /** Creates one annotation; resolves once it is durably written. */
  async createOne(input: NewAnnotation): Promise<Annotation> {
    const [created] = await this.create(input.articleId, [input]);
    if (!created) throw twinRefusal();
    return created;
  }

  /** The re-anchors made when the article's annotations were loaded, each told once (see ArticleFiles.takeMoves). */
  async takeMoves(articleId: string): Promise<AnchorMove[]> {
    assertId(articleId, 'articleId');
    return this.ctx.locks.run(lockOf(articleId), async () => {
      await this.fileOf(articleId);
      return this.ctx.state.files.takeMoves(articleId);
    });
  }

  /**
   * Changes an annotation's tag, note, entity or span; resolves once it is
   * durably written; one made a twin of another is refused ('duplicate'). A
   * retag that its claims' roles no longer accept needs `policy` (else
   * 'in-claim', nothing changes); with it, the annotation and its claims
   * change in one journal line.
   */
  async update(
    articleId: string,
    id: string,
    patch: AnnotationPatch,
    policy?: ClaimPolicy,
  ): Promise<Annotation> {
    assertId(articleId, 'articleId');
    assertId(id);
    if (patch.tag !== undefined) requireTag(this.ctx, patch.tag);
    if (typeof patch.entityId === 'string') requireEntity(this.ctx, patch.entityId);
    const out = await this.edit(articleId, ({ current, claims, index }) => {
      const at = current.findIndex((a) => a.id === id);
      const was = current[at];
      if (!was) throw new AppFailure('not-found', `No annotation ${id}`, { id });
      const updated = applyPatch(was, patch, index, this.ctx.now().toISOString());
      if (updated === was) return { next: current, out: was, change: { put: [], del: [] } };
      if (editMakesTwin(current, was, updated, this.coder() ?? '')) throw twinRefusal();
      const loss = { retagged: new Map([[id, updated.tag]]) };
      const after = claimsAfterLoss(claims, loss, policy, this.ctx.state.taxonomyDb.data, updated.updatedAt);
      const next = current.slice();
      next[at] = updated;
      // Same span and tag: the list keeps its order (start, end, creation, id) and its counts.
      const inPlace = updated.start === was.start && updated.end === was.end && updated.tag === was.tag;
      return {
        next,
        out: updated,
        inPlace,
        change: { put: [updated], del: [], ...after?.change },
        claims: after?.claims,
      };
    });
    return { ...out };
  }

  /**
   * Deletes several annotations of one article in one write; unknown ids fail
   * and delete nothing. Annotations in claims need `policy` (else 'in-claim',
   * nothing changes); with it, the claims change in the same journal line.
   */
  async delete(articleId: string, ids: readonly string[], policy?: ClaimPolicy): Promise<void> {
    assertId(articleId, 'articleId');
    // The survivors stay the same objects, so the journal line names only the deleted.
    await this.edit(articleId, ({ current, claims }) => {
      const present = new Set(current.map((a) => a.id));
      const missing = ids.find((id) => !present.has(id));
      if (missing !== undefined)
        throw new AppFailure('not-found', `No annotation ${missing}`, { id: missing });
      const gone = new Set(ids);
      const at = this.ctx.now().toISOString();
      const after = claimsAfterLoss(claims, { deleted: gone }, policy, this.ctx.state.taxonomyDb.data, at);
      const change = { put: [], del: [...gone], ...after?.change };
      return { next: current.filter((a) => !gone.has(a.id)), out: null, change, claims: after?.claims };
    });
  }

  /** Deletes one annotation (claims as delete()); resolves once the change is durably written. */
  async deleteOne(articleId: string, id: string, policy?: ClaimPolicy): Promise<void> {
    assertId(id);
    await this.delete(articleId, [id], policy);
  }

  /**
   * Replaces an article's annotations with `change(current)` (a copy), under
   * its lock; resolves once durable. Returning `current` itself writes nothing.
   */
  async change(articleId: string, change: AnnotationsChange, claims?: ClaimsChange): Promise<void> {
    assertId(articleId, 'articleId');
    await this.ctx.locks.run(lockOf(articleId), async () => {
      this.ctx.assertOpen();
      await this.rewrite(articleId, change, claims);
    });
  }

  /**
   * Applies `change` to every listed article's annotations (trashed ones
   * included), one article at a time under its lock; an article whose list
   * comes back as the same array, and whose claims `claims` leaves as they
   * are (undefined), is not written. The caller checks the library is open
   * and holds any scheme or entity lock.
   */
  async rewriteEach(change: AnnotationsChange, claims?: ClaimsChange): Promise<void> {
    for (const meta of this.ctx.state.index.list()) {
      await this.ctx.locks.run(lockOf(meta.id), () => this.rewrite(meta.id, change, claims));
    }
  }

  /** Calls `visit` with each listed article's annotations and claims, one article at a time under its lock. */
  async visitEach(visit: Parameters<LibraryAnnotations['read']>[1]): Promise<void> {
    for (const meta of this.ctx.state.index.list()) await this.read(meta.id, visit);
  }

  /**
   * Inside the lock: the article's current list through `change`, saved when
   * it changed; claims losing an annotation it dropped or retagged out of
   * its role are detached in the same line (callers that must ask check first).
   */
  private async rewrite(articleId: string, change: AnnotationsChange, claims?: ClaimsChange): Promise<void> {
    const db = await this.fileOf(articleId);
    const current = db.data.annotations.map((a) => ({ ...a }));
    const next = change(current);
    const fixed = claims?.(db.data.annotations, db.data.claims ?? [], next);
    if (next === current && !fixed) return;
    const after =
      fixed ??
      detachLost(db.data.claims ?? [], current, next, this.ctx.state.taxonomyDb.data, this.ctx.now());
    await this.save(db, { next, claims: after, out: undefined });
  }

  /**
   * Under the article's lock, with its text and claims: `build` returns the
   * new list (`current` itself: nothing is written), the new claims when they
   * change, the journal line, and what to resolve to. One durable write.
   */
  edit<T>(articleId: string, build: (article: ArticleNow) => ArticleEdit<T>): Promise<T> {
    return this.ctx.locks.run(lockOf(articleId), async () => {
      this.ctx.assertOpen();
      const { length } = this.ctx.state.index.require(articleId);
      const { index } = await this.ctx.state.files.text(articleId);
      const db = await this.fileOf(articleId);
      const current = db.data.annotations;
      const edited = build({ current, claims: db.data.claims ?? [], index, length });
      // The list itself back and no claims: nothing changed, nothing is written.
      if (edited.next !== current || edited.claims) await this.save(db, edited);
      return edited.out;
    });
  }

  /** Calls `read` with the article's annotations and claims under its lock (read only). */
  read<T>(
    articleId: string,
    read: (annotations: readonly Annotation[], claims: readonly Claim[]) => T,
  ): Promise<T> {
    assertId(articleId, 'articleId');
    return this.ctx.locks.run(lockOf(articleId), async () => {
      const db = await this.fileOf(articleId);
      return read(db.data.annotations, db.data.claims ?? []);
    });
  }

  /**
   * The article's annotations file, after checking the article exists; sets
   * the index count from it when it is first loaded (every later change goes
   * through save()). Inside the lock.
   */
  private async fileOf(articleId: string): Promise<Low<AnnotationsFile>> {
    const { index, files } = this.ctx.state;
    const meta = index.require(articleId);
    const loaded = files.loaded(articleId);
    const db = await files.annotations(articleId);
    const { annotations } = db.data;
    if (!loaded) index.setCount(meta, annotations.length, countsByType(annotations.map((a) => a.tag)));
    return db;
  }

  /** Durably saves `edit`'s annotations, updates the (debounced) count unless `inPlace`, tells the observers. Inside the lock. */
  private async save(db: Low<AnnotationsFile>, edit: ArticleEdit<unknown>): Promise<void> {
    const { index, files } = this.ctx.state;
    const { next, change, claims, inPlace = false } = edit;
    await files.writeAnnotations(db, next, change, claims, inPlace);
    const { articleId, annotations: saved, claims: kept = [] } = db.data;
    if (!inPlace)
      index.setCount(index.require(articleId), saved.length, countsByType(saved.map((a) => a.tag)));
    await this.ctx.emit({ kind: 'annotations', articleId, annotations: saved, claims: kept });
  }
}
