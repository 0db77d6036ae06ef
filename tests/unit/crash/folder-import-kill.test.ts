/**
 * The batch-import crash test (issue 17): a real importer process
 * (folder-importer.ts, bundled with Vite for plain Node) imports a folder of
 * Arabic articles into a fresh library and is SIGKILLed at a random moment,
 * HAMISH_BATCH_KILLS times (default 8): a few ms after its n-th article was
 * handed to the batch, n spread over the folder, so every kill lands in the
 * import's own work however fast or loaded the machine (kills timed from
 * "ready" landed before the first article at load 13, after the last on a
 * fast machine). After every kill the library is
 * opened again: every article the importer acknowledged (listed in an index
 * on disk) is listed; every listed article reads back with the text its hash
 * names (none half-listed); every article file the index does not list (a
 * kill mid-chunk) is reported by the start-up check as unknown and can be
 * adopted. Chunks are listed by appending to index.journal: a kill mid-append
 * leaves a torn line, which the open drops and reports (never fatal), and
 * the open folds the journal into index.json. Every other kill hits an
 * import whose files are screened in the search workers, runs ahead of the
 * chunk being written, with a listing running while the next chunk is
 * written (the app's and the CLI's path). The figures are printed.
 */

import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticleText, SEED } from '../../../bench/corpus';
import { Library } from '../../../electron/services/library/library';
import { sha256Hex } from '../../../electron/services/library/library-records';
import { useTempDirs } from '../helpers';
import { useBundles } from '../node-bundle';
import { runUntilKilled } from './kill-child';

const KILLS = Number(process.env['HAMISH_BATCH_KILLS'] ?? 8);
const FILES = 600;
const built = useBundles('hamish-batch-crash-', { importer: 'tests/unit/crash/folder-importer.ts' }, 90_000);
const tempDir = useTempDirs();

/**
 * Runs the importer on `dir` until it is SIGKILLed `delayMs` after it began its
 * `afterBegins`-th article; resolves to the ids it acknowledged.
 */
async function runAndKill(
  dir: string,
  folder: string,
  kill: { afterBegins: number; delayMs: number },
  finder: 'memory' | 'workers',
) {
  const run = await runUntilKilled(built.bin.importer, [dir, folder, finder], {
    ...kill,
    mayFinish: true,
    name: 'importer',
  });
  const acks = run.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
  const begun = run.lines.filter((l) => l.startsWith('begin ')).length;
  return { acks, begun, finished: run.lines.some((l) => l.startsWith('done ')) };
}

describe('crash safety of batched imports', () => {
  it(`no article half-listed, none acknowledged lost, across ${KILLS} SIGKILLs of a folder import`, async () => {
    const folder = join(await tempDir(), 'folder');
    await mkdir(folder);
    for (let i = 0; i < FILES; i++)
      await writeFile(
        join(folder, `خبر-${String(i).padStart(4, '0')}.txt`),
        generateArticleText(150, SEED + 90_000 + i),
      );
    const figures = {
      kills: 0,
      acknowledged: 0,
      listed: 0,
      unlistedFiles: 0,
      killsMidChunk: 0,
      killsThroughWorkers: 0,
      adopted: 0,
      journalLinesDropped: 0,
    };
    for (let k = 0; k < KILLS; k++) {
      const dir = join(await tempDir(), `lib-${k}`);
      // Spread over the import (articles 20 to 559 of 600): early kills land in the first chunk,
      // later ones after some commits, while the next chunk's files are written.
      const finder = k % 2 === 0 ? 'memory' : 'workers';
      const kill = { afterBegins: 20 + ((k * 157) % 540), delayMs: (k * 7) % 20 };
      const { acks, begun, finished } = await runAndKill(dir, folder, kill, finder);
      // The kill came after the n-th article was handed to the batch, never before.
      expect(begun).toBeGreaterThanOrEqual(kill.afterBegins);
      if (!finished) figures.kills++;
      if (!finished && finder === 'workers') figures.killsThroughWorkers++;
      const library = await Library.open(dir, { dailyBackup: false });
      try {
        await library.checkDone;
        const listed = await library.listArticles();
        const ids = new Set(listed.map((m) => m.id));
        // Every acknowledged article is listed.
        expect(acks.filter((id) => !ids.has(id))).toEqual([]);
        // Every listed article reads back whole: its text hashes to what the index says.
        for (const meta of listed)
          expect(sha256Hex((await library.getArticle(meta.id)).text)).toBe(meta.textSha256);
        // Every article file the index does not list is reported as unknown, and can be adopted.
        const files = (await readdir(library.paths.articlesDir)).filter((n) => n.endsWith('.json'));
        const unlisted = files.map((n) => n.slice(0, -5)).filter((id) => !ids.has(id));
        const reported = (library.startupReport().unknownFiles ?? []).flatMap((f) =>
          f.kind === 'article' ? [f.articleId] : [],
        );
        expect(reported.sort()).toEqual(unlisted.sort());
        // The journal was folded into index.json at open (a torn line dropped and counted, never fatal).
        await expect(access(join(dir, 'index.journal'))).rejects.toMatchObject({ code: 'ENOENT' });
        figures.journalLinesDropped += library.startupReport().indexJournalLinesDropped ?? 0;
        if (unlisted[0]) {
          figures.killsMidChunk++;
          await library.adoptArticle(unlisted[0]);
          figures.adopted++;
        }
        figures.acknowledged += acks.length;
        figures.listed += listed.length;
        figures.unlistedFiles += unlisted.length;
      } finally {
        await library.close();
      }
    }
    console.log(`batched import crash test: ${JSON.stringify(figures)}`);
    // The kills really interrupted imports mid-chunk, with files written and not yet listed.
    expect(figures.killsMidChunk).toBeGreaterThan(0);
    expect(figures.killsThroughWorkers).toBeGreaterThan(0);
  }, 900_000);
});
