/**
 * Every command-line example of README.md and docs/*.md runs as written: each
 * uses a command that works from the project folder (`npm run hamish -- …`,
 * `npm run --silent hamish -- …` or `node out/cli/hamish.mjs …`; a bare
 * `hamish` or `npx hamish` is "not found" there), and each runs, in document
 * order, with the built bin in a temp folder standing for the project folder,
 * a temp HOME (so `~/news` and the default library are the test's own) and the
 * inputs the examples name made from real Arabic articles. An example with no
 * output shown must exit 0; a transcript's output lines must be what it prints
 * (ids and the home folder aside). The project folder stand-in is a git
 * checkout that must still be clean after a file's examples: an example that
 * wrote its library or export there would dirty git and fail `npm run check`.
 * `npm run hamish -- --help` also runs through npm itself.
 */

import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixture, useTempDirs } from '../helpers';
import { closeLibraries, seededLibrary } from '../transfer-helpers';
import { cliExamples, docFiles, shellWords, type DocExample } from './doc-examples';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(root, 'out', 'cli', 'hamish.mjs');
/** How an example may start: what `npm run hamish` runs is `node out/cli/hamish.mjs`. */
const WORKING_PREFIXES = [
  ['npm', 'run', 'hamish', '--'],
  ['npm', 'run', '--silent', 'hamish', '--'],
  ['node', 'out/cli/hamish.mjs'],
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gu;
const tempDir = useTempDirs();
afterEach(closeLibraries);
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
}, 120_000);

/** `args` after the documented command's prefix, or null when the example starts otherwise. */
function hamishArgs(words: string[]): string[] | null {
  const prefix = WORKING_PREFIXES.find((p) => p.every((w, i) => words[i] === w));
  return prefix ? words.slice(prefix.length) : null;
}

/** A command's leading `NAME=value` words (environment for it) apart from the command itself. */
function leadingAssignments(all: string[]) {
  const count = all.findIndex((w) => !/^[A-Z_]+=/u.test(w));
  const head = all.slice(0, count === -1 ? all.length : count);
  const assigned = Object.fromEntries(
    head.map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
  );
  return { assigned, words: all.slice(head.length) };
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

/**
 * HOME with ~/news/2025-11 (three real articles; with `twice`, one of them a second time, as
 * docs/formats.md's transcript has it), the app's default library and the files the examples
 * read; cwd, the project folder, an empty git checkout.
 */
async function workspace(twice: boolean) {
  const home = await tempDir();
  const cwd = join(home, 'hamish');
  const news = join(home, 'news', '2025-11');
  await mkdir(news, { recursive: true });
  await mkdir(cwd);
  execFileSync('git', ['init', '-q'], { cwd });
  await cp(fixture('import/ceasefire.ar.md'), join(news, 'ceasefire.md'));
  if (twice) await cp(fixture('import/ceasefire.ar.md'), join(news, 'ceasefire-copy.md'));
  await cp(fixture('docx/statement.ar.docx'), join(news, 'statement.docx'));
  await cp(fixture('import/news-page.ar.html'), join(news, 'witkoff-cairo.html'));
  // The app's library (first run), which the examples without --library use.
  const library = await seededLibrary(join(home, '.config', 'Hamish', 'library'));
  await library.close();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, LANG: 'en_GB.UTF-8' };
  const exported = join(home, 'colleague.hamish.json');
  expect((await run(['export', '--format', 'json', '--out', exported], cwd, env)).code).toBe(0);
  // Two coders' exports of the same articles; Omar left out the first annotation of each.
  const data = JSON.parse(await readFile(exported, 'utf8')) as { articles: { annotations: object[] }[] };
  for (const [coder, drop] of [
    ['salma', 0],
    ['omar', 1],
  ] as const) {
    const articles = data.articles.map((a) => ({
      ...a,
      annotations: a.annotations.slice(drop).map((n) => ({ ...n, author: coder })),
    }));
    await writeFile(join(home, `${coder}.hamish.json`), JSON.stringify({ ...data, articles }));
  }
  // ANERcorp's CoNLL: one token and its label a line, a blank line between sentences.
  const conll = [
    ['التقى', 'O'],
    ['ستيف', 'B-PERS'],
    ['ويتكوف', 'I-PERS'],
    ['في', 'O'],
    ['القاهرة', 'B-LOC'],
    ['وفد', 'O'],
    ['حماس', 'B-ORG'],
    ['بحضور', 'O'],
    ['وسطاء', 'O'],
    ['أمريكيين', 'B-MISC'],
  ];
  await writeFile(join(home, 'anercorp.conll'), `${conll.map((t) => t.join(' ')).join('\n')}\n\n`);
  return { home, cwd, env };
}

/** The documented output line as this workspace prints it: the doc's home folder is `home`. */
function localise(line: string, home: string): string {
  return line.replaceAll('/home/salma', home).replace(UUID, '<id>');
}

describe('command-line examples in README.md and docs/*.md', () => {
  const examples: DocExample[] = docFiles(root).flatMap((f) => cliExamples(root, f));

  it('finds the examples (README and docs/formats.md show them)', () => {
    expect(examples.filter((e) => e.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(6);
    expect(examples.filter((e) => e.where.startsWith('docs/formats.md')).length).toBeGreaterThanOrEqual(5);
  });

  it('every example uses a command that works from the project folder', () => {
    const wrong = examples
      .filter((e) => hamishArgs(leadingAssignments(shellWords(e.command, '~')).words) === null)
      .map((e) => `${e.where}: ${e.command}`);
    expect(wrong).toEqual([]);
  });

  for (const file of docFiles(root)) {
    const mine = examples.filter((e) => e.where.startsWith(`${file}:`));
    if (mine.length === 0) continue;
    it(`${file}: each example runs as written, in order`, async () => {
      const { home, cwd, env } = await workspace(file === 'docs/formats.md');
      for (const example of mine) {
        const { assigned, words } = leadingAssignments(shellWords(example.command, home));
        const args = hamishArgs(words);
        if (args === null) continue; // the test above names it
        const result = await run(args, cwd, { ...env, ...assigned });
        // File names come wrapped in direction isolates (U+2068…U+2069), which the docs leave out.
        const printed = result.output
          .replace(UUID, '<id>')
          .replace(/[\u2066-\u2069]/gu, '')
          .split('\n');
        if (example.output.length === 0) {
          expect(result.code, `${example.where}: ${example.command}\n${result.output}`).toBe(0);
          continue;
        }
        // What it prints is what the transcript shows, line for line (stdout and stderr interleave).
        const shown = example.output.filter((l) => l.trim() !== '').map((l) => localise(l, home));
        expect(printed.filter((l) => l.trim() !== '').sort(), `${example.where}: ${example.command}`).toEqual(
          shown.sort(),
        );
      }
      const left = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
        cwd,
        encoding: 'utf8',
      });
      expect(left, `${file}'s examples left these in the project folder`).toBe('');
    });
  }

  it('npm run hamish -- --help prints the help through npm itself', () => {
    const out = execFileSync('npm', ['run', '--silent', 'hamish', '--', '--help'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    });
    expect(out).toMatch(/^Usage: hamish/mu);
  });
});
