/**
 * No twins by a scheme change (issue 14, rule 5): removing a subtype moves
 * its annotations to another tag, and one that lands on the span, tag and
 * coder of another is merged into the older one — its note carried over
 * (once when identical), its entity link when the kept one has none, and
 * claim members pointing to it pointed to the kept one — on a real library
 * folder, durably (journaled, read back after reopening).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { codePointLength, utf16ToCodePoint } from '../../../../../shared/code-points';
import type { Taxonomy } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const TEXT = 'قال ستيف ويتكوف إن حماس تطالب بتبادل الأسرى قبل أي اتفاق.';
const ENVOY = 'ستيف ويتكوف';

/** The scheme without Actor › Person. */
const withoutPerson = (scheme: Taxonomy): Taxonomy => ({
  ...scheme,
  types: scheme.types.map((t) =>
    t.id === 'actor' ? { ...t, subtypes: t.subtypes.filter((s) => s.id !== 'person') } : t,
  ),
});

/** A library whose clock ticks one minute per call, with the envoy's article. */
async function setup(coder?: string) {
  const dir = await tempDir();
  let tick = Date.parse('2026-01-01T00:00:00Z');
  const now = () => new Date((tick += 60_000));
  const library = await Library.open(dir, { dailyBackup: false, now, coder: () => coder });
  const meta = await library.addArticle({ title: 'ويتكوف', text: TEXT });
  const span = (phrase: string) => {
    const start = utf16ToCodePoint(TEXT, TEXT.indexOf(phrase));
    return { articleId: meta.id, start, end: start + codePointLength(phrase) };
  };
  return { dir, library, articleId: meta.id, span };
}

describe('saving a scheme that makes twins', () => {
  it('merges «ستيف ويتكوف» tagged actor and actor.person into the older, with note, link and claim', async () => {
    const { dir, library, articleId, span } = await setup();
    const envoy = await library.saveEntity({
      name: { ar: ENVOY, en: 'Steve Witkoff' },
      kind: 'person',
      aliases: [],
    });
    const older = await library.createAnnotation({ ...span(ENVOY), tag: 'actor', note: 'المبعوث' });
    const younger = await library.createAnnotation({
      ...span(ENVOY),
      tag: 'actor.person',
      note: 'مبعوث ترامب',
      entityId: envoy.id,
    });
    const demand = await library.createAnnotation({ ...span('تبادل الأسرى'), tag: 'demand.prisoners' });
    const claim = await library.createClaim({
      articleId,
      frame: 'claim',
      members: [
        { role: 'claimant', annotationId: younger.id },
        { role: 'demand', annotationId: demand.id },
        { role: 'addressee', annotationId: older.id },
      ],
    });

    const saved = await library.saveTaxonomy(withoutPerson(await library.getTaxonomy()), {
      'actor.person': 'actor',
    });
    expect(saved.mergedTwins).toBe(1);
    expect(saved.taxonomy.types.find((t) => t.id === 'actor')?.subtypes.map((s) => s.id)).not.toContain(
      'person',
    );

    const check = async (lib: Library) => {
      const list = await lib.listAnnotations(articleId);
      const envoys = list.filter((a) => a.quote === ENVOY);
      expect(envoys).toHaveLength(1);
      expect(envoys[0]).toMatchObject({
        id: older.id,
        tag: 'actor',
        note: 'المبعوث\n\nمبعوث ترامب',
        entityId: envoy.id,
      });
      const [kept] = await lib.listClaims(articleId);
      expect(kept?.id).toBe(claim.id);
      expect(kept?.members).toEqual([
        { role: 'claimant', annotationId: older.id },
        { role: 'demand', annotationId: demand.id },
        { role: 'addressee', annotationId: older.id },
      ]);
      expect((await lib.listEntities()).find((e) => e.entity.id === envoy.id)?.mentions).toBe(1);
    };
    await check(library);
    // Journaled like every annotation write: the line drops the younger one.
    const journal = await readFile(join(dir, 'annotations', `${articleId}.journal`), 'utf8');
    expect(journal.split('\n').filter(Boolean).at(-1)).toContain(younger.id);
    await library.close();
    const reopened = await Library.open(dir, { dailyBackup: false });
    await check(reopened);
    await reopened.close();
  });

  it('keeps one copy of identical notes and the kept one’s own link', async () => {
    const { library, articleId, span } = await setup();
    const [a, b] = await Promise.all(
      ['أ', 'ب'].map((ar) => library.saveEntity({ name: { ar, en: ar }, kind: 'person', aliases: [] })),
    );
    if (!a || !b) throw new Error('no entities');
    const older = await library.createAnnotation({
      ...span(ENVOY),
      tag: 'actor',
      note: 'نفسها',
      entityId: a.id,
    });
    await library.createAnnotation({ ...span(ENVOY), tag: 'actor.person', note: 'نفسها', entityId: b.id });
    const saved = await library.saveTaxonomy(withoutPerson(await library.getTaxonomy()), {
      'actor.person': 'actor',
    });
    expect(saved.mergedTwins).toBe(1);
    const list = await library.listAnnotations(articleId);
    expect(list).toEqual([expect.objectContaining({ id: older.id, note: 'نفسها', entityId: a.id })]);
    await library.close();
  });

  it('merges nothing when the moved annotation lands on a free span or tag, and says 0', async () => {
    const { library, articleId, span } = await setup();
    await library.createAnnotation({ ...span(ENVOY), tag: 'actor.state' });
    await library.createAnnotation({ ...span(ENVOY), tag: 'actor.person' });
    await library.createAnnotation({ ...span('حماس'), tag: 'actor' });
    const saved = await library.saveTaxonomy(withoutPerson(await library.getTaxonomy()), {
      'actor.person': 'actor',
    });
    expect(saved.mergedTwins).toBe(0);
    expect((await library.listAnnotations(articleId)).map((a) => a.tag).sort()).toEqual([
      'actor',
      'actor',
      'actor.state',
    ]);
    await library.close();
  });
});
