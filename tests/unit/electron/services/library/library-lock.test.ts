/**
 * One writer per library, with real processes on real temp folders: the
 * built `hamish` (bundled by Vite for plain Node) and a stand-in for the app
 * (app-holder.ts) run at once on one library, round after round, and every
 * annotation and article each of them reported must be there afterwards.
 * Before the lock, two `import-annotations` on one article lost annotations
 * in 5 of 8 rounds and two folder imports left articles unlisted; the
 * figures (rounds run, annotations and articles lost) are printed.
 */

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng } from '../../../../../bench/corpus';
import { Library } from '../../../../../electron/services/library/library';
import { readLockHolder } from '../../../../../electron/services/library/library-lock';
import { fixture, readUtf8 } from '../../../helpers';
import { runBundle, useBundles, type NodeRun } from '../../../node-bundle';
import { snapshot } from '../../../transfer-helpers';

const ROUNDS = Number(process.env['HAMISH_LOCK_ROUNDS'] ?? 8);
const built = useBundles('hamish-lock-', {
  hamish: 'electron/cli/hamish.ts',
  app: 'tests/unit/electron/services/library/app-holder.ts',
});

const hamish = (...args: string[]): Promise<NodeRun> => runBundle(built.bin.hamish, args);

/** The app stand-in, started on `lib`; resolves once it printed `expect` (e.g. "ready"). */
class App {
  readonly child: ChildProcessWithoutNullStreams;
  private lines: string[] = [];
  private waiters: { prefix: string; done: (line: string) => void }[] = [];

  constructor(lib: string) {
    this.child = spawn(process.execPath, [built.bin.app, lib]);
    let buffer = '';
    this.child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) this.lines.push(line);
      this.wake();
    });
  }

  private wake(): void {
    for (const w of [...this.waiters]) {
      const index = this.lines.findIndex((l) => l.startsWith(w.prefix));
      if (index === -1) continue;
      const [line] = this.lines.splice(index, 1);
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.done(line ?? '');
    }
  }

  next(prefix: string): Promise<string> {
    return new Promise((done) => {
      this.waiters.push({ prefix, done });
      this.wake();
    });
  }

  async send(command: string, reply: string): Promise<string> {
    this.child.stdin.write(`${command}\n`);
    return this.next(reply);
  }

  exited(): Promise<void> {
    return new Promise((done) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) done();
      else this.child.on('exit', () => done());
    });
  }
}

/**
 * Real Arabic words (the sample article's) in a different order for each file: the library
 * refuses a text it already has, or one too near it, so each must be its own.
 */
async function articleFolder(dir: string, count: number, tag: string): Promise<string> {
  const words = (await readUtf8(fixture('short-article.ar.txt'))).split(/\s+/u).filter(Boolean);
  await mkdir(dir, { recursive: true });
  const random = prng([...tag].reduce((h, c) => h * 31 + (c.codePointAt(0) ?? 0), 7));
  for (let i = 0; i < count; i++) {
    const pick = Array.from({ length: 80 }, () => words[Math.floor(random() * words.length)] ?? '');
    await writeFile(join(dir, `${tag}-${i}.txt`), `${tag} ${i}\n${pick.join(' ')}\n`);
  }
  return dir;
}

async function listed(lib: string): Promise<{ articles: number; files: number; annotations: number }> {
  const library = await Library.open(lib, { access: 'read-only' });
  await library.checkDone;
  const metas = await library.listArticles();
  let annotations = 0;
  for (const meta of metas) annotations += (await library.listAnnotations(meta.id)).length;
  await library.close();
  const files = (await readdir(join(lib, 'articles'))).filter((n) => n.endsWith('.json')).length;
  return { articles: metas.length, files, annotations };
}

/** A library with one article and two Hamish JSON files of 5 annotations each on it (different ids). */
async function annotationPair(dir: string): Promise<{ base: string; a: string; b: string }> {
  // The files come from another library (a deleted annotation may be remembered by the one it was in).
  const base = join(dir, 'base');
  const text = await readUtf8(fixture('short-article.ar.txt'));
  const target = await Library.open(base, { dailyBackup: false });
  await target.addArticle({ title: 'لقاء القاهرة', text });
  await target.close();
  const library = await Library.open(join(dir, 'source'), { dailyBackup: false });
  const meta = await library.addArticle({ title: 'لقاء القاهرة', text });
  const files: string[] = [];
  // Different spans in each file: an annotation with the span and tag of one already there is the same one.
  for (const [name, from] of [
    ['a', 0],
    ['b', 40],
  ] as const) {
    const made = [];
    for (let i = 0; i < 5; i++) {
      const start = from + i * 4;
      made.push(await library.createAnnotation({ articleId: meta.id, start, end: start + 3, tag: 'actor' }));
    }
    const path = join(dir, `${name}.json`);
    await library.exportAnnotations(meta.id, path, 'lock test');
    await library.deleteAnnotations(
      meta.id,
      made.map((m) => m.id),
    );
    files.push(path);
  }
  await library.close();
  return { base, a: files[0] ?? '', b: files[1] ?? '' };
}

describe('one writer per library (real processes)', () => {
  it('two import-annotations at once on one article lose nothing, round after round', async () => {
    const dir = join(built.work, 'pair');
    const { base, a, b } = await annotationPair(dir);
    let lost = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const lib = join(dir, `round-${round}`);
      await cp(base, lib, { recursive: true });
      const runs = await Promise.all([
        hamish('import-annotations', a, '--library', lib, '--wait'),
        hamish('import-annotations', b, '--library', lib, '--wait'),
      ]);
      for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
      lost += 10 - (await listed(lib)).annotations;
    }
    console.log(`lock: ${ROUNDS} rounds of two concurrent import-annotations, ${lost} annotations lost`);
    expect(lost).toBe(0);
  }, 300_000);

  it('two folder imports at once list every article, with no file left unlisted', async () => {
    const dir = join(built.work, 'folders');
    const one = await articleFolder(join(dir, 'one'), 12, 'أ');
    const two = await articleFolder(join(dir, 'two'), 12, 'ب');
    const rounds = Math.max(2, Math.ceil(ROUNDS / 2));
    let lost = 0;
    for (let round = 0; round < rounds; round++) {
      const lib = join(dir, `round-${round}`);
      await mkdir(lib);
      const runs = await Promise.all([
        hamish('import', one, '--library', lib, '--wait', '--create'),
        hamish('import', two, '--library', lib, '--wait', '--create'),
      ]);
      for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
      const found = await listed(lib);
      expect(found.files).toBe(found.articles);
      lost += 24 - found.articles;
    }
    console.log(
      `lock: ${rounds} rounds of two concurrent folder imports (24 articles), ${lost} articles lost`,
    );
    expect(lost).toBe(0);
  }, 300_000);

  it('while the app has the library open: imports are refused (or wait), list works and writes nothing', async () => {
    const dir = join(built.work, 'app');
    const folder = await articleFolder(join(dir, 'in'), 10, 'ج');
    const rounds = Math.max(2, Math.ceil(ROUNDS / 4));
    let lost = 0;
    for (let round = 0; round < rounds; round++) {
      const lib = join(dir, `round-${round}`);
      await mkdir(lib, { recursive: true });
      const seed = await articleFolder(join(dir, `seed-${round}`), 1, `د${round}`);
      expect(await hamish('import', seed, '--library', lib, '--create')).toMatchObject({ code: 0 });
      const app = new App(lib);
      expect(await app.next('ready')).toBe(`ready ${app.child.pid ?? ''}`);
      const holder = await readLockHolder(lib);
      expect(holder).toMatchObject({ pid: app.child.pid, host: hostname(), command: 'app' });

      const before = await snapshot(lib);
      const refused = await hamish('import', folder, '--library', lib);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `The library ${lib} is in use by the Hamish app (process ${app.child.pid ?? ''}) since ${holder?.since ?? ''}.`,
      );
      const list = await hamish('list', '--library', lib);
      expect(list, list.stderr).toMatchObject({ code: 0 });
      expect(list.stdout.trim().split('\n')).toHaveLength(1);
      expect(await snapshot(lib)).toEqual(before);

      // The app edits; an import waiting for it finishes once the app quits.
      await app.send('edit', 'edited');
      const waiting = hamish('import', folder, '--library', lib, '--wait');
      await new Promise((r) => setTimeout(r, 500));
      await app.send('edit', 'edited');
      await app.send('quit', 'closed');
      const imported = await waiting;
      expect(imported, imported.stderr).toMatchObject({ code: 0 });
      const found = await listed(lib);
      lost += 11 - found.articles + (2 - found.annotations);
    }
    console.log(
      `lock: ${rounds} rounds of app open while the CLI imports, ${lost} articles/annotations lost`,
    );
    expect(lost).toBe(0);
  }, 300_000);

  it('takes over the lock of an app killed with SIGKILL, its sidecar still naming it', async () => {
    const lib = join(built.work, 'killed');
    await mkdir(lib);
    const app = new App(lib);
    await app.next('ready');
    app.child.kill('SIGKILL');
    await app.exited();
    // The killed app's lock is still there, its sidecar naming it: the import has to take it over.
    expect(await readLockHolder(lib)).toMatchObject({ pid: app.child.pid, command: 'app' });
    const run = await hamish(
      'import',
      await articleFolder(join(built.work, 'killed-in'), 2, 'ه'),
      '--library',
      lib,
    );
    expect(run, run.stderr).toMatchObject({ code: 0 });
    // Taken over at once, not when it went stale: library-lock-takeover.test.ts proves it with the
    // clock held (the time this import takes is the machine's, not the lock's).
    // The import let go when it finished: no sidecar names it any more.
    expect(await readLockHolder(lib)).toBeNull();
  }, 60_000);

  it('refuses a second app on the same library, naming the first', async () => {
    const lib = join(built.work, 'second');
    await mkdir(lib);
    const first = new App(lib);
    await first.next('ready');
    const second = new App(lib);
    expect(await second.next('refused')).toContain(
      `in use by the Hamish app (process ${first.child.pid ?? ''})`,
    );
    await first.send('quit', 'closed');
    await Promise.all([first.exited(), second.exited()]);
  }, 60_000);
});
