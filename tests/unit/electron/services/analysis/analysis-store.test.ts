/**
 * The analysis aggregate's file (analysis-store.ts): a second start loads
 * the rows from it and reads no annotations file; an article changed while
 * no aggregate listened (its stamp differs) is read again; a file that is
 * garbage, whose pages are damaged, of an older version, or left "open" by
 * a writer that did not close it is never trusted: every article is read
 * again, and in each case the numbers equal a recomputation from the files.
 * A read-only library (the CLI) uses a clean file and writes nothing.
 */

import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AnalysisAggregate } from '../../../../../electron/services/analysis/analysis-aggregate';
import { AGGREGATE_FILE } from '../../../../../electron/services/analysis/analysis-store';
import { Library } from '../../../../../electron/services/library/library';
import { useTempDirs } from '../../../helpers';
import { knownLibrary } from './analysis-library';

const tempDir = useTempDirs();

/** Every live article's rows as sorted JSON lines. */
async function snapshot(aggregate: AnalysisAggregate, library: Library): Promise<string[]> {
  const lines: string[] = [];
  for (const [id, list] of await aggregate.current())
    if (library.getMeta(id)) lines.push(...list.map((r) => JSON.stringify(r)));
  return lines.sort();
}

/** The library at `dir` opened again, its aggregate from the file, counting the annotation files it reads. */
async function reopen(dir: string, readOnly = false) {
  const library = await Library.open(dir, {
    dailyBackup: false,
    ...(readOnly ? { access: 'read-only' as const } : {}),
  });
  await library.checkDone;
  const reads: string[] = [];
  const peek = library.peekCoding;
  Object.defineProperty(library, 'peekCoding', {
    value: (id: string) => {
      reads.push(id);
      return peek(id);
    },
  });
  const aggregate = new AnalysisAggregate(library);
  const rows = await snapshot(aggregate, library);
  const read = [...reads];
  const fromFiles = new AnalysisAggregate(library, { persist: false });
  const expected = await snapshot(fromFiles, library);
  fromFiles.detach();
  return { library, aggregate, rows, expected, reads: read };
}

/** A library with known annotations, built, its aggregate written and closed cleanly. */
async function builtLibrary() {
  const known = await knownLibrary(await tempDir());
  await known.services.analysis.aggregate.current();
  const dir = known.library.paths.dir;
  const articles = known.library.allMeta().length;
  await known.library.close();
  return { dir, articles, known };
}

describe('the analysis aggregate file', () => {
  it('is loaded at the next start instead of the annotation files, with the same rows', async () => {
    const { dir } = await builtLibrary();
    const { library, aggregate, rows, expected, reads } = await reopen(dir);
    expect(aggregate.lastBuild).toEqual({ fresh: null, articlesRead: 0 });
    expect(reads).toEqual([]);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows).toEqual(expected);
    await library.close();
  });

  it('reads again only an article whose annotations changed while no aggregate followed', async () => {
    const { dir, known } = await builtLibrary();
    const articleId = known.placed[0]?.articleId as string;
    const plain = await Library.open(dir, { dailyBackup: false });
    await plain.updateAnnotations(articleId, (list) => list.map((a) => ({ ...a, tag: 'event.attack' })));
    await plain.close();
    const { library, aggregate, rows, expected, reads } = await reopen(dir);
    expect(aggregate.lastBuild).toEqual({ fresh: null, articlesRead: 1 });
    expect(reads).toEqual([articleId]);
    expect(rows.filter((r) => r.includes('"tag":"event.attack"')).length).toBeGreaterThan(5);
    expect(rows).toEqual(expected);
    await library.close();
  });

  it('keeps an edit folded in before the close, and reads the article again when it was never folded', async () => {
    const { dir, known } = await builtLibrary();
    const [first, second] = [...new Set(known.placed.map((p) => p.articleId))];
    const library = await Library.open(dir, { dailyBackup: false });
    const aggregate = new AnalysisAggregate(library);
    await aggregate.current();
    await library.updateAnnotations(first as string, (list) => list.slice(1));
    await aggregate.current(); // folded in and written
    await library.updateAnnotations(second as string, (list) => list.slice(1)); // never folded
    await library.close();
    const again = await reopen(dir);
    expect(again.reads).toEqual([second]);
    expect(again.rows).toEqual(again.expected);
    await again.library.close();
  });

  it('keeps claims: the claim rows after a start from the file equal those rebuilt from the files', async () => {
    const known = await knownLibrary(await tempDir());
    const claimant = known.placed.find((p) => p.tag.startsWith('actor'));
    const demand = known.placed.find(
      (p) => p.articleId === claimant?.articleId && p.tag.startsWith('demand'),
    );
    if (!claimant || !demand) throw new Error('the known library has an actor and a demand in one article');
    await known.library.createClaim({
      articleId: claimant.articleId,
      frame: 'claim',
      members: [
        { role: 'claimant', annotationId: claimant.id },
        { role: 'demand', annotationId: demand.id },
      ],
    });
    await known.services.analysis.aggregate.current();
    const dir = known.library.paths.dir;
    await known.library.close();
    const library = await Library.open(dir, { dailyBackup: false });
    const stored = new AnalysisAggregate(library);
    const fromFiles = new AnalysisAggregate(library, { persist: false });
    const claims = async (a: AnalysisAggregate) =>
      [...(await a.currentWithClaims()).claims.values()].flat().map((c) => JSON.stringify(c));
    const got = await claims(stored);
    expect(stored.lastBuild).toEqual({ fresh: null, articlesRead: 0 });
    expect(got).toHaveLength(1);
    expect(got).toEqual(await claims(fromFiles));
    fromFiles.detach();
    await library.close();
  });

  const spoilers: [string, (path: string) => Promise<void> | void][] = [
    ['garbage', (path) => writeFile(path, 'ليست قاعدة بيانات '.repeat(400))],
    [
      'damaged pages',
      async (path) => {
        const bytes = await readFile(path);
        for (let i = 4096; i < bytes.length; i += 97) bytes[i] = (bytes[i] as number) ^ 0x5a;
        await writeFile(path, bytes);
      },
    ],
    [
      'an older version',
      (path) => {
        const db = new Database(path);
        db.pragma('user_version = 0');
        db.close();
      },
    ],
    [
      'left open by a writer that died',
      (path) => {
        const db = new Database(path);
        db.prepare("UPDATE state SET value = 'open' WHERE key = 'state'").run();
        db.close();
      },
    ],
  ];
  for (const [name, spoil] of spoilers) {
    it(`is never trusted when it is ${name}: every article is read again`, async () => {
      const { dir, articles } = await builtLibrary();
      await spoil(join(dir, AGGREGATE_FILE));
      const { library, aggregate, rows, expected, reads } = await reopen(dir);
      expect(aggregate.lastBuild?.articlesRead).toBe(articles);
      expect(new Set(reads).size).toBe(articles);
      expect(rows.length).toBeGreaterThan(20);
      expect(rows).toEqual(expected);
      await library.close();
      // Rebuilt: the start after that trusts it again.
      const next = await reopen(dir);
      expect(next.aggregate.lastBuild).toEqual({ fresh: null, articlesRead: 0 });
      await next.library.close();
    });
  }

  it('serves a read-only library from a clean file without writing it, and not from one a writer holds', async () => {
    const { dir } = await builtLibrary();
    const path = join(dir, AGGREGATE_FILE);
    const before = (await stat(path)).mtimeMs;
    const ro = await reopen(dir, true);
    expect(ro.aggregate.lastBuild).toEqual({ fresh: null, articlesRead: 0 });
    expect(ro.rows).toEqual(ro.expected);
    await ro.library.close();
    expect((await stat(path)).mtimeMs).toBe(before);
    // The app holds it now (state "open"): the read-only reader builds from the files in memory.
    const writer = await Library.open(dir, { dailyBackup: false });
    const held = new AnalysisAggregate(writer);
    await held.current();
    const reader = await reopen(dir, true);
    expect(reader.aggregate.lastBuild?.fresh).toBe('unclean');
    expect(reader.rows).toEqual(reader.expected);
    await reader.library.close();
    await writer.close();
  });
});
