/**
 * The command line as a user runs it: the real built bin (out/cli/hamish.mjs,
 * rebuilt before the tests) in a child process on temp libraries.
 */

import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultLibraryDir } from '../../../../electron/cli/default-library';
import { Library } from '../../../../electron/services/library/library';
import type { HamishExport } from '../../../../shared/export-format';
import nativeSchema from '../../../../shared/schema/generated/hamish-export-2.schema.json';
import { fixture, useTempDirs } from '../../helpers';
import { closeLibraries, parseCsv, seededLibrary, snapshot } from '../../transfer-helpers';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const BIN = join(root, 'out', 'cli', 'hamish.mjs');
const tempDir = useTempDirs();
afterEach(closeLibraries);
// Each test starts several Node processes; leave room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  // Always test the bin built from the current sources.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'vite.cli.config.ts'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
}, 60_000);

function hamish(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, HAMISH_LIBRARY_DIR: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A seeded library (3 articles, 7 annotations), closed so the CLI can use it. */
async function seeded(): Promise<{ dir: string; lib: string }> {
  const dir = await tempDir();
  const lib = join(dir, 'lib');
  const library = await seededLibrary(lib);
  await library.close();
  return { dir, lib };
}

describe('hamish (usage)', () => {
  it('prints help for the program and for each command', async () => {
    const main = await hamish('--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: hamish <command>');
    for (const command of ['import', 'list', 'export', 'import-annotations']) {
      const help = await hamish(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: hamish ${command}`);
      expect(help.stdout).toContain('--library DIR');
    }
  });

  it('is the package bin, executable directly through its #! line', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(join(root, pkg.bin['hamish'] ?? '')).toBe(BIN);
    if (process.platform === 'win32') return; // no exec bit or #! there; npm writes a .cmd shim
    const run = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(BIN, ['list', '--help'], (error, stdout) => done({ code: error ? 1 : 0, stdout }));
    });
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: hamish list') as unknown });
  });

  it('runs as documented from the project folder: npm run hamish -- <command>', async () => {
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_'))),
      HAMISH_LIBRARY_DIR: '',
    };
    const run = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        'npm',
        ['run', '--silent', 'hamish', '--', 'list', '--help'],
        { cwd: root, env },
        (error, stdout) => done({ code: error ? 1 : 0, stdout }),
      );
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: hamish list');
  });

  it('exits 2 on bad usage, without creating a library', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'never');
    const cases = [
      [],
      ['frobnicate'],
      ['list', '--colour', '--library', lib],
      ['export', '--format', 'xml', '--out', join(dir, 'x'), '--library', lib],
      ['export', '--format', 'json', '--library', lib],
      ['import', '--library', lib],
      ['import-annotations', 'a.json', '--on-conflict', 'merge', '--library', lib],
      ['import-annotations', '--library', lib],
    ];
    for (const args of cases) {
      const run = await hamish(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr + run.stdout).toMatch(/Usage: hamish/u);
    }
    expect((await hamish('export', '--format', 'xml', '--out', 'x', '--library', lib)).stderr).toContain(
      '"xml" is not an export format: use json, w3c, csv, claims-csv, brat, qdpx or qdc.',
    );
    expect(existsSync(lib)).toBe(false);
  });

  it('defaults to the app library folder of each OS', () => {
    expect(defaultLibraryDir({}, 'linux', '/home/u')).toBe('/home/u/.config/Hamish/library');
    expect(defaultLibraryDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/Hamish/library');
    expect(defaultLibraryDir({}, 'darwin', '/Users/u')).toBe(
      '/Users/u/Library/Application Support/Hamish/library',
    );
    expect(defaultLibraryDir({ APPDATA: 'C:/Users/u/AppData/Roaming' }, 'win32', 'C:/Users/u')).toBe(
      join('C:/Users/u/AppData/Roaming', 'Hamish', 'library'),
    );
    expect(defaultLibraryDir({ HAMISH_LIBRARY_DIR: '/data/lib' }, 'linux', '/home/u')).toBe('/data/lib');
  });
});

describe('hamish and a reader that stops early', () => {
  it('exits 0 without a stack trace when its output pipe is closed (hamish list | head)', async () => {
    const { lib } = await seeded();
    const child = spawn(process.execPath, [BIN, 'list', '--library', lib], {
      env: { ...process.env, HAMISH_LIBRARY_DIR: '' },
    });
    // The reader is gone before the first line: every write now fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('hamish import and list', () => {
  it('adds files from files and folders with --create; a bad file fails the run with exit 1', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const inbox = join(dir, 'inbox');
    await mkdir(inbox);
    await writeFile(join(inbox, 'خبر.txt'), await readFile(fixture('short-article.ar.txt')));
    await writeFile(join(inbox, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
    const run = await hamish('import', inbox, fixture('astral-lines.ar.txt'), '--library', lib, '--create');
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 added, 0 already in the library, 1 refused');
    expect(run.stderr).toBe(
      '“\u2068binary.txt\u2069”: not a text file (binary data or an unknown encoding)\n',
    );

    const list = await hamish('list', '--library', lib);
    expect(list.code).toBe(0);
    const rows = list.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    const json = JSON.parse((await hamish('list', '--json', '--library', lib)).stdout) as {
      id: string;
      title: string;
      importedFrom: string;
    }[];
    expect(json.map((a) => a.id).sort()).toEqual(rows.map((r) => r[0]).sort());
    expect(json.map((a) => a.importedFrom).sort()).toEqual(['astral-lines.ar.txt', 'خبر.txt']);
    expect(rows.map((r) => r[3]).sort()).toEqual(json.map((a) => a.title).sort());

    const unknownType = await hamish('import', join(dir, 'notes.pdf'), '--library', lib);
    expect(unknownType.code).toBe(1);
    expect(unknownType.stderr).toContain(
      '“\u2068notes.pdf\u2069”: unsupported type (import .txt, .md, .html or .docx)',
    );
  });
});

describe('hamish export and import-annotations', () => {
  it('exports every format; json validates, csv has a row per annotation, brat has its files', async () => {
    const { dir, lib } = await seeded();
    for (const format of ['json', 'w3c', 'csv', 'brat']) {
      const out = join(dir, `out-${format}`);
      const run = await hamish('export', '--format', format, '--out', out, '--library', lib);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`Exported 7 annotations of 3 articles to ${out}.`);
    }
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const data = JSON.parse(await readFile(join(dir, 'out-json'), 'utf8')) as HamishExport;
    expect(ajv.validate(nativeSchema, data), ajv.errorsText()).toBe(true);
    expect(parseCsv((await readFile(join(dir, 'out-csv'), 'utf8')).slice(1))).toHaveLength(8);
    expect(existsSync(join(dir, 'out-brat', 'annotation.conf'))).toBe(true);

    const one = data.articles[1]?.id ?? '';
    const single = await hamish(
      'export',
      '--format',
      'json',
      '--compact',
      '--no-text',
      '--article',
      one,
      '--out',
      join(dir, 'one.json'),
      '--library',
      lib,
    );
    expect(single.code).toBe(0);
    const oneData = JSON.parse(await readFile(join(dir, 'one.json'), 'utf8')) as HamishExport;
    expect(oneData.articles.map((a) => [a.id, a.text])).toEqual([[one, undefined]]);

    const missing = await hamish(
      'export',
      '--format',
      'json',
      '--article',
      '00000000-0000-4000-8000-000000000000',
      '--out',
      join(dir, 'm.json'),
      '--library',
      lib,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'There is no article 00000000-0000-4000-8000-000000000000 in this library.\n',
    );
  });

  it('round-trips through import-annotations into an empty library', async () => {
    const { dir, lib } = await seeded();
    const first = join(dir, 'first.json');
    await hamish('export', '--format', 'json', '--out', first, '--library', lib);
    const empty = join(dir, 'empty');
    const run = await hamish(
      'import-annotations',
      first,
      '--on-conflict',
      'keep-mine',
      '--library',
      empty,
      '--create',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Articles: 3 added, 0 merged.');
    expect(run.stdout).toContain('Annotations: 7 added');
    const second = join(dir, 'second.json');
    await hamish('export', '--format', 'json', '--out', second, '--library', empty);
    const strip = (path: string) =>
      readFile(path, 'utf8').then((raw) => (JSON.parse(raw) as HamishExport).articles);
    expect(await strip(second)).toEqual(await strip(first));
  });

  it('refuses a bad file with exit 1, naming the place, and leaves the library unchanged', async () => {
    const { dir, lib } = await seeded();
    const path = join(dir, 'bad.json');
    await hamish('export', '--format', 'json', '--out', path, '--library', lib);
    const data = JSON.parse(await readFile(path, 'utf8')) as HamishExport;
    const annotation = data.articles[0]?.annotations[1];
    if (annotation) annotation.quote = 'ليس هذا النص';
    await writeFile(path, JSON.stringify(data));
    // Today's backup is made by the day's first writing open (export only reads): made here, so
    // that the snapshot compares what the refused import did, and nothing else.
    await (await Library.open(lib)).close();
    const before = await snapshot(lib);
    const run = await hamish('import-annotations', path, '--library', lib);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Nothing was imported from ${path}: a quote does not match the text at its offsets (at articles[0] (id ${data.articles[0]?.id ?? ''}) › annotations[1] (id ${annotation?.id ?? ''}) › quote).\n`,
    );
    const json = await hamish('import-annotations', path, '--library', lib, '--json');
    expect(JSON.parse(json.stderr)).toMatchObject({
      error: { code: 'invalid-import', params: { reason: 'quote-mismatch', file: path } },
    });
    expect(await snapshot(lib)).toEqual(before);
  });
});
