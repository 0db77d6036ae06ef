/**
 * The default tag scheme, kept as data in shared/default-taxonomy.json, is a
 * valid taxonomy.json exactly as the library writes it: it parses with the
 * scheme's zod schema, has no problem the scheme editor would refuse, and its
 * subtypes' shortcut keys run 1, 2, 3… in order under every type.
 */

import { describe, expect, it } from 'vitest';
import defaultScheme from '../../../shared/default-taxonomy.json' with { type: 'json' };
import { taxonomySchema } from '../../../shared/schema/taxonomy-schema';
import { DEFAULT_TAXONOMY, listTags, taxonomyProblems } from '../../../shared/taxonomy';

describe('DEFAULT_TAXONOMY', () => {
  it('is default-taxonomy.json, which parses as a taxonomy.json file', () => {
    expect(taxonomySchema.parse(defaultScheme)).toEqual(DEFAULT_TAXONOMY);
    expect(DEFAULT_TAXONOMY.version).toBe(1);
  });

  it('has no problem and numbers each type’s subtypes 1, 2, 3… in order', () => {
    expect(taxonomyProblems(DEFAULT_TAXONOMY)).toEqual([]);
    expect(DEFAULT_TAXONOMY.types.map((t) => t.key)).toEqual(['1', '2', '3']);
    for (const type of DEFAULT_TAXONOMY.types)
      expect(type.subtypes.map((s) => s.key)).toEqual(type.subtypes.map((_, i) => String(i + 1)));
  });

  it('offers Actor, Demand and Event with their Arabic labels and their subtypes as tags', () => {
    expect(DEFAULT_TAXONOMY.types.map((t) => t.label.ar)).toEqual(['فاعل', 'مطلب', 'حدث']);
    expect(DEFAULT_TAXONOMY.types[0]?.clitics).toBe(true);
    expect(listTags(DEFAULT_TAXONOMY).map((t) => t.id)).toContain('demand.prisoners');
    expect(listTags(DEFAULT_TAXONOMY)).toHaveLength(3 + 4 + 6 + 6);
  });
});
