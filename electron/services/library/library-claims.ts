/**
 * The library's claims (issue 18): records linking annotations of one
 * article in the roles of a frame, stored in the article's annotations file
 * and journal (so a claim and the annotations it names change under one
 * lock, in one line). Listing, creating, patching, deleting and restoring
 * (undo/redo); every write is checked against the rules of shared/claims.ts.
 */

import { randomUUID } from 'node:crypto';
import {
  attributeProblem,
  claimProblems,
  compareClaims,
  findFrame,
  findRole,
  type ClaimProblem,
} from '../../../shared/claims';
import type { Annotation } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { Claim, ClaimPatch, NewClaim } from '../../../shared/schema/claim-schema';
import type { Label } from '../../../shared/schema/taxonomy-schema';
import type { LibraryAnnotations } from './library-annotations';
import { assertId } from './library-paths';
import type { LibraryContext } from './library-state';

/** A copy of a claim (callers never alias the stored one). */
const copyClaim = (c: Claim): Claim => structuredClone(c);

export class LibraryClaims {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly annotations: LibraryAnnotations,
    /** The coder's name to record on new claims (issue 20's preference), or undefined. */
    private readonly coder: () => string | undefined = () => undefined,
  ) {}

  /** The article's claims, oldest first (copies). */
  list(articleId: string): Promise<Claim[]> {
    return this.annotations.read(articleId, (_, claims) => [...claims].sort(compareClaims).map(copyClaim));
  }

  /**
   * Creates a claim; resolves once it is on disk. Refused ('invalid-claim')
   * when it breaks a rule, ('claim-incomplete') when a required role is empty.
   */
  create(input: NewClaim): Promise<Claim> {
    assertId(input.articleId, 'articleId');
    return this.annotations.edit(input.articleId, ({ current, claims }) => {
      const at = this.ctx.now().toISOString();
      const author = this.coder();
      const claim: Claim = {
        id: randomUUID(),
        articleId: input.articleId,
        frame: input.frame,
        members: input.members.map((m) => ({ ...m })),
        ...(input.attributes ? { attributes: { ...input.attributes } } : {}),
        ...(input.note ? { note: input.note } : {}),
        ...(author ? { author } : {}),
        createdAt: at,
        updatedAt: at,
      };
      this.check(claim, current, true);
      this.checkAttributes(claim);
      return this.written(current, [...claims, claim], { claimPut: [claim] }, copyClaim(claim));
    });
  }

  /**
   * Changes a claim's frame, members, attributes or note; resolves once on
   * disk. A complete claim may not be made incomplete ('claim-incomplete');
   * one left incomplete by a detach may be edited while still incomplete.
   */
  update(articleId: string, id: string, patch: ClaimPatch): Promise<Claim> {
    assertId(articleId, 'articleId');
    assertId(id);
    return this.annotations.edit(articleId, ({ current, claims }) => {
      const was = claims.find((c) => c.id === id);
      if (!was) throw new AppFailure('not-found', `No claim ${id}`, { id });
      const next: Claim = {
        ...was,
        ...(patch.frame !== undefined ? { frame: patch.frame } : {}),
        ...(patch.members !== undefined ? { members: patch.members.map((m) => ({ ...m })) } : {}),
        ...(patch.attributes !== undefined ? { attributes: { ...patch.attributes } } : {}),
        updatedAt: this.ctx.now().toISOString(),
      };
      if (patch.note === null || patch.note === '') delete next.note;
      else if (patch.note !== undefined) next.note = patch.note;
      if (patch.attributes !== undefined && Object.keys(patch.attributes).length === 0)
        delete next.attributes;
      const wasComplete = !this.problemsOf(was, current).some((p) => p.kind === 'incomplete');
      this.check(next, current, wasComplete, new Set(was.members.map((m) => m.annotationId)));
      if (patch.attributes !== undefined || patch.frame !== undefined) this.checkAttributes(next);
      const list = claims.map((c) => (c.id === id ? next : c));
      return this.written(current, list, { claimPut: [next] }, copyClaim(next));
    });
  }

  /** Deletes claims of one article in one write; an unknown id fails and deletes nothing. */
  async delete(articleId: string, ids: readonly string[]): Promise<void> {
    assertId(articleId, 'articleId');
    await this.annotations.edit(articleId, ({ current, claims }) => {
      const present = new Set(claims.map((c) => c.id));
      const missing = ids.find((id) => !present.has(id));
      if (missing !== undefined) throw new AppFailure('not-found', `No claim ${missing}`, { id: missing });
      const gone = new Set(ids);
      const list = claims.filter((c) => !gone.has(c.id));
      return this.written(current, list, { claimDel: [...gone] }, null);
    });
  }

  /**
   * Puts claims back exactly as they were (same ids, timestamps; undo of a
   * delete, redo of a create); one that exists is replaced. Refused
   * ('invalid-claim') when a member's annotation is missing or a rule breaks
   * (an incomplete claim may come back: it may have been stored so).
   */
  restore(articleId: string, restored: readonly Claim[]): Promise<Claim[]> {
    assertId(articleId, 'articleId');
    return this.annotations.edit(articleId, ({ current, claims }) => {
      const byId = new Map(claims.map((c) => [c.id, c]));
      for (const claim of restored) {
        assertId(claim.id);
        if (claim.articleId !== articleId) {
          throw new AppFailure('invalid-argument', `Claim ${claim.id} cannot be restored here`, {
            field: 'articleId',
          });
        }
        this.check(claim, current, false, new Set(claim.members.map((m) => m.annotationId)));
        byId.set(claim.id, structuredClone(claim));
      }
      const put = restored.map(copyClaim);
      return this.written(current, [...byId.values()], { claimPut: put }, restored.map(copyClaim));
    });
  }

  /** The edit result writing `claims` (with `claimChange` as the journal line) and resolving to `out`. */
  private written<T>(
    current: readonly Annotation[],
    claims: Claim[],
    claimChange: { claimPut?: Claim[]; claimDel?: string[] },
    out: T,
  ) {
    return { next: current, claims, change: { put: [], del: [], ...claimChange }, out };
  }

  private problemsOf(claim: Claim, annotations: readonly Annotation[]): ClaimProblem[] {
    const frame = findFrame(this.ctx.state.taxonomyDb.data, claim.frame);
    return claimProblems(claim, frame, new Map(annotations.map((a) => [a.id, a])));
  }

  /**
   * Throws unless `claim` keeps the rules over the article's `annotations`:
   * 'claim-incomplete' when `complete` and a required role is empty, else
   * 'invalid-claim' for the first other problem. An orphaned annotation is
   * only refused as a new member (not in `kept`, the members it had).
   */
  private check(
    claim: Claim,
    annotations: readonly Annotation[],
    complete: boolean,
    kept: ReadonlySet<string> = new Set(),
  ): void {
    const problems = this.problemsOf(claim, annotations).filter(
      (p) =>
        (p.kind !== 'incomplete' || complete) &&
        (p.kind !== 'orphaned-annotation' || !kept.has(p.annotationId ?? '')),
    );
    const first = problems.find((p) => p.kind !== 'incomplete') ?? problems[0];
    if (!first) return;
    const frame = findFrame(this.ctx.state.taxonomyDb.data, claim.frame);
    const role = first.role !== undefined && frame ? findRole(frame, first.role) : undefined;
    const params = {
      problem: first.kind,
      role: first.role ?? '',
      annotationId: first.annotationId ?? '',
      ...labelParams('role', role?.label, first.role ?? ''),
    };
    if (first.kind === 'incomplete') {
      throw new AppFailure('claim-incomplete', `The role "${first.role ?? ''}" must be filled`, params);
    }
    throw new AppFailure('invalid-claim', `Claim breaks a rule: ${describeProblem(first)}`, params);
  }

  /**
   * Throws 'invalid-claim-attribute' when an attribute value of `claim` is
   * not an option its frame offers (params: the attribute's and the frame's
   * labels in both languages, `option` the id given).
   */
  private checkAttributes(claim: Claim): void {
    const frame = findFrame(this.ctx.state.taxonomyDb.data, claim.frame);
    const problem = frame ? attributeProblem(claim.attributes, frame) : undefined;
    if (!frame || !problem) return;
    const attribute = frame.attributes?.find((a) => a.id === problem.attribute);
    throw new AppFailure(
      'invalid-claim-attribute',
      `"${problem.option}" is not an option of attribute "${problem.attribute}" of frame "${frame.id}"`,
      {
        attribute: problem.attribute,
        option: problem.option,
        ...labelParams('attribute', attribute?.label, problem.attribute),
        ...labelParams('frame', frame.label, frame.id),
      },
    );
  }
}

/**
 * `<name>Ar` and `<name>En`: the label of a scheme item in each language
 * (the UI's sentence picks the one of its language), `id` where the scheme
 * has no such item.
 */
function labelParams(name: string, label: Label | undefined, id: string): Record<string, string> {
  return { [`${name}Ar`]: label?.ar ?? id, [`${name}En`]: label?.en ?? id };
}

/** English developer-facing text of a problem. */
function describeProblem(p: ClaimProblem): string {
  return `${p.kind}${p.role ? ` (role "${p.role}")` : ''}${p.annotationId ? ` annotation ${p.annotationId}` : ''}`;
}
