/**
 * The adjudicator process of the adjudication crash test: opens the real
 * Library on the folder argv[2] and the adjudication argv[3] (its setup as
 * JSON), then decides its disagreements forever, at random (mine, theirs,
 * both, neither, or taken back), one at a time. Before each decision it
 * prints "begin <json>", after it has resolved (gold and record on disk)
 * "ack <json>". The parent kills it with SIGKILL at random moments, most of
 * them inside a decision, between its writes.
 */

import { writeSync } from 'node:fs';
import { AdjudicationService } from '../../../electron/services/adjudication/adjudication-service';
import { Library } from '../../../electron/services/library/library';
import type { AdjudicationSetup, Decision } from '../../../shared/adjudication/adjudication-types';
import { seededRandom } from './kill-child';

const [dir, setupArg, seedArg] = process.argv.slice(2);
if (!dir || !setupArg) throw new Error('usage: adjudicator <libraryDir> <setup json> <seed>');
const setup = JSON.parse(setupArg) as AdjudicationSetup;

/** The parent passes a seed so a failing run can be replayed. */
const random = seededRandom(Number(seedArg ?? 1));
const say = (line: string) => writeSync(1, `${line}\n`);

const library = await Library.open(dir, { indexDebounceMs: 3, journalLimit: 6, dailyBackup: false });
const service = new AdjudicationService(library, { coder: () => 'me' });
const { items } = await service.open(setup);
say('ready');

const CHOICES = ['mine', 'theirs', 'both', 'neither', null] as const;
for (;;) {
  const item = items[Math.floor(random() * items.length)];
  const choice = CHOICES[Math.floor(random() * CHOICES.length)] ?? null;
  if (!item) throw new Error('no disagreement to decide');
  const decision: Decision | null = choice ? { choice } : null;
  const op = { key: item.key, choice };
  say(`begin ${JSON.stringify(op)}`);
  await service.decide({
    coderA: setup.coderA,
    coderB: setup.coderB,
    gold: setup.gold,
    key: item.key,
    decision,
  });
  say(`ack ${JSON.stringify(op)}`);
}
