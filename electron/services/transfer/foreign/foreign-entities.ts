/**
 * Entity links of a foreign file (the "N… Reference T… Hamish:<id>" lines of
 * Hamish's own brat export) resolved against the library's entities: the
 * entity with that id when the library has it (the same library, or one the
 * entities were carried to); else the one entity whose Arabic or English
 * name or an alias is exactly the name written; else a new entity, created
 * once per file id, keeping that id when it is a UUID the library lacks, named
 * as written (its script tells Arabic from English name; an empty name takes
 * the span's quote), of the kind its tag suggests (entityKindOfTag). Several
 * entities with that name are not guessed between: a new one is made.
 */

import { randomUUID } from 'node:crypto';
import { detectLanguage } from '../../../../shared/arabic-text';
import { entityKindOfTag } from '../../../../shared/entity-name';
import type { Entity } from '../../../../shared/model';
import { idSchema } from '../../../../shared/schema/fields';
import { MAX_LABEL_LENGTH } from '../../../../shared/schema/limits';
import type { ForeignEntityRef } from './foreign-types';

/** Resolves the entity references of one import; `added()` lists the entities it had to create. */
export class EntityLinker {
  private readonly byId: Map<string, Entity>;
  private readonly created = new Map<string, Entity>();

  /** `known`: the library's entities; `at`: createdAt and updatedAt of new ones (ISO). */
  constructor(
    private readonly known: readonly Entity[],
    private readonly at: string,
  ) {
    this.byId = new Map(known.map((e) => [e.id, e]));
  }

  /** The id of the entity `ref` names, for an annotation tagged `tag` quoting `quote`. */
  link(ref: ForeignEntityRef, tag: string, quote: string): string {
    const id = idSchema.safeParse(ref.id);
    if (id.success && this.byId.has(id.data)) return id.data;
    const made = this.created.get(ref.id);
    if (made) return made.id;
    const name = ref.name.trim();
    const named = this.known.filter(
      (e) => name !== '' && (e.name.ar === name || e.name.en === name || e.aliases.includes(name)),
    );
    if (named.length === 1 && named[0]) return named[0].id;
    const entity = this.newEntity(id.success ? id.data : randomUUID(), name || quote.trim(), tag);
    this.created.set(ref.id, entity);
    this.byId.set(entity.id, entity);
    return entity.id;
  }

  /** The entities created by link(), in order. */
  added(): Entity[] {
    return [...this.created.values()];
  }

  private newEntity(id: string, name: string, tag: string): Entity {
    // Cut to the limit (UTF-16 units) without splitting a surrogate pair.
    const label = name.slice(0, MAX_LABEL_LENGTH).replace(/[\uD800-\uDBFF]$/u, '');
    const arabic = detectLanguage(label) === 'ar';
    return {
      id,
      name: { ar: arabic ? label : '', en: arabic ? '' : label },
      kind: entityKindOfTag(tag),
      aliases: [],
      createdAt: this.at,
      updatedAt: this.at,
    };
  }
}
