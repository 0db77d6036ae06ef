/**
 * Adjudication on a real library in a temp folder (real lowdb files, real
 * Arabic articles): agreed units are copied into gold once, each decision
 * replaces its unit's gold annotations on disk and is kept in
 * adjudication.json, progress survives reopening the library, taking a
 * decision back (undo) removes what it wrote, and a damaged decisions file
 * is quarantined at start-up and reported.
 */

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdjudicationService } from '../../../../../electron/services/adjudication/adjudication-service';
import { Library } from '../../../../../electron/services/library/library';
import { CODER_A, CODER_B, spanOf } from '../../../adjudication-fixture';
import { failureCode, storedAnnotations, useTempDirs } from '../../../helpers';
import { goldOnDisk, setUpIn } from './adjudication-setup';

const tempDir = useTempDirs();
const setUp = async () => setUpIn(await tempDir());

describe('AdjudicationService', () => {
  it('copies agreed units into gold once and lists the five disagreements', async () => {
    const { dir, library, articles, setup, service } = await setUp();
    const state = await service.open(setup);
    expect(state.agreed).toBe(3);
    expect(state.agreedCopiedNow).toBe(3);
    expect(state.items).toHaveLength(5);
    expect(state.items.map((i) => [i.a?.quote ?? null, i.b?.quote ?? null])).toEqual([
      ['خليل الحية', 'خليل الحية'],
      ['حركة حماس', 'حماس'],
      ['وقف إطلاق النار', null],
      [null, 'اتفاق سلام دائم'],
      ['تبادل الأسرى', 'تبادل الأسرى'],
    ]);
    const first = state.items[0];
    expect(first?.context.text).toContain('خليل الحية');
    expect(await goldOnDisk(dir, articles)).toEqual(
      [
        'ستيف ويتكوف:actor.person',
        'وزير الخارجية:actor.person',
        'إدخال المساعدات الإنسانية:demand.aid',
      ].sort(),
    );
    const again = await service.open(setup);
    expect(again.agreedCopiedNow).toBe(0);
    expect(await goldOnDisk(dir, articles)).toHaveLength(3);
    await library.close();
  });

  it('writes each decision into gold, replaces it on a second decision, and undoes it', async () => {
    const { dir, library, articles, setup, service } = await setUp();
    const { items } = await service.open(setup);
    const [tag, boundary, aOnly, bOnly, other] = items;
    if (!tag || !boundary || !aOnly || !bOnly || !other) throw new Error('five items expected');
    const decide = (key: string, decision: Parameters<AdjudicationService['decide']>[0]['decision']) =>
      service.decide({ coderA: CODER_A, coderB: CODER_B, gold: 'gold', key, decision });
    await decide(tag.key, { choice: 'mine' });
    await decide(boundary.key, { choice: 'theirs' });
    await decide(aOnly.key, { choice: 'neither' });
    await decide(bOnly.key, { choice: 'both' });
    const b = other.b;
    if (!b) throw new Error('coder B coded it');
    await decide(other.key, {
      choice: 'edit',
      span: { start: b.start, end: b.end, tag: 'demand.prisoners' },
    });
    const expected = [
      'ستيف ويتكوف:actor.person',
      'وزير الخارجية:actor.person',
      'إدخال المساعدات الإنسانية:demand.aid',
      'خليل الحية:actor.person',
      'حماس:actor.armed-group',
      'اتفاق سلام دائم:demand.other',
      'تبادل الأسرى:demand.prisoners',
    ].sort();
    expect(await goldOnDisk(dir, articles)).toEqual(expected);
    // A second decision replaces the first one's gold annotation.
    const changed = await decide(tag.key, { choice: 'theirs' });
    expect(changed.previous).toEqual({ choice: 'mine' });
    expect(await goldOnDisk(dir, articles)).toContain('خليل الحية:actor.armed-group');
    expect(await goldOnDisk(dir, articles)).not.toContain('خليل الحية:actor.person');
    // Undo sends the previous decision back; taking it back entirely removes its gold.
    await decide(tag.key, changed.previous);
    const undone = await decide(tag.key, null);
    expect(undone.previous).toEqual({ choice: 'mine' });
    expect((await goldOnDisk(dir, articles)).filter((g) => g.startsWith('خليل الحية'))).toEqual([]);
    // The coders' own layers are untouched.
    const stored = await storedAnnotations(dir, articles[0]?.id ?? '');
    expect(stored.filter((a) => a['author'] === CODER_A)).toHaveLength(4);
    expect(stored.filter((a) => a['author'] === CODER_B)).toHaveLength(4);
    await library.close();
  });

  it('keeps progress across a restart of the library', async () => {
    const { dir, library, setup, service } = await setUp();
    const { items } = await service.open(setup);
    await service.decide({ ...setup, key: items[1]?.key ?? '', decision: { choice: 'theirs' } });
    await service.decide({ ...setup, key: items[2]?.key ?? '', decision: { choice: 'neither' } });
    await library.close();
    const file = JSON.parse(await readFile(join(dir, 'adjudication.json'), 'utf8')) as {
      sessions: { decisions: Record<string, { choice: string }> }[];
    };
    expect(
      Object.values(file.sessions[0]?.decisions ?? {})
        .map((d) => d.choice)
        .sort(),
    ).toEqual(['agreed', 'agreed', 'agreed', 'neither', 'theirs']);
    const reopened = await Library.open(dir, { dailyBackup: false });
    const state = await new AdjudicationService(reopened, { coder: () => 'me' }).open(setup);
    expect(state.agreedCopiedNow).toBe(0);
    expect(state.items.map((i) => i.decision?.choice ?? null)).toEqual([
      null,
      'theirs',
      'neither',
      null,
      null,
    ]);
    await reopened.close();
  });

  it('keeps its decisions in the daily backup, and a restore brings back the backup’s', async () => {
    const { library, setup, service } = await setUp();
    const { items } = await service.open(setup);
    await service.decide({ ...setup, key: items[1]?.key ?? '', decision: { choice: 'theirs' } });
    const backup = await library.backupIfDue();
    expect(backup).not.toBeNull();
    await service.decide({ ...setup, key: items[2]?.key ?? '', decision: { choice: 'neither' } });
    await library.restoreBackup(backup?.name ?? '');
    const state = await service.open(setup);
    expect(state.items.map((i) => i.decision?.choice ?? null)).toEqual([null, 'theirs', null, null, null]);
  });

  it('refuses an unknown unit, an agreed unit and an unknown adjudication, changing nothing', async () => {
    const { dir, library, articles, setup, service } = await setUp();
    expect(await failureCode(service.decide({ ...setup, key: 'x|y|z', decision: { choice: 'mine' } }))).toBe(
      'not-found',
    );
    await service.open(setup);
    const before = await readFile(join(dir, 'adjudication.json'), 'utf8');
    const id = articles[0]?.id ?? '';
    expect(
      await failureCode(service.decide({ ...setup, key: `${id}|0-1-actor|_`, decision: { choice: 'mine' } })),
    ).toBe('not-found');
    const agreed = spanOf(articles[0]?.text ?? '', { phrase: 'ستيف ويتكوف' });
    const sig = `${agreed.start}-${agreed.end}-actor.person`;
    expect(
      await failureCode(
        service.decide({ ...setup, key: `${id}|${sig}|${sig}`, decision: { choice: 'neither' } }),
      ),
    ).toBe('invalid-argument');
    expect(await readFile(join(dir, 'adjudication.json'), 'utf8')).toBe(before);
    await library.close();
  });

  it('quarantines a damaged decisions file at start-up and starts over', async () => {
    const { dir, library, setup, service } = await setUp();
    await service.open(setup);
    await library.close();
    await writeFile(join(dir, 'adjudication.json'), '{"version":1,"sessions":[{"coderA":');
    const reopened = await Library.open(dir, { dailyBackup: false });
    const report = reopened.startupReport();
    expect(report.quarantined.map((q) => q.kind)).toContain('adjudication');
    expect((await readdir(join(dir, 'quarantine'))).some((f) => f.endsWith('adjudication.json'))).toBe(true);
    const state = await new AdjudicationService(reopened, { coder: () => 'me' }).open(setup);
    // Gold already has the agreed units: nothing is written twice.
    expect(state.items).toHaveLength(5);
    await reopened.close();
  });
});
