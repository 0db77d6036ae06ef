/** The entity picker's matching and order: Arabic spelling variants, Latin case, likely entities first. */

import { describe, expect, it } from 'vitest';
import { rankEntities, type PickContext } from '../../../shared/entity-ranking';
import type { EntitySummary } from '../../../shared/model';

const at = '2026-01-01T00:00:00.000Z';
function summary(id: string, ar: string, en: string, aliases: string[] = [], mentions = 0): EntitySummary {
  return {
    entity: { id, name: { ar, en }, kind: 'person', aliases, createdAt: at, updatedAt: at },
    mentions,
    articles: mentions > 0 ? 1 : 0,
  };
}

const witkoff = summary('w', 'ستيف ويتكوف', 'Steve Witkoff', ['ويتكوف', 'وتكوف']);
const hayya = summary('h', 'خليل الحيّة', 'Khalil al-Hayya', [], 9);
const hamas = summary('m', 'حماس', 'Hamas', ['حركة المقاومة الإسلامية'], 30);
const qatar = summary('q', 'قطر', 'Qatar', [], 4);
const all = [witkoff, hayya, hamas, qatar];
const none: PickContext = { quote: '', inArticle: new Map(), recent: [] };
const ids = (list: EntitySummary[]) => list.map((s) => s.entity.id);

describe('rankEntities', () => {
  it('matches Arabic names and aliases whatever the hamza, ta marbuta or harakat', () => {
    expect(ids(rankEntities(all, 'الحيه', none))).toEqual(['h']);
    expect(ids(rankEntities(all, 'الاسلاميه', none))).toEqual(['m']);
    expect(ids(rankEntities(all, 'وتكوف', none))).toEqual(['w']);
  });

  it('matches English names case-folded, and every typed word must match', () => {
    expect(ids(rankEntities(all, 'WITK', none))).toEqual(['w']);
    expect(ids(rankEntities(all, 'khalil hayya', none))).toEqual(['h']);
    expect(ids(rankEntities(all, 'khalil qatar', none))).toEqual([]);
  });

  it('puts a name that starts with the query before one that only contains it', () => {
    const qa = summary('x', 'القائد', 'Commander of Qatar forces');
    expect(ids(rankEntities([qa, qatar], 'qa', none))).toEqual(['q', 'x']);
  });

  it('with nothing typed lists all: the annotation’s own name first, then same article, then recent, then mentions', () => {
    expect(ids(rankEntities(all, '', none))).toEqual(['m', 'h', 'q', 'w']);
    const context: PickContext = { quote: 'وويتكوف', inArticle: new Map([['q', 2]]), recent: ['h', 'm'] };
    expect(ids(rankEntities(all, '', context))).toEqual(['w', 'q', 'h', 'm']);
    const noQuote: PickContext = { ...context, quote: 'الرئيس' };
    expect(ids(rankEntities(all, '', noQuote))).toEqual(['q', 'h', 'm', 'w']);
  });

  it('takes a quote that holds a whole name as words as naming it', () => {
    const context: PickContext = { quote: 'حركة حماس', inArticle: new Map(), recent: [] };
    expect(ids(rankEntities(all, '', context))[0]).toBe('m');
  });
});
