/**
 * Adjudication after a coder's layer changed (issue 20 review), on a real
 * library in a temp folder: every disagreement is decided, then Omar's layer
 * is re-imported from a newer export of his (a real "add as a coder layer"
 * import) in which he dropped an agreed coding, retagged one and edited the
 * note of another. Reopening must list those decisions as needing review
 * (not count them decided), flag the gold resting on them, and the export of
 * gold must count it; settling them clears the flags. Also: a decision in a
 * trashed article is refused with nothing written, and the copy of the
 * agreed units is undone and redone as one step.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withStaleGold } from '../../../../../electron/services/adjudication/stale-gold-export';
import { createExporter, writeExport } from '../../../../../electron/services/export/export-service';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import type { AdjudicationState } from '../../../../../shared/adjudication/adjudication-types';
import type { HamishExport } from '../../../../../shared/export-format';
import { CODER_B, newerLayerOfB } from '../../../adjudication-fixture';
import { failureCode, useTempDirs } from '../../../helpers';
import { decideAll, goldOnDisk, setUpIn } from './adjudication-setup';

const tempDir = useTempDirs();

type Fixture = Awaited<ReturnType<typeof setUpIn>>;

/** Re-imports Omar's layer from a newer export: «وزير الخارجية» dropped, «تبادل الأسرى» retagged, «حماس»'s note edited. */
async function reimportOmar({ library }: Fixture): Promise<void> {
  const out = join(await tempDir(), 'omar.hamish.json');
  await writeExport(library, { format: 'json', coders: [CODER_B] }, out, 'test');
  const file = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
  const report = await importAnnotations(library, JSON.stringify(newerLayerOfB(file)), 'keep-both', {
    layer: {},
  });
  expect(report.layersReplaced).toBe(2);
}

const reviewOf = (state: AdjudicationState) =>
  state.items.map((i) => [i.a?.quote ?? i.b?.quote, i.review, i.decision?.choice ?? null]);

describe('adjudication after a coder layer changed', () => {
  it('lists stale decisions for review, flags their gold, warns on export, and clears once settled', async () => {
    const fixture = await setUpIn(await tempDir());
    const { dir, library, articles, setup, service } = fixture;
    await decideAll(fixture);
    await reimportOmar(fixture);

    const state = await service.open(setup);
    expect(reviewOf(state)).toEqual([
      ['خليل الحية', null, 'mine'],
      ['حركة حماس', 'changed', 'theirs'],
      ['وقف إطلاق النار', null, 'neither'],
      ['اتفاق سلام دائم', null, 'both'],
      // The unit now in its place (undecided), then the decision whose unit is gone.
      ['وزير الخارجية', null, null],
      ['وزير الخارجية', 'gone', 'agreed'],
      ['تبادل الأسرى', null, null],
      ['تبادل الأسرى', 'gone', 'edit'],
    ]);
    // Not "0 of N decided", nor 5: the three that still hold.
    expect(state.items.filter((i) => i.decision && !i.review)).toHaveLength(3);
    expect(state.staleGold).toBe(3);
    expect(await service.staleGold(undefined, ['gold'])).toBe(3);
    expect(await service.staleGold(undefined, [CODER_B])).toBe(0);

    // The gold export is written as asked, and says how many of its annotations rest on stale decisions.
    const exporter = withStaleGold(createExporter(library, 'test'), service);
    const out = join(await tempDir(), 'gold.hamish.json');
    const summary = await exporter.write({ format: 'json', coders: ['gold'] }, out);
    expect(summary).toMatchObject({ annotations: 7, staleGold: 3 });

    // Settling: decide the changed unit again, decide the new unit in place of the agreed one
    // (sharing the agreed copy's gold), then remove both gone decisions.
    const key = (quote: string, review: string | null) =>
      state.items.find((i) => (i.a?.quote ?? i.b?.quote) === quote && i.review === review)?.key ?? '';
    await service.decide({ ...setup, key: key('حركة حماس', 'changed'), decision: { choice: 'theirs' } });
    await service.decide({ ...setup, key: key('وزير الخارجية', null), decision: { choice: 'mine' } });
    await service.decide({ ...setup, key: key('وزير الخارجية', 'gone'), decision: { choice: 'neither' } });
    await service.decide({ ...setup, key: key('تبادل الأسرى', 'gone'), decision: null });
    // A gone unit cannot be decided otherwise.
    expect(
      await failureCode(
        service.decide({ ...setup, key: key('تبادل الأسرى', 'gone'), decision: { choice: 'mine' } }),
      ),
    ).toBe('not-found');

    const after = await service.open(setup);
    expect(after.items.filter((i) => i.review)).toEqual([]);
    expect(after.staleGold).toBe(0);
    expect(
      (await exporter.write({ format: 'json', coders: ['gold'] }, `${out}.2`)).staleGold,
    ).toBeUndefined();
    const gold = await goldOnDisk(dir, articles);
    expect(gold).toContain('وزير الخارجية:actor.person');
    expect(gold.filter((g) => g.startsWith('تبادل الأسرى'))).toEqual([]);
    await library.close();
  });

  it('refuses a decision in a trashed article, writing nothing', async () => {
    const { dir, library, articles, setup, service } = await setUpIn(await tempDir());
    const { items } = await service.open(setup);
    await library.trashArticle(articles[0]?.id ?? '');
    const before = await readFile(join(dir, 'adjudication.json'), 'utf8');
    const gold = await goldOnDisk(dir, articles);
    const refused = service.decide({ ...setup, key: items[0]?.key ?? '', decision: { choice: 'mine' } });
    expect(await failureCode(refused)).toBe('article-in-trash');
    await expect(refused).rejects.toMatchObject({ params: { title: 'ويتكوف والحية' } });
    expect(await readFile(join(dir, 'adjudication.json'), 'utf8')).toBe(before);
    expect(await goldOnDisk(dir, articles)).toEqual(gold);
    await library.close();
  });

  it('undoes and redoes the copy of the agreed units as one step', async () => {
    const { dir, library, articles, setup, service } = await setUpIn(await tempDir());
    const first = await service.open(setup);
    expect(first.agreedCopiedNow).toBe(3);
    await service.decide({ ...setup, key: first.items[0]?.key ?? '', decision: { choice: 'mine' } });
    const undone = await service.setAgreedCopy({ ...setup, copy: false });
    expect(undone.copyAgreed).toBe(false);
    expect(await goldOnDisk(dir, articles)).toEqual(['خليل الحية:actor.person']);
    // Opening again copies nothing until the copy is redone; the decision stays.
    const reopened = await service.open(setup);
    expect(reopened.agreedCopiedNow).toBe(0);
    expect(reopened.items[0]?.decision?.choice).toBe('mine');
    expect(await goldOnDisk(dir, articles)).toHaveLength(1);
    const redone = await service.setAgreedCopy({ ...setup, copy: true });
    expect(redone).toMatchObject({ copyAgreed: true, agreedCopiedNow: 3 });
    expect(await goldOnDisk(dir, articles)).toHaveLength(4);
    await library.close();
  });
});
