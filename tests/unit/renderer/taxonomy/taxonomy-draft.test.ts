/**
 * The tag scheme editor's pure edits on the default scheme: new types and
 * subtypes get fresh ids, free shortcut keys (never a subtype's "0") and
 * colours not yet used; moves stay inside the list; and the tags a draft
 * drops are listed, parents and subtypes alike.
 */

import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, listTags, taxonomyProblems, TYPE_ITSELF_KEY } from '../../../../shared/taxonomy';
import {
  addSubtype,
  addType,
  droppedTags,
  mapType,
  move,
  relabel,
  setId,
} from '../../../../renderer/src/taxonomy/taxonomy-draft';

describe('taxonomy draft', () => {
  it('adds a type with a fresh id, a free key and an unused colour', () => {
    const once = addType(DEFAULT_TAXONOMY);
    const twice = addType(once);
    const [a, b] = twice.types.slice(-2);
    expect([a?.id, b?.id]).toEqual(['type-1', 'type-2']);
    const usedKeys = DEFAULT_TAXONOMY.types.map((t) => t.key);
    expect(usedKeys).not.toContain(a?.key);
    expect(a?.key).not.toBe(b?.key);
    const usedColours = DEFAULT_TAXONOMY.types.flatMap((t) => [t.color, ...t.subtypes.map((s) => s.color)]);
    expect(usedColours).not.toContain(a?.color);
    expect(a?.color).not.toBe(b?.color);
    // The original is untouched (the editor keeps the saved scheme to compare with).
    expect(DEFAULT_TAXONOMY.types.some((t) => t.id === 'type-1')).toBe(false);
  });

  it('adds subtypes each in a colour of its own with keys that are never "0"', () => {
    let draft = addType(DEFAULT_TAXONOMY);
    const last = draft.types.length - 1;
    for (let i = 0; i < 10; i++) draft = addSubtype(draft, last);
    const type = draft.types[last];
    expect(type?.subtypes.map((s) => s.id).slice(0, 3)).toEqual(['sub-1', 'sub-2', 'sub-3']);
    const keys = type?.subtypes.map((s) => s.key) ?? [];
    expect(keys).not.toContain(TYPE_ITSELF_KEY);
    expect(new Set(keys).size).toBe(10);
    // Eight subtypes and the type itself take the nine palette colours (tag-colours.test.ts measures them).
    expect(new Set([type?.color, ...(type?.subtypes.slice(0, 8).map((s) => s.color) ?? [])]).size).toBe(9);
  });

  it('a named new type and subtype make a scheme without problems', () => {
    let draft = addSubtype(addType(DEFAULT_TAXONOMY), DEFAULT_TAXONOMY.types.length);
    draft = mapType(draft, draft.types.length - 1, (t) => ({
      ...t,
      label: { ar: 'موقف', en: 'Stance' },
      subtypes: t.subtypes.map((s) => ({ ...s, label: { ar: 'تأييد', en: 'Support' } })),
    }));
    expect(taxonomyProblems(draft)).toEqual([]);
    expect(listTags(draft).map((t) => t.id)).toContain('type-1.sub-1');
  });

  it('moves an item by one place and keeps it inside the list', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('lists the tags a draft drops: a removed type with its subtypes, a removed subtype alone', () => {
    const withoutFirst = { ...DEFAULT_TAXONOMY, types: DEFAULT_TAXONOMY.types.slice(1) };
    const first = DEFAULT_TAXONOMY.types[0];
    expect(droppedTags(DEFAULT_TAXONOMY, withoutFirst)).toEqual([
      first?.id,
      ...(first?.subtypes.map((s) => `${first.id}.${s.id}`) ?? []),
    ]);
    const withoutSub = mapType(DEFAULT_TAXONOMY, 0, (t) => ({ ...t, subtypes: t.subtypes.slice(1) }));
    expect(droppedTags(DEFAULT_TAXONOMY, withoutSub)).toEqual([`${first?.id}.${first?.subtypes[0]?.id}`]);
    expect(droppedTags(DEFAULT_TAXONOMY, addType(DEFAULT_TAXONOMY))).toEqual([]);
  });

  it('names a new subtype from its first label, Arabic transliterated, unique among its siblings', () => {
    const demand = DEFAULT_TAXONOMY.types.findIndex((t) => t.id === 'demand');
    const saved = new Set(DEFAULT_TAXONOMY.types[demand]?.subtypes.map((s) => s.id));
    let draft = addSubtype(DEFAULT_TAXONOMY, demand);
    const at = { type: demand, sub: (draft.types[demand]?.subtypes.length ?? 0) - 1 };
    const idNow = () => draft.types[demand]?.subtypes[at.sub]?.id;
    expect(idNow()).toBe('sub-1');
    for (const typed of ['ت', 'تب', 'تبادل']) draft = relabel(draft, at, { ar: typed, en: '' }, saved);
    expect(idNow()).toBe('tbadl');
    // The English label typed later does not rename it; the Arabic one still does.
    draft = relabel(draft, at, { ar: 'تبادل', en: 'Exchange' }, saved);
    expect(idNow()).toBe('tbadl');
    draft = relabel(draft, at, { ar: 'تبادل الأسرى', en: 'Exchange' }, saved);
    expect(idNow()).toBe('tbadl-alasra');
    // A sibling with the same label is numbered.
    draft = addSubtype(draft, demand);
    const second = { type: demand, sub: at.sub + 1 };
    draft = relabel(draft, second, { ar: 'تبادل الأسرى', en: '' }, saved);
    expect(draft.types[demand]?.subtypes[second.sub]?.id).toBe('tbadl-alasra-2');
    // Cleared, it goes back to a placeholder.
    draft = relabel(draft, second, { ar: '', en: '' }, saved);
    expect(draft.types[demand]?.subtypes[second.sub]?.id).toMatch(/^sub-\d+$/u);
    expect(
      taxonomyProblems({
        ...draft,
        types: draft.types.map((t, i) => (i === demand ? { ...t, subtypes: t.subtypes.slice(0, -1) } : t)),
      }),
    ).toEqual([]);
  });

  it('names a new type from English when that is typed first, and keeps an id edited by hand', () => {
    const saved = new Set(DEFAULT_TAXONOMY.types.map((t) => t.id));
    let draft = addType(DEFAULT_TAXONOMY);
    const at = { type: draft.types.length - 1 };
    draft = relabel(draft, at, { ar: '', en: 'Place' }, saved);
    draft = relabel(draft, at, { ar: 'مكان', en: 'Place' }, saved);
    expect(draft.types[at.type]?.id).toBe('place');
    draft = setId(draft, at, ' Location ');
    draft = relabel(draft, at, { ar: 'مكان', en: 'Places' }, saved);
    expect(draft.types[at.type]?.id).toBe('location');
    // A saved entry never changes id with its label.
    draft = relabel(draft, { type: 0 }, { ar: 'جهة', en: 'Party' }, saved);
    expect(draft.types[0]?.id).toBe(DEFAULT_TAXONOMY.types[0]?.id);
  });

  it('finds an id outside the scheme alphabet a problem', () => {
    const draft = setId(addType(DEFAULT_TAXONOMY), { type: DEFAULT_TAXONOMY.types.length }, 'مكان');
    const named = relabel(
      draft,
      { type: DEFAULT_TAXONOMY.types.length },
      { ar: 'x', en: '' },
      new Set(['actor']),
    );
    expect(taxonomyProblems(named).some((p) => p.includes('is not a-z'))).toBe(true);
  });
});
