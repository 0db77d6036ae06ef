/**
 * Undo after a scheme change: a step may write back an annotation whose tag
 * the scheme no longer has (tag, delete, remove the subtype, undo). This
 * finds such a tag, names it from the labels remembered before the change,
 * and offers the tags its type still has, so the UI can say in words what
 * happened and redo the step with another tag.
 */

import { listTags, type TagDefinition, type Taxonomy } from './taxonomy';
import type { Direction, UndoCommand } from './undo-history';

/** Labels of every tag seen in this session, so a removed one can still be named. */
export class TagMemory {
  private readonly known = new Map<string, TagDefinition>();

  /** Remembers the tags of `taxonomy` (a later label of the same id wins). */
  remember(taxonomy: Taxonomy): void {
    for (const tag of listTags(taxonomy)) this.known.set(tag.id, tag);
  }

  get(id: string): TagDefinition | undefined {
    return this.known.get(id);
  }
}

export interface SchemeProblem {
  /** The tag the step needs and the scheme lacks; its definition as last seen, when it was. */
  tag: string;
  was: TagDefinition | undefined;
  /** True when it was a subtype ("demand.prisoners"), false for a whole type. */
  subtype: boolean;
  /** The tags of the same type the scheme still has (the type itself first); empty when the type is gone too. */
  alternatives: TagDefinition[];
}

/**
 * The first tag `command` would write back on `direction` that `taxonomy`
 * lacks, with what to offer instead; null when every tag is there (or the
 * command cannot say).
 */
export function schemeProblem(
  command: UndoCommand,
  direction: Direction,
  taxonomy: Taxonomy,
  memory: TagMemory,
): SchemeProblem | null {
  const tags = listTags(taxonomy);
  const present = new Set(tags.map((t) => t.id));
  const missing = command.writes?.(direction).find((a) => !present.has(a.tag))?.tag;
  if (missing === undefined) return null;
  const typeId = missing.split('.')[0] ?? missing;
  return {
    tag: missing,
    was: memory.get(missing),
    subtype: missing.includes('.'),
    alternatives: tags.filter((t) => t.typeId === typeId && t.id !== missing),
  };
}
