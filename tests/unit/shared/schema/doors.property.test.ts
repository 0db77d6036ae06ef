/**
 * The doors of each concept agree on every value, not only on the cases
 * picked by hand: fast-check changes one field of a valid annotation, article
 * metadata, entity or tag type to a hostile value, a string near a limit or a
 * random date, and every door (IPC, the library file, Hamish JSON through
 * zod and through the published JSON Schema) gives the same verdict. Values
 * go through JSON first, as the files and imports receive them. The one rule
 * JSON Schema cannot state (an annotation's end after its start) is left to
 * zod, and only for that value does the JSON Schema door's verdict differ.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_META_LENGTHS,
  MAX_ALIAS_LENGTH,
  MAX_CODER_NAME_LENGTH,
  MAX_CONTEXT_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
} from '../../../../shared/schema/limits';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { hostileValue } from '../../fuzz/fuzz-helpers';
import { ANNOTATION, DOORS } from './door-values';

const { title: MAX_TITLE_LENGTH, source: MAX_SOURCE_LENGTH } = ARTICLE_META_LENGTHS;

const RUNS = Number(process.env['HAMISH_FUZZ_RUNS'] ?? 300);
const JSON_SCHEMA_DOOR = 'Hamish JSON (JSON Schema)';

const LIMITS = [
  MAX_CODER_NAME_LENGTH,
  MAX_CONTEXT_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_ALIAS_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_SOURCE_LENGTH,
  MAX_NOTE_LENGTH,
];

/** Arabic strings of each limit's length, one less and one more. */
const nearLimit = fc
  .tuple(fc.constantFrom(...LIMITS), fc.constantFrom(-1, 0, 1))
  .map(([limit, step]) => 'ع'.repeat(limit + step));

/** Dates and date-times, real and not, as a user or a file might give them. */
const dateLike = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => [y, m, d].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-')),
);

const anyValue = fc.oneof(hostileValue, nearLimit, dateLike, fc.integer({ min: -2, max: 6_000_000 }));

/** A change of one field (of the valid value's fields, or a new one) to a value, through JSON. */
const change = (fields: string[]) =>
  fc
    .tuple(fc.oneof(fc.constantFrom(...fields), fc.constant('extra')), anyValue)
    .map(([field, value]) => JSON.parse(JSON.stringify({ [field]: value })) as Record<string, unknown>);

/** Whether the changed annotation breaks only what JSON Schema cannot say (end after start). */
function breaksSpanOrder(c: Record<string, unknown>): boolean {
  const span = { start: ANNOTATION.start, end: ANNOTATION.end, ...c };
  return typeof span.start === 'number' && typeof span.end === 'number' && span.end <= span.start;
}

const [firstType] = DEFAULT_TAXONOMY.types;

const CONCEPTS: [string, fc.Arbitrary<Record<string, unknown>>][] = [
  // articleId is a field of the stored shape only (an exported annotation sits in its article).
  [
    'annotation',
    change([...Object.keys(ANNOTATION).filter((k) => k !== 'articleId'), 'note', 'entityId', 'author']),
  ],
  ['article metadata', change(['title', 'source', 'date', 'language'])],
  ['entity', change(['name', 'kind', 'aliases'])],
  ['taxonomy', change(Object.keys(firstType ?? {})).map((c) => ({ types: [{ ...firstType, ...c }] }))],
];

describe.each(CONCEPTS)('%s: the doors agree on random values', (concept, changes) => {
  const doors = Object.entries(DOORS[concept] ?? {});

  it(`gives one verdict at every door (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(changes, (c) => {
        const verdicts = Object.fromEntries(doors.map(([door, enters]) => [door, enters(c)]));
        const [, zodVerdict] = doors[0] ?? [];
        const expected = zodVerdict?.(c);
        const exempt = concept === 'annotation' && breaksSpanOrder(c);
        for (const [door, verdict] of Object.entries(verdicts)) {
          if (door === JSON_SCHEMA_DOOR && exempt) continue;
          expect({ door, change: c, verdict }).toEqual({ door, change: c, verdict: expected });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// The valid values themselves get in everywhere (so that a refusal above is the change's doing).
it.each(CONCEPTS.map(([concept]) => concept))('%s: the unchanged value gets in at every door', (concept) => {
  for (const enters of Object.values(DOORS[concept] ?? {})) expect(enters({})).toBe(true);
});
