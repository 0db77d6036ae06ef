/**
 * One shape per concept: for each concept (annotation, article metadata,
 * article text, taxonomy, entity), every door it can enter by — IPC, the
 * library's files, Hamish JSON through zod and through the published JSON
 * Schema — accepts and refuses the same values, at the same limits (a value
 * at the limit gets in everywhere, one past it nowhere).
 */

import { describe, expect, it } from 'vitest';
import {
  ARTICLE_META_LENGTHS,
  MAX_ALIAS_LENGTH,
  MAX_ALIASES,
  MAX_CODER_NAME_LENGTH,
  MAX_CONTEXT_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_SCHEME_ITEMS,
  MAX_TEXT_LENGTH,
} from '../../../../shared/schema/limits';
import { DEFAULT_TAXONOMY } from '../../../../shared/taxonomy';
import { DOORS } from './door-values';

const { title: MAX_TITLE_LENGTH, source: MAX_SOURCE_LENGTH } = ARTICLE_META_LENGTHS;

/** Arabic text of `n` UTF-16 units (every letter is one unit, as for most Arabic). */
const arabic = (n: number): string => 'ع'.repeat(n);
const [firstType] = DEFAULT_TAXONOMY.types;
if (!firstType) throw new Error('the default taxonomy has no type');
const withType = (change: Record<string, unknown>) => ({ types: [{ ...firstType, ...change }] });

/** A rule between two fields, which JSON Schema cannot state: the published schema lets it pass. */
const CROSS_FIELD = { 'Hamish JSON (JSON Schema)': true };

type Case = [string, Record<string, unknown>, boolean, Record<string, boolean>?];

const CASES: Record<string, Case[]> = {
  annotation: [
    ['as the app writes it', {}, true],
    [`a note of ${MAX_NOTE_LENGTH} units`, { note: arabic(MAX_NOTE_LENGTH) }, true],
    [`a note of ${MAX_NOTE_LENGTH + 1} units`, { note: arabic(MAX_NOTE_LENGTH + 1) }, false],
    [
      `a coder name of ${MAX_CODER_NAME_LENGTH + 1} units`,
      { author: arabic(MAX_CODER_NAME_LENGTH + 1) },
      false,
    ],
    [`a prefix of ${MAX_CONTEXT_LENGTH} units`, { prefix: arabic(MAX_CONTEXT_LENGTH) }, true],
    [`a suffix of ${MAX_CONTEXT_LENGTH + 1} units`, { suffix: arabic(MAX_CONTEXT_LENGTH + 1) }, false],
    ['an empty quote', { quote: '' }, false],
    ['end before start', { start: 6, end: 2 }, false, CROSS_FIELD],
    ['an empty span', { start: 3, end: 3 }, false, CROSS_FIELD],
    ['an offset past the longest text', { end: MAX_TEXT_LENGTH + 1 }, false],
    ['a fractional offset', { end: 5.5 }, false],
    ['a tag that is not a tag id', { tag: 'Actor Person' }, false],
    ['an entity id that is not a UUID', { entityId: '../x' }, false],
    ['a date-time that does not exist', { createdAt: '2025-13-45T10:00:00Z' }, false],
    ['a creation time with a time zone offset', { createdAt: '2025-10-02T10:00:00+03:00' }, true],
    ['an unknown field', { colour: 'red' }, false],
  ],
  'article metadata': [
    ['as the app writes it', {}, true],
    ['no date', { date: '' }, true],
    ['a date-time', { date: '2025-10-02T10:00:00Z' }, true],
    ['a leap day', { date: '2024-02-29' }, true],
    ['the date 2025-13-45', { date: '2025-13-45' }, false],
    ['the date 2025-02-29', { date: '2025-02-29' }, false],
    ['a date in words', { date: 'Oct 2, 2025' }, false],
    [`a title of ${MAX_TITLE_LENGTH} units`, { title: arabic(MAX_TITLE_LENGTH) }, true],
    [`a title of ${MAX_TITLE_LENGTH + 1} units`, { title: arabic(MAX_TITLE_LENGTH + 1) }, false],
    ['a title of 2 million units', { title: arabic(2_000_000) }, false],
    ['a blank title', { title: '   ' }, false],
    [`a source of ${MAX_SOURCE_LENGTH + 1} units`, { source: arabic(MAX_SOURCE_LENGTH + 1) }, false],
    ['a regional language tag', { language: 'ar-EG' }, true],
    ['a language that is not a tag', { language: 'arabic language' }, false],
  ],
  'article text': [
    ['a short Arabic text', { text: 'نص قصير' }, true],
    [`a text of ${MAX_TEXT_LENGTH} units`, { text: arabic(MAX_TEXT_LENGTH) }, true],
    [`a text of ${MAX_TEXT_LENGTH + 1} units`, { text: arabic(MAX_TEXT_LENGTH + 1) }, false],
    ['a number instead of a text', { text: 42 }, false],
  ],
  taxonomy: [
    ['the default scheme', {}, true],
    [
      `a label of ${MAX_LABEL_LENGTH} units`,
      withType({ label: { ar: arabic(MAX_LABEL_LENGTH), en: 'Actor' } }),
      true,
    ],
    [
      `a label of ${MAX_LABEL_LENGTH + 1} units`,
      withType({ label: { ar: arabic(MAX_LABEL_LENGTH + 1), en: 'Actor' } }),
      false,
    ],
    ['a colour that is not #rrggbb', withType({ color: 'red' }), false],
    ['a two-character shortcut', withType({ key: '12' }), false],
    ['a type id with a dot', withType({ id: 'actor.x' }), false],
    [`${MAX_SCHEME_ITEMS} types`, { types: Array.from({ length: MAX_SCHEME_ITEMS }, () => firstType) }, true],
    [
      `${MAX_SCHEME_ITEMS + 1} types`,
      { types: Array.from({ length: MAX_SCHEME_ITEMS + 1 }, () => firstType) },
      false,
    ],
    ['version 2', { version: 2 }, false],
  ],
  entity: [
    ['as the app writes it', {}, true],
    ['an armed group', { kind: 'armed-group' }, true],
    ['an unknown kind', { kind: 'tribe' }, false],
    [`an alias of ${MAX_ALIAS_LENGTH + 1} units`, { aliases: [arabic(MAX_ALIAS_LENGTH + 1)] }, false],
    [`${MAX_ALIASES} aliases`, { aliases: Array.from({ length: MAX_ALIASES }, () => 'ويتكوف') }, true],
    [
      `${MAX_ALIASES + 1} aliases`,
      { aliases: Array.from({ length: MAX_ALIASES + 1 }, () => 'ويتكوف') },
      false,
    ],
    [
      `a name of ${MAX_LABEL_LENGTH + 1} units`,
      { name: { ar: arabic(MAX_LABEL_LENGTH + 1), en: '' } },
      false,
    ],
  ],
};

describe.each(Object.entries(CASES))('%s: every door says the same', (concept, cases) => {
  const doors = Object.entries(DOORS[concept] ?? {});

  it('has at least three doors', () => {
    expect(doors.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s', (_name, change, accepted, except = {}) => {
    const verdicts = Object.fromEntries(doors.map(([door, enters]) => [door, enters(change)]));
    expect(verdicts).toEqual(Object.fromEntries(doors.map(([door]) => [door, except[door] ?? accepted])));
  });
});
