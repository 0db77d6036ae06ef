/**
 * The kind of entity an annotation's tag suggests (shared/entity-name.ts),
 * used when the reader makes an entity from a span and when an import must
 * create the entity a file links a span to: the default scheme's actor
 * subtypes name their kind; every other tag, the bare type included, is "other".
 */

import { describe, expect, it } from 'vitest';
import { entityKindOfTag } from '../../../shared/entity-name';

describe('entityKindOfTag', () => {
  it('gives the actor subtypes their kind and anything else "other"', () => {
    expect(
      ['actor.person', 'actor.organisation', 'actor.state', 'actor.armed-group'].map(entityKindOfTag),
    ).toEqual(['person', 'organisation', 'state', 'armed-group']);
    expect(['actor', 'demand.prisoners', 'event', 'actor.unknown', ''].map(entityKindOfTag)).toEqual([
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
  });
});
