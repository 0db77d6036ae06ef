/**
 * Reconciling decisions a crash interrupted (pending-reconcile.ts), on a real
 * library whose adjudication.json is left as a kill between a decision's
 * writes leaves it: one decision pending whose gold was written (adopted),
 * one pending whose gold was not, the gold it replaced still there (taken
 * back, that gold removed). The real-process version is
 * tests/unit/crash/adjudication-kill.test.ts.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdjudicationService } from '../../../../../electron/services/adjudication/adjudication-service';
import { Library } from '../../../../../electron/services/library/library';
import type { AdjudicationFile } from '../../../../../shared/adjudication/adjudication-types';
import { useTempDirs } from '../../../helpers';
import { goldOnDisk, setUpIn } from './adjudication-setup';

const tempDir = useTempDirs();

describe('pending decisions after a crash', () => {
  it('adopts a decision whose gold is on disk and takes back one whose gold is not', async () => {
    const { dir, library, articles, setup, service } = await setUpIn(await tempDir());
    const { items } = await service.open(setup);
    const [first, second] = items;
    if (!first || !second) throw new Error('two disagreements expected');
    const mine = await service.decide({ ...setup, key: first.key, decision: { choice: 'mine' } });
    const theirs = await service.decide({ ...setup, key: second.key, decision: { choice: 'theirs' } });
    await library.close();

    const path = join(dir, 'adjudication.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as AdjudicationFile;
    const decisions = file.sessions[0]?.decisions ?? {};
    const kept = decisions[first.key];
    const lost = decisions[second.key];
    if (!kept || !lost) throw new Error('both decisions recorded');
    // Killed after the gold write, before "done".
    decisions[first.key] = { ...kept, pending: true };
    // Killed after the pending record, before its gold was written (the replaced gold still there).
    decisions[second.key] = {
      ...lost,
      choice: 'both',
      goldIds: ['0f0f0f0f-0000-4000-8000-000000000000'],
      replaces: lost.goldIds,
      pending: true,
    };
    await writeFile(path, JSON.stringify(file));

    const reopened = await Library.open(dir, { dailyBackup: false });
    const state = await new AdjudicationService(reopened, { coder: () => 'me' }).open(setup);
    expect(state.recovered).toEqual({ adopted: 1, undone: 1 });
    expect(state.items[0]?.decision).toMatchObject({ choice: 'mine', goldIds: mine.record?.goldIds });
    expect(state.items[1]?.decision).toBeNull();
    const after = JSON.parse(await readFile(path, 'utf8')) as AdjudicationFile;
    expect(Object.values(after.sessions[0]?.decisions ?? {}).filter((d) => d.pending)).toEqual([]);
    const gold = await goldOnDisk(dir, articles);
    expect(gold).toContain('خليل الحية:actor.person');
    expect(gold).not.toContain('حماس:actor.armed-group');
    expect(theirs.record?.goldIds).toHaveLength(1);
    // Opening again finds nothing more to recover.
    const again = await new AdjudicationService(reopened, { coder: () => 'me' }).open(setup);
    expect(again.recovered).toEqual({ adopted: 0, undone: 0 });
    await reopened.close();
  });
});
