/**
 * What the analysis views call a key in the interface language: a tag
 * ("Demand / Prisoners"), a type, an entity by its name, an actor (an
 * entity's name or the quote as first written). Unknown keys show as they
 * are, so a tag removed from the scheme still has a name.
 */

import type { ActorInfo } from '../../../shared/analysis-types';
import type { EntitySummary } from '../../../shared/model';
import type { FrameDefinition } from '../../../shared/schema/taxonomy-schema';
import type { TagDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';

/** Names keys in `language`: tag or type ids, entity ids, actors. */
export interface Labeller {
  /** A tag id, a type id, an entity id, or any other key (shown as is). */
  key: (key: string) => string;
  /** An actor: its entity's name, or its quote. */
  actor: (actor: ActorInfo) => string;
  /** A claim frequency key: a frame id ("claim"), or "frame/role/type" as "Claim · Claimant · Actor". */
  claim: (key: string) => string;
}

/** Names the actor at index `i` of `actors` (a result's actor list); "" past its end. */
export function actorAt(actors: readonly ActorInfo[] | undefined, labels: Labeller): (i: number) => string {
  return (i) => {
    const actor = actors?.[i];
    return actor ? labels.actor(actor) : '';
  };
}

/** The labeller over the scheme's `tags` and `frames` and the library's `entities`. */
export function makeLabeller(
  tags: readonly TagDefinition[],
  entities: readonly EntitySummary[],
  language: string,
  frames: readonly FrameDefinition[] = [],
): Labeller {
  const names = new Map<string, string>();
  for (const tag of tags) {
    const own = labelIn(tag.label, language);
    names.set(tag.id, tag.id === tag.typeId ? own : `${labelIn(tag.typeLabel, language)} / ${own}`);
  }
  for (const { entity } of entities) {
    names.set(entity.id, labelIn(entity.name, language) || entity.name.ar || entity.name.en);
  }
  const key = (k: string) => names.get(k) ?? k;
  const claim = (k: string) => {
    const [frameId = '', roleId, typeId] = k.split('/');
    const frame = frames.find((f) => f.id === frameId);
    const frameName = frame ? labelIn(frame.label, language) : frameId;
    if (roleId === undefined) return frameName;
    const role = frame?.roles.find((r) => r.id === roleId);
    return [frameName, role ? labelIn(role.label, language) : roleId, key(typeId ?? '')].join(' · ');
  };
  return { key, actor: (a) => (a.entityId ? key(a.entityId) : a.label), claim };
}
