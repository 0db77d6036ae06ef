/**
 * What the analysis views call a key in the interface language: a tag
 * ("Demand / Prisoners"), a type, an entity by its name, an actor (an
 * entity's name or the quote as first written). Unknown keys show as they
 * are, so a tag removed from the scheme still has a name.
 */

import type { ActorInfo } from '../../../shared/analysis-types';
import type { EntitySummary } from '../../../shared/model';
import type { TagDefinition } from '../../../shared/taxonomy';
import { labelIn } from '../labels';

/** Names keys in `language`: tag or type ids, entity ids, actors. */
export interface Labeller {
  /** A tag id, a type id, an entity id, or any other key (shown as is). */
  key: (key: string) => string;
  /** An actor: its entity's name, or its quote. */
  actor: (actor: ActorInfo) => string;
}

/** The labeller over the scheme's `tags` and the library's `entities`. */
export function makeLabeller(
  tags: readonly TagDefinition[],
  entities: readonly EntitySummary[],
  language: string,
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
  return { key, actor: (a) => (a.entityId ? key(a.entityId) : a.label) };
}
