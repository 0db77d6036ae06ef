/**
 * The adjudication service tests' shared set-up: a real library in a temp
 * folder holding two coders' work on two real Arabic articles
 * (tests/unit/adjudication-fixture.ts), its service (local coder "me"), and
 * the gold layer read back from the files without the library's code.
 */

import { Library } from '../../../../../electron/services/library/library';
import { AdjudicationService } from '../../../../../electron/services/adjudication/adjudication-service';
import type { AdjudicationSetup } from '../../../../../shared/adjudication/adjudication-types';
import { CODER_A, CODER_B, writeTwoCoders } from '../../../adjudication-fixture';
import { storedAnnotations } from '../../../helpers';

/** Opens a library in `dir` with both coders' work; returns it, its articles, the setup and the service. */
export async function setUpIn(dir: string) {
  const library = await Library.open(dir, { dailyBackup: false });
  const articles = await writeTwoCoders(library);
  const setup: AdjudicationSetup = {
    coderA: CODER_A,
    coderB: CODER_B,
    gold: 'gold',
    articleIds: articles.map((a) => a.id),
  };
  return { dir, library, articles, setup, service: new AdjudicationService(library, { coder: () => 'me' }) };
}

/** The gold annotations on disk, as "quote:tag", read without the library's code. */
export async function goldOnDisk(dir: string, articles: { id: string; text: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const article of articles) {
    for (const a of await storedAnnotations(dir, article.id))
      if (a['author'] === 'gold') out.push(`${[...article.text].slice(a.start, a.end).join('')}:${a.tag}`);
  }
  return out.sort();
}

/** Decides the five disagreements: mine, theirs, neither, both, edit (A's span, demand.ceasefire). */
export async function decideAll({ service, setup }: Awaited<ReturnType<typeof setUpIn>>): Promise<void> {
  const { items } = await service.open(setup);
  const choices = ['mine', 'theirs', 'neither', 'both'] as const;
  for (const [i, choice] of choices.entries())
    await service.decide({ ...setup, key: items[i]?.key ?? '', decision: { choice } });
  const other = items[4];
  if (!other?.a) throw new Error('five disagreements expected');
  const span = { start: other.a.start, end: other.a.end, tag: 'demand.ceasefire' };
  await service.decide({ ...setup, key: other.key, decision: { choice: 'edit', span } });
}
