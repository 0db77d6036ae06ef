/**
 * The library's tag scheme (taxonomy.json) and entities (entities.json):
 * reading, counting uses across the library, and the changes that reach
 * into every article's annotations (tags moved or dropped by a new scheme,
 * links to a deleted entity), which all go through one `rewriteEach`.
 */

import type {
  Annotation,
  Entity,
  EntityInput,
  EntitySummary,
  SchemeSaved,
  TagReassignment,
  TwinMergeReport,
} from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { framesOf } from '../../../shared/claims';
import type { ClaimPolicy } from '../../../shared/schema/claim-schema';
import { applySchemePolicy, claimsBrokenByScheme, fitFrames } from '../../../shared/scheme-frames';
import { schemeVersion } from '../../../shared/scheme-version';
import type { Taxonomy } from '../../../shared/taxonomy';
import { mergedGroups, mergeTwins, redirectMembers, type TwinMerge } from '../../../shared/twin-merge';
import type { LibraryAnnotations } from './library-annotations';
import { checkSchemeChange, MentionCounter, reassignTags } from './library-edits';
import { detachLost } from './claim-policy';
import { persist } from './library-files';
import { assertId } from './library-paths';
import type { LibraryContext, LibraryState } from './library-state';
import {
  revertArticle,
  snapshotOf,
  strayTags,
  type ArticleSnapshot,
  type SchemeSaveSnapshot,
  type SchemeUndone,
} from './scheme-undo';

const ENTITIES_LOCK = 'entities';

const TAXONOMY_LOCK = 'taxonomy';

export class LibraryScheme {
  /**
   * This session's scheme saves, for undoSave, by the version of the scheme each wrote (a later
   * save writing the same version replaces the earlier), with the library state each was made on.
   */
  private readonly saves = new Map<string, SchemeSaveSnapshot & { state: LibraryState }>();

  constructor(
    private readonly ctx: LibraryContext,
    private readonly annotations: LibraryAnnotations,
    /** The local coder, whose annotations carry no `author` (twins are per coder). */
    private readonly coder: () => string | undefined = () => undefined,
  ) {}

  /** The tag scheme (a copy). */
  taxonomy(): Taxonomy {
    return structuredClone(this.ctx.state.taxonomyDb.data);
  }

  /** How many annotations across the library carry each tag (tags with none are left out). */
  async countTagUses(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    await this.annotations.visitEach((annotations) => {
      for (const a of annotations) counts[a.tag] = (counts[a.tag] ?? 0) + 1;
    });
    return counts;
  }

  /**
   * Replaces the tag scheme. Annotations of tags the new scheme drops must be
   * given a destination in `reassign` (another tag, or null to delete them):
   * otherwise nothing changes and the call fails with 'tag-in-use'. A scheme
   * without frames keeps the current ones; roles lose the types the scheme
   * drops (a role, then a frame, left empty goes). Claims the new scheme breaks (a
   * frame or role removed, a member's type no longer accepted) need `claims`
   * ('detach' their lost members, or 'delete' them), else 'frame-in-use' and
   * nothing changes; each article's annotations and claims change in one line.
   * Annotations the move makes twins (same span, tag and coder) are merged
   * into the older one (shared/twin-merge.ts), claims following it; resolves
   * to the saved scheme and how many annotations were merged away.
   */
  saveTaxonomy(
    input: Taxonomy,
    reassign: TagReassignment,
    claims?: ClaimPolicy,
    expected?: string,
  ): Promise<SchemeSaved> {
    return this.ctx.locks.run(TAXONOMY_LOCK, async () => {
      this.ctx.assertOpen();
      const previous = structuredClone(this.ctx.state.taxonomyDb.data);
      if (expected !== undefined) assertVersion(previous, expected);
      const articles = new Map<string, ArticleSnapshot>();
      const next = fitFrames(
        input.frames ? input : { ...input, frames: framesOf(this.ctx.state.taxonomyDb.data) },
      );
      checkSchemeChange(next, reassign, await this.countTagUses());
      let broken = 0;
      await this.annotations.visitEach((annotations, list) => {
        broken += claimsBrokenByScheme(list, annotations, next, reassign).length;
      });
      if (broken > 0 && !claims) {
        throw new AppFailure(
          'frame-in-use',
          `${broken} claims use frames, roles or types this scheme removes`,
          {
            count: broken,
          },
        );
      }
      const at = this.ctx.now().toISOString();
      // rewrite() calls the claims step right after the annotations step of the same article.
      let into = new Map<string, string>();
      let mergedTwins = 0;
      const merges: TwinMergeReport[] = [];
      await this.annotations.rewriteEach(
        (current) => {
          const merged = this.mergeRetagged(current, reassign, at);
          into = merged?.into ?? new Map<string, string>();
          if (!merged) return current;
          const snapshot = snapshotOf(current, merged.annotations);
          const articleId = current[0]?.articleId;
          if (snapshot && articleId) articles.set(articleId, snapshot);
          mergedTwins += into.size;
          merges.push(...this.reports(merged));
          return merged.annotations;
        },
        (annotations, list, after) => {
          const redirected = redirectMembers(list, into, at);
          const members = redirected ?? list;
          const lost = claims ? claimsBrokenByScheme(members, annotations, next, reassign) : [];
          if (claims && lost.length > 0) return applySchemePolicy(members, lost, claims, at);
          if (!redirected) return undefined;
          const { taxonomyDb } = this.ctx.state;
          return detachLost(redirected, annotations, after, taxonomyDb.data, this.ctx.now()) ?? redirected;
        },
      );
      const saved = structuredClone(next);
      const { taxonomyDb } = this.ctx.state;
      await persist(this.ctx.paths.taxonomy, () => taxonomyDb.adapter.write(saved));
      taxonomyDb.data = saved;
      const version = schemeVersion(saved);
      this.saves.set(version, {
        before: previous,
        after: structuredClone(saved),
        articles,
        state: this.ctx.state,
      });
      return { taxonomy: structuredClone(saved), mergedTwins, merges };
    });
  }

  /**
   * Undoes the scheme save of this session that wrote the scheme at
   * `version` (shared/scheme-version.ts): the scheme before it comes back,
   * and the annotations it moved, retagged, merged or deleted that are still
   * as it left them (scheme-undo.ts). 'not-found' when no save of this
   * session wrote that version (or it was undone, or a backup was restored
   * since); 'scheme-changed' when the scheme is no longer at that version (a
   * later save, or an import's scheme merge, changed it: undo that first);
   * 'tag-in-use' when annotations made since use a tag the earlier scheme
   * lacks. Refused calls change nothing.
   */
  undoSave(version: string): Promise<SchemeUndone> {
    return this.ctx.locks.run(TAXONOMY_LOCK, async () => {
      this.ctx.assertOpen();
      const last = this.saves.get(version);
      if (!last || last.state !== this.ctx.state)
        throw new AppFailure('not-found', 'There is no scheme save to undo in this session');
      const { taxonomyDb } = this.ctx.state;
      assertVersion(taxonomyDb.data, version);
      const stray = strayTags(last);
      await this.annotations.visitEach((annotations) => stray.add(annotations));
      stray.assertNone();
      let restored = 0;
      let kept = 0;
      await this.annotations.rewriteEach((current) => {
        const snapshot = last.articles.get(current[0]?.articleId ?? '');
        if (!snapshot) return current;
        const reverted = revertArticle(current, snapshot);
        restored += reverted.restored;
        kept += reverted.kept;
        return reverted.restored > 0 ? reverted.list : current;
      });
      const before = structuredClone(last.before);
      await persist(this.ctx.paths.taxonomy, () => taxonomyDb.adapter.write(before));
      taxonomyDb.data = before;
      this.saves.delete(version);
      return { taxonomy: structuredClone(before), restored, kept };
    });
  }

  /**
   * What a scheme save with `reassign` would merge, written nowhere: the
   * twins each article's tag moves would make, as saveTaxonomy merges them
   * (the scheme editor lists them before it saves). Read only.
   */
  async previewTwinMerges(reassign: TagReassignment): Promise<TwinMergeReport[]> {
    this.ctx.assertOpen();
    const at = this.ctx.now().toISOString();
    const merges: TwinMergeReport[] = [];
    for (const meta of this.ctx.state.index.list()) {
      const merged = await this.annotations.read(meta.id, (list) => this.mergeRetagged(list, reassign, at));
      if (merged) merges.push(...this.reports(merged));
    }
    return merges;
  }

  /**
   * `before` with the tags of `reassign` moved and the twins the move made
   * merged; null when no tag of it moved.
   */
  private mergeRetagged(
    before: readonly Annotation[],
    reassign: TagReassignment,
    at: string,
  ): TwinMerge | null {
    const moved = reassignTags(before, reassign, at);
    if (!moved.changed) return null;
    const was = new Map(before.map((a) => [a.id, a.tag]));
    const touched = new Set(moved.annotations.filter((a) => was.get(a.id) !== a.tag).map((a) => a.id));
    return mergeTwins(moved.annotations, touched, this.coder() ?? '', at);
  }

  /** The groups `merged` made, named for the user (article title, quote, tag). */
  private reports(merged: TwinMerge): TwinMergeReport[] {
    return mergedGroups(merged).map(({ kept, ids }) => ({
      articleId: kept.articleId,
      title: this.ctx.state.index.get(kept.articleId)?.title ?? '',
      quote: kept.quote,
      tag: kept.tag,
      count: ids.length,
      ids,
    }));
  }

  /** The entities without counts (copies). */
  entities(): Entity[] {
    return this.ctx.state.entities.list();
  }

  /** Entities with their mention counts across the library, by name. */
  async listEntities(): Promise<EntitySummary[]> {
    const counter = new MentionCounter();
    await this.annotations.visitEach((annotations) => counter.add(annotations));
    return counter.summarise(this.entities());
  }

  /** Creates (no id) or updates (id) an entity. */
  saveEntity(input: EntityInput): Promise<Entity> {
    if (input.id !== undefined) assertId(input.id);
    return this.ctx.locks.run(ENTITIES_LOCK, () => {
      this.ctx.assertOpen();
      return this.ctx.state.entities.save(input, this.ctx.now().toISOString());
    });
  }

  /** Adds the entities whose id the library lacks, as they are (an import); resolves to how many. */
  importEntities(incoming: readonly Entity[]): Promise<number> {
    return this.ctx.locks.run(ENTITIES_LOCK, () => {
      this.ctx.assertOpen();
      return this.ctx.state.entities.addMissing(incoming);
    });
  }

  /** Deletes an entity after unlinking every annotation that points to it. */
  async deleteEntity(id: string): Promise<void> {
    assertId(id);
    await this.ctx.locks.run(ENTITIES_LOCK, async () => {
      this.ctx.assertOpen();
      const { entities } = this.ctx.state;
      if (!entities.has(id)) throw new AppFailure('not-found', `No entity ${id}`, { id });
      await this.annotations.rewriteEach((current) =>
        current.some((a) => a.entityId === id) ? current.map((a) => unlinked(a, id)) : current,
      );
      await entities.remove(id);
    });
  }
}

/** Refuses with 'scheme-changed' unless `taxonomy` is at version `expected` (shared/scheme-version.ts). */
function assertVersion(taxonomy: Taxonomy, expected: string): void {
  if (schemeVersion(taxonomy) !== expected)
    throw new AppFailure('scheme-changed', 'The tag scheme changed since it was opened; nothing was saved');
}

/** The annotation without its link to entity `id` (itself when it has none). */
function unlinked<A extends { entityId?: string }>(annotation: A, id: string): A {
  if (annotation.entityId !== id) return annotation;
  const copy = { ...annotation };
  delete copy.entityId;
  return copy;
}
