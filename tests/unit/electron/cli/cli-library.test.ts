/**
 * `hamish` and the --library folder: a folder without a library is an error
 * for reading commands and needs --create for writing ones, and nothing is
 * created by a refused command; messages are sentences in the CLI's language
 * (English, or Arabic from LANG/LC_ALL or --lang), codes only with --json.
 */

import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../../electron/cli/messages';
import { fixture, useTempDirs } from '../../helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();

describe('hamish --library', () => {
  it('refuses a folder without a library for list and export, naming it, and creates nothing', async () => {
    const dir = await tempDir();
    const typo = join(dir, 'libary');
    for (const argv of [
      ['list', '--library', typo],
      ['export', '--format', 'json', '--out', join(dir, 'x.json'), '--library', typo],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr).toBe(
        `There is no Hamish library in ${typo}: check --library (this command never creates one).`,
      );
      expect(run.stdout).toBe('');
    }
    // An existing empty folder is not a library either, and stays empty.
    await mkdir(typo);
    expect((await runCli(['list', '--library', typo])).code).toBe(1);
    expect(await readdir(typo)).toEqual([]);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('makes a new library only for a writing command with --create', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'new');
    const file = fixture('short-article.ar.txt');
    for (const argv of [
      ['import', file, '--library', lib],
      ['import-annotations', fixture('short-article.ar.txt'), '--library', lib],
    ]) {
      const run = await runCli(argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `There is no Hamish library in ${lib}: check --library, or add --create to make a new library there.`,
      );
    }
    expect(existsSync(lib)).toBe(false);
    expect((await runCli(['list', '--create', '--library', lib])).code).toBe(2); // not a list option
    expect((await runCli(['import', file, '--library', lib, '--create'])).code).toBe(0);
    const list = await runCli(['list', '--library', lib]);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\t')[3]).toBeTruthy();
  });

  it('refuses a folder without a library for stats and adopt, suggesting --create to neither (they never take it)', async () => {
    const dir = await tempDir();
    const typo = join(dir, 'libary');
    for (const argv of [
      ['stats', '--by', 'tag', '--library', typo],
      ['adopt', 'd7a5e1c2-0000-4000-8000-000000000000', '--library', typo],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stderr).toBe(
        `There is no Hamish library in ${typo}: check --library (this command never creates one).`,
      );
      const ar = await runCli([...argv, '--lang', 'ar']);
      expect(ar.stderr).toBe(`لا توجد مكتبة هامش في ${typo}: تحقّق من ‎--library (هذا الأمر لا ينشئ مكتبة).`);
    }
    expect((await runCli(['adopt', 'x', '--create', '--library', typo])).code).toBe(2); // not an adopt option
    expect(existsSync(typo)).toBe(false);
  });

  it('gives the error code only in --json output', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'none');
    const run = await runCli(['list', '--json', '--library', lib]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr)).toEqual({
      error: {
        code: 'no-library',
        message: `There is no Hamish library in ${lib}: check --library (this command never creates one).`,
        params: { dir: lib, writing: 0 },
      },
    });
    const usage = await runCli(['export', '--format', 'xml', '--out', 'x', '--json', '--library', lib]);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stderr)).toMatchObject({
      error: { code: 'usage', params: { kind: 'unknown-format', value: 'xml' } },
    });
    const plain = await runCli(['export', '--format', 'xml', '--out', 'x', '--library', lib]);
    expect(plain.stderr.split('\n')[0]).toBe(
      '"xml" is not an export format: use json, w3c, csv, claims-csv, brat, qdpx or qdc.',
    );
    expect(plain.stderr).not.toMatch(/unknown-format|no-library|usage:/u);
  });
});

describe('hamish in Arabic', () => {
  it('picks Arabic from --lang, LC_ALL, LC_MESSAGES or LANG', () => {
    expect(pickLanguage('ar', { LANG: 'en_US.UTF-8' })).toBe('ar');
    expect(pickLanguage('en', { LANG: 'ar_SA.UTF-8' })).toBe('en');
    expect(pickLanguage(undefined, { LC_ALL: 'ar_EG.UTF-8', LANG: 'en_US' })).toBe('ar');
    expect(pickLanguage(undefined, { LC_MESSAGES: 'ar', LANG: 'en_US' })).toBe('ar');
    expect(pickLanguage(undefined, { LANG: 'ar_JO.UTF-8' })).toBe('ar');
    expect(pickLanguage(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(pickLanguage(undefined, {})).toBe('en');
  });

  it('prints the help in Arabic, every command with its options', async () => {
    const main = await runCli(['--help', '--lang', 'ar']);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^الاستخدام: hamish <command> \[options\]/u);
    for (const command of ['import', 'list', 'export', 'import-annotations']) {
      const help = await runCli([command, '--help'], { LANG: 'ar_EG.UTF-8' });
      expect(help.stdout).toContain(`الاستخدام: hamish ${command}`);
      expect(help.stdout).toMatch(/^ {2}--library DIR +مجلد المكتبة/mu);
    }
  });

  it('says a missing library and a bad option in Arabic sentences', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'none');
    const missing = await runCli(['list', '--library', lib], { LC_ALL: 'ar_EG.UTF-8' });
    expect(missing.stderr).toBe(
      `لا توجد مكتبة هامش في ${lib}: تحقّق من ‎--library (هذا الأمر لا ينشئ مكتبة).`,
    );
    const create = await runCli([
      'import',
      fixture('short-article.ar.txt'),
      '--lang',
      'ar',
      '--library',
      lib,
    ]);
    expect(create.stderr).toBe(
      `لا توجد مكتبة هامش في ${lib}: تحقّق من ‎--library، أو أضف ‎--create لإنشاء مكتبة جديدة هناك.`,
    );
    const option = await runCli(['list', '--colour', '--lang=ar']);
    expect(option.code).toBe(2);
    expect(option.stderr.split('\n')[0]).toBe('‎--colour ليس خيارًا لهذا الأمر.');
    const first = await runCli(['--lang', 'ar', 'list', '--library', lib]);
    expect(first.stderr).toBe(missing.stderr);
    const lang = await runCli(['list', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr.split('\n')[0]).toBe('"fr" is not a language of hamish: use en or ar.');
  });
});
