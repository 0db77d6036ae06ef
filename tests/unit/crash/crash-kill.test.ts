/**
 * The crash test: a real writer process (tests/unit/crash/writer.ts, bundled
 * with Vite for plain Node) edits annotations on a temp library and is killed
 * with SIGKILL at random moments, HAMISH_CRASH_KILLS times (default 200).
 * After every kill the library is opened again and must hold every
 * acknowledged edit (plus, at most, the one edit in flight), and every file
 * must parse. The writer also lists batches of new articles (appended to
 * index.journal, folded by the index's whole writes): every acknowledged one
 * must be listed after the kill, a torn journal line dropped and reported.
 * An index.head.json that the next open would trust must be exactly the
 * first page of index.json as the kill left it, with the list digest of its live articles.
 * The figures are printed for the closing report.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAD_QUERY, readIndexHead } from '../../../electron/services/library/index-head';
import { digestOfList } from '../../../electron/services/search/list-digest';
import { Library } from '../../../electron/services/library/library';
import type { IndexFile } from '../../../electron/services/library/library-files';
import { queryArticles } from '../../../shared/library-query';
import { SAMPLE_PATH } from '../helpers';
import { useBundles } from '../node-bundle';
import { childSeed, CRASH_SEED, readAcks, runUntilKilled, seededRandom } from './kill-child';

const KILLS = Number(process.env['HAMISH_CRASH_KILLS'] ?? 200);
const SEED = CRASH_SEED;

interface Op {
  op: 'create' | 'update' | 'delete' | 'list';
  id?: string;
  /** The articles a 'list' acknowledged. */
  ids?: string[];
  start?: number;
  end?: number;
  tag?: string;
}

const built = useBundles('hamish-crash-', { writer: 'tests/unit/crash/writer.ts' }, 60_000);

/**
 * Runs the writer until it is SIGKILLed `delayMs` after its `afterBegins`-th edit began (or after
 * spawn, when `early`): the kill lands in the library's work, not in a start-up a busy machine slowed.
 */
async function runAndKill(
  dir: string,
  articleId: string,
  seed: number,
  delayMs: number,
  early: boolean,
  afterBegins: number,
) {
  const run = await runUntilKilled(built.bin.writer, [dir, articleId, String(seed)], {
    delayMs,
    fromSpawn: early,
    afterBegins: early ? undefined : afterBegins,
    name: 'writer',
  });
  return readAcks<Op>(run.lines);
}

/** Every JSON file of the library parses (quarantine and backups aside, which are not live files). */
async function assertEveryFileParses(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter(
    (e) => e.isFile() && e.name.endsWith('.json') && !/(quarantine|backups)/.test(e.parentPath),
  );
  for (const f of files) JSON.parse(await readFile(join(f.parentPath, f.name), 'utf8'));
  return files.length;
}

type State = Map<string, string>;

function apply(state: State, op: Op): void {
  if (op.op === 'create' && op.id && op.tag) state.set(op.id, op.tag);
  if (op.op === 'update' && op.id && op.tag) state.set(op.id, op.tag);
  if (op.op === 'delete' && op.id) state.delete(op.id);
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit across ${KILLS} SIGKILLs of a writer process`, async () => {
    const dir = join(built.work, 'library');
    const seeded = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const [article] = await seeded.listArticles();
    await seeded.close();
    if (!article) throw new Error('no sample article');
    const random = seededRandom(SEED);
    let state: State = new Map();
    const figures = {
      kills: 0,
      acks: 0,
      inFlightAtKill: 0,
      inFlightLanded: 0,
      tempFilesRemoved: 0,
      quarantined: 0,
      articlesListed: 0,
      indexJournalLinesDropped: 0,
      headsTrusted: 0,
    };
    const started = Date.now();

    for (let round = 0; round < KILLS; round++) {
      const early = random() < 0.1; // sometimes during start-up (the start-up check itself may be writing)
      const delay = early ? random() * 250 : random() * 40;
      // Killed 0–40 ms into its 1st, 2nd, 3rd or 4th edit: the edits before that one were acknowledged.
      const afterBegins = 1 + (round % 4);
      const run = await runAndKill(dir, article.id, childSeed(random), delay, early, afterBegins);
      figures.kills++;
      figures.acks += run.acks.length;
      if (!early) expect(run.acks.length, `round ${round}`).toBeGreaterThanOrEqual(afterBegins - 1);
      const expected: State = new Map(state);
      for (const op of run.acks) apply(expected, op);

      const files = await assertEveryFileParses(dir);
      expect(files).toBeGreaterThanOrEqual(3);
      // A head the next open would trust (index-head.ts) is exactly the first page of index.json.
      const head = await readIndexHead(join(dir, 'index.json'));
      if (head) {
        figures.headsTrusted++;
        const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as IndexFile;
        expect(head.page, `round ${round}, seed ${SEED}`).toEqual(queryArticles(index.articles, HEAD_QUERY));
        // Its list digest is that of index.json's live articles: the search index trusts it at open.
        const digest = await digestOfList(index.articles, () => Promise.resolve());
        expect(head.digest, `round ${round}, seed ${SEED}: head digest`).toEqual(digest);
      }
      const library = await Library.open(dir);
      await library.checkDone;
      const report = library.startupReport();
      figures.tempFilesRemoved += report.tempFilesRemoved;
      figures.quarantined += report.quarantined.length;
      expect(report.quarantined, `round ${round}, seed ${SEED}`).toEqual([]);
      figures.indexJournalLinesDropped += report.indexJournalLinesDropped ?? 0;
      // Every article a batch listing acknowledged is listed (its journal line replayed or folded).
      const listedIds = run.acks.flatMap((op) => op.ids ?? []);
      figures.articlesListed += listedIds.length;
      expect(
        listedIds.filter((id) => !library.getMeta(id)),
        `round ${round}, seed ${SEED}`,
      ).toEqual([]);
      const onDisk: State = new Map((await library.listAnnotations(article.id)).map((a) => [a.id, a.tag]));
      const counted = (await library.listArticles()).find((m) => m.id === article.id)?.annotationCount;
      await library.close();
      expect(counted).toBe(onDisk.size);

      // Exactly the acknowledged state, or that state with the one edit in flight applied.
      const context = `round ${round}, seed ${SEED}, in flight ${JSON.stringify(run.inFlight)}`;
      if (run.inFlight?.op === 'list') run.inFlight = null; // a listing changes no annotation
      if (run.inFlight) figures.inFlightAtKill++;
      const same = (a: State, b: State) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
      if (!same(onDisk, expected)) {
        const landed = new Map(expected);
        const op = run.inFlight;
        expect(op, context).not.toBeNull();
        if (op?.op === 'create') {
          const extra = [...onDisk.keys()].filter((id) => !expected.has(id));
          expect(extra, context).toHaveLength(1);
          apply(landed, { ...op, id: extra[0] ?? '' });
        } else if (op) {
          apply(landed, op);
        }
        expect(same(onDisk, landed), context).toBe(true);
        figures.inFlightLanded++;
      }
      state = onDisk;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`crash test: seed ${SEED}, ${JSON.stringify(figures)}, ${seconds} s`);
    expect(figures.kills).toBe(KILLS);
    // The kills really interrupted work: edits were acknowledged, and some kills hit an edit in flight.
    // Not a speed figure: each late kill waits for its writer's 1st–4th edit to begin, so the 9 in 10
    // rounds that are not killed in start-up acknowledge 1.5 edits each at the least, on any machine.
    expect(figures.acks).toBeGreaterThan(KILLS);
    expect(figures.inFlightAtKill).toBeGreaterThan(KILLS / 4);
    expect(figures.articlesListed).toBeGreaterThan(0);
    expect(figures.headsTrusted).toBeGreaterThan(0);
    // A hang guard, not a speed target: each restarted writer now takes the library lock over
    // from the killed one (up to 300 ms, library-lock.ts) and runs into its 1st-4th edit: 200 kills
    // took 411 s at load 20 here, and the guard leaves room for more.
  }, 900_000);
});
