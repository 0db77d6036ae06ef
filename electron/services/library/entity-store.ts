/**
 * The library's canonical entities (entities.json): actors with Arabic and
 * English names, a kind and aliases, that Actor annotations link to. Created
 * on first save; callers serialise writes (the library runs them in one queue).
 */

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Entity, EntityInput } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { EntitiesFile } from '../../../shared/schema/library-file-schemas';
import { JsonFile } from '../storage/json-file';
import { persist } from './library-files';

export { entitiesFileSchema, type EntitiesFile } from '../../../shared/schema/library-file-schemas';

/** Trimmed, non-empty, de-duplicated aliases. */
function cleanAliases(aliases: readonly string[]): string[] {
  return [...new Set(aliases.map((a) => a.trim()).filter((a) => a.length > 0))];
}

/** The entities file's name in the library folder. */
export const ENTITIES_FILE = 'entities.json';

export class EntityStore {
  private constructor(
    private readonly db: Low<EntitiesFile>,
    private readonly path: string,
  ) {}

  /** The store over entities.json already read and validated (by the start-up check); null: none yet. */
  static from(dir: string, data: EntitiesFile | null): EntityStore {
    const path = join(dir, ENTITIES_FILE);
    return new EntityStore(
      new Low(new JsonFile<EntitiesFile>(path), data ?? { version: 1, entities: [] }),
      path,
    );
  }

  list(): Entity[] {
    return structuredClone(this.db.data.entities);
  }

  has(id: string): boolean {
    return this.db.data.entities.some((e) => e.id === id);
  }

  /** Creates (no id) or updates (id) an entity; resolves once it is on disk. */
  async save(input: EntityInput, at: string): Promise<Entity> {
    const name = { ar: input.name.ar.trim(), en: input.name.en.trim() };
    if (!name.ar && !name.en) {
      throw new AppFailure('invalid-argument', 'An entity needs a name', { field: 'name' });
    }
    const fields = { name, kind: input.kind, aliases: cleanAliases(input.aliases) };
    let saved: Entity;
    if (input.id === undefined) {
      saved = { id: randomUUID(), ...fields, createdAt: at, updatedAt: at };
      await this.write([...this.db.data.entities, saved]);
    } else {
      const current = this.db.data.entities.find((e) => e.id === input.id);
      if (!current) throw new AppFailure('not-found', `No entity ${input.id}`, { id: input.id });
      saved = { ...current, ...fields, updatedAt: at };
      await this.write(this.db.data.entities.map((e) => (e.id === saved.id ? saved : e)));
    }
    return structuredClone(saved);
  }

  /**
   * Adds the entities of `incoming` whose id the store lacks, as they are
   * (id, names, timestamps: an import restores them); those it has are kept.
   * Resolves to how many were added, once they are on disk (no write when none).
   */
  async addMissing(incoming: readonly Entity[]): Promise<number> {
    const fresh = incoming.filter(
      (e, i) => !this.has(e.id) && incoming.findIndex((x) => x.id === e.id) === i,
    );
    if (fresh.length > 0) await this.write([...this.db.data.entities, ...structuredClone(fresh)]);
    return fresh.length;
  }

  /** Deletes an entity (annotations are unlinked by the library first). */
  async remove(id: string): Promise<void> {
    if (!this.has(id)) throw new AppFailure('not-found', `No entity ${id}`, { id });
    await this.write(this.db.data.entities.filter((e) => e.id !== id));
  }

  private async write(entities: Entity[]): Promise<void> {
    const next: EntitiesFile = { version: 1, entities };
    await persist(this.path, () => this.db.adapter.write(next));
    this.db.data = next;
  }
}
