/**
 * The adjudication crash test (issue 20 review): a real adjudicator process
 * (tests/unit/crash/adjudicator.ts, bundled with Vite for plain Node) decides
 * disagreements of two coders' real Arabic articles and is killed with
 * SIGKILL at random moments, HAMISH_ADJUDICATION_KILLS times (default 30),
 * most of them between a decision's writes (its pending record, the gold
 * deleted, the gold written, the record done). After every kill the library
 * and the adjudication are opened again, which reconciles what was pending;
 * then no gold annotation may be left that no decision names, every gold id
 * a decision names must be on disk, nothing may stay pending, and every
 * acknowledged decision must hold (but the one in flight).
 */

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdjudicationService } from '../../../electron/services/adjudication/adjudication-service';
import { Library } from '../../../electron/services/library/library';
import type { AdjudicationFile, AdjudicationSetup } from '../../../shared/adjudication/adjudication-types';
import { CODER_A, CODER_B, writeTwoCoders } from '../adjudication-fixture';
import { useBundles } from '../node-bundle';

const KILLS = Number(process.env['HAMISH_ADJUDICATION_KILLS'] ?? 30);
const SEED = Number(process.env['HAMISH_CRASH_SEED'] ?? Date.now() % 2 ** 31);

interface Op {
  key: string;
  choice: string | null;
}

const built = useBundles(
  'hamish-adjudication-crash-',
  { adjudicator: 'tests/unit/crash/adjudicator.ts' },
  60_000,
);

/** Runs the adjudicator until it is SIGKILLed `delayMs` after it is ready. */
function runAndKill(dir: string, setup: AdjudicationSetup, seed: number, delayMs: number) {
  return new Promise<{ acks: Op[]; inFlight: Op | null }>((done, failed) => {
    const child = spawn(process.execPath, [built.bin.adjudicator, dir, JSON.stringify(setup), String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', failed);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        failed(new Error(`adjudicator exited by itself (${String(signal)}): ${stderr}`));
        return;
      }
      const lines = out.split('\n');
      lines.pop(); // a partial last line was never a complete ack
      const acks: Op[] = [];
      let inFlight: Op | null = null;
      for (const line of lines) {
        if (line.startsWith('begin ')) inFlight = JSON.parse(line.slice(6)) as Op;
        if (line.startsWith('ack ')) {
          acks.push(JSON.parse(line.slice(4)) as Op);
          inFlight = null;
        }
      }
      done({ acks, inFlight });
    });
  });
}

describe('adjudication crash safety', () => {
  it(`leaves no untracked gold across ${KILLS} SIGKILLs of an adjudicator process`, async () => {
    const dir = join(built.work, 'library');
    const seeded = await Library.open(dir, { dailyBackup: false });
    const articles = await writeTwoCoders(seeded);
    await seeded.close();
    const setup: AdjudicationSetup = {
      coderA: CODER_A,
      coderB: CODER_B,
      gold: 'gold',
      articleIds: articles.map((a) => a.id),
    };
    let seed = SEED >>> 0 || 1;
    const random = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    // The last acknowledged choice of each unit (null: taken back).
    const expected = new Map<string, string | null>();
    const figures = { kills: 0, acks: 0, inFlightAtKill: 0, adopted: 0, undone: 0 };

    for (let round = 0; round < KILLS; round++) {
      const run = await runAndKill(dir, setup, Math.floor(random() * 2 ** 31), random() * 60);
      figures.kills++;
      figures.acks += run.acks.length;
      if (run.inFlight) figures.inFlightAtKill++;
      for (const op of run.acks) expected.set(op.key, op.choice);
      const context = `round ${round}, seed ${SEED}, in flight ${JSON.stringify(run.inFlight)}`;

      const library = await Library.open(dir, { dailyBackup: false });
      const state = await new AdjudicationService(library, { coder: () => 'me' }).open(setup);
      figures.adopted += state.recovered.adopted;
      figures.undone += state.recovered.undone;
      const file = JSON.parse(await readFile(join(dir, 'adjudication.json'), 'utf8')) as AdjudicationFile;
      const decisions = file.sessions[0]?.decisions ?? {};
      const named = new Set(Object.values(decisions).flatMap((d) => d.goldIds));
      const gold: string[] = [];
      for (const article of articles)
        for (const a of await library.listAnnotations(article.id)) if (a.author === 'gold') gold.push(a.id);
      await library.close();

      expect(
        Object.values(decisions).filter((d) => d.pending),
        context,
      ).toEqual([]);
      expect(
        gold.filter((id) => !named.has(id)),
        `untracked gold, ${context}`,
      ).toEqual([]);
      expect(
        [...named].filter((id) => !gold.includes(id)),
        `missing gold, ${context}`,
      ).toEqual([]);
      for (const [key, choice] of expected) {
        if (key === run.inFlight?.key) continue;
        expect(decisions[key]?.choice ?? null, `${key}, ${context}`).toBe(choice);
      }
      // What the reconciliation left stands for the unit in flight.
      if (run.inFlight) expected.set(run.inFlight.key, decisions[run.inFlight.key]?.choice ?? null);
    }
    console.log(`adjudication crash test: seed ${SEED}, ${JSON.stringify(figures)}`);
    expect(figures.kills).toBe(KILLS);
    // The kills really interrupted decisions, and some landed between a decision's writes.
    expect(figures.acks).toBeGreaterThan(KILLS);
    expect(figures.inFlightAtKill).toBeGreaterThan(KILLS / 2);
    expect(figures.adopted + figures.undone).toBeGreaterThan(0);
  }, 300_000);
});
