/**
 * @vitest-environment node
 * Undoing the removal of a decision whose unit is gone (gone-decisions.ts), on
 * a real library in a temp folder: every disagreement is decided, Omar's layer
 * is re-imported from a newer export in which he retagged «تبادل الأسرى» and
 * dropped «وزير الخارجية» (their units are gone). Taking such a decision back
 * and undoing it through the window's own undo step (decisionCommand) puts the
 * record and its gold back as they were (it used to fail with "not found"); redo
 * takes it back again; a put-back with nothing kept is refused and writes nothing.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { writeExport } from '../../../../../electron/services/export/export-service';
import { decisionCommand } from '../../../../../shared/adjudication/decision-command';
import type { AdjudicationState, DecideRequest } from '../../../../../shared/adjudication/adjudication-types';
import type { HamishExport } from '../../../../../shared/export-format';
import { ok } from '../../../../../shared/result';
import { CODER_B, newerLayerOfB } from '../../../adjudication-fixture';
import { failureCode, storedAnnotations, useTempDirs } from '../../../helpers';
import { decideAll, goldOnDisk, setUpIn } from './adjudication-setup';

const tempDir = useTempDirs();
type Fixture = Awaited<ReturnType<typeof setUpIn>>;

/** Decides the five disagreements (mine, theirs, neither, both, edit), then re-imports Omar's newer layer. */
async function goneUnits(fixture: Fixture): Promise<AdjudicationState> {
  const { service, setup, library } = fixture;
  await decideAll(fixture);
  const out = join(await tempDir(), 'omar.hamish.json');
  await writeExport(library, { format: 'json', coders: [CODER_B] }, out, 'test');
  const file = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
  await importAnnotations(library, JSON.stringify(newerLayerOfB(file)), 'keep-both', { layer: {} });
  return service.open(setup);
}

const goneItem = (state: AdjudicationState, quote: string) => {
  const item = state.items.find((i) => (i.a?.quote ?? i.b?.quote) === quote && i.review === 'gone');
  if (!item) throw new Error(`no gone unit of ${quote}`);
  return item;
};

/** The gold annotations of every article, as stored (every field), sorted by id. */
async function goldStored({ dir, articles }: Fixture) {
  const all = [];
  for (const article of articles)
    all.push(...(await storedAnnotations(dir, article.id)).filter((a) => a['author'] === 'gold'));
  return all.sort((x, y) => x.id.localeCompare(y.id));
}

describe('a decision whose unit is gone', () => {
  it('is put back as it was by undoing its removal, and removed again by redo', async () => {
    const fixture = await setUpIn(await tempDir());
    const { service, setup, dir, articles, library } = fixture;
    const state = await goneUnits(fixture);
    for (const [quote, choice] of [
      ['تبادل الأسرى', 'edit'],
      ['وزير الخارجية', 'agreed'],
    ] as const) {
      const item = goneItem(state, quote);
      expect(item.decision?.choice).toBe(choice);
      const goldBefore = await goldStored(fixture);
      expect((await goldOnDisk(dir, articles)).filter((g) => g.startsWith(quote))).not.toEqual([]);
      const request: DecideRequest = { ...setup, key: item.key, decision: null };
      const result = await service.decide(request);
      expect(result).toMatchObject({ record: null, restorable: true });
      expect((await goldOnDisk(dir, articles)).filter((g) => g.startsWith(quote))).toEqual([]);

      // The window's undo step, over the real service.
      const api = { decideAdjudication: async (r: DecideRequest) => ok(await service.decide(r)) };
      const step = decisionCommand(api, item.articleId, request, result.previous, result.restorable);
      const undone = await step.undo();
      expect(undone.ok).toBe(true);
      expect(await goldStored(fixture)).toEqual(goldBefore);
      const reopened = await service.open(setup);
      expect(goneItem(reopened, quote).decision).toEqual(item.decision);
      expect(reopened.staleGold).toBe(state.staleGold);

      // Redo takes it back again; a second undo puts it back again.
      expect((await step.redo()).ok).toBe(true);
      expect((await goldOnDisk(dir, articles)).filter((g) => g.startsWith(quote))).toEqual([]);
      expect((await step.undo()).ok).toBe(true);
      expect(await goldStored(fixture)).toEqual(goldBefore);
    }
    // Nothing kept once everything is put back.
    const file = JSON.parse(await readFile(join(dir, 'adjudication.json'), 'utf8')) as {
      sessions: { takenBack?: unknown }[];
    };
    expect(file.sessions[0]?.takenBack).toBeUndefined();
    await library.close();
  });

  it('refuses a put-back with nothing kept, or of a unit still there, writing nothing', async () => {
    const fixture = await setUpIn(await tempDir());
    const { service, setup, dir, articles, library } = fixture;
    const state = await goneUnits(fixture);
    const gone = goneItem(state, 'تبادل الأسرى');
    const here = state.items.find((i) => i.review === null && i.decision);
    const before = await readFile(join(dir, 'adjudication.json'), 'utf8');
    const gold = await goldOnDisk(dir, articles);
    // The gone unit still holds its decision: nothing was taken back.
    const restore = (key: string) => service.decide({ ...setup, key, decision: null, restore: true });
    expect(await failureCode(restore(gone.key))).toBe('not-found');
    expect(await failureCode(restore(here?.key ?? ''))).toBe('invalid-argument');
    expect(await readFile(join(dir, 'adjudication.json'), 'utf8')).toBe(before);
    expect(await goldOnDisk(dir, articles)).toEqual(gold);
    await library.close();
  });
});
