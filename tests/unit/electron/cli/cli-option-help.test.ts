/**
 * `hamish help --OPTION` (polish brief, item 2): "hamish help --wait" said
 * "unknown command". It names the commands that take the option and the help
 * page to read, in English and Arabic, and as JSON with --json; an option no
 * command takes is a usage error (exit 2). Run in-process through main().
 */

import { describe, expect, it } from 'vitest';
import { answerOption, commandsTaking, optionName } from '../../../../electron/cli/option-help';
import { runCli } from './run-cli';

describe('hamish help --OPTION', () => {
  it('names the commands that take --wait, in English', async () => {
    const run = await runCli(['help', '--wait']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '--wait is an option of: import, import-annotations, adopt; see "hamish help import".',
    );
  });

  it('names them in Arabic with --lang ar, wherever --lang stands', async () => {
    for (const argv of [
      ['help', '--wait', '--lang', 'ar'],
      ['--lang', 'ar', 'help', '--wait'],
    ]) {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        '\u200e--wait خيار للأوامر: import، import-annotations، adopt؛ انظر «hamish help import».',
      );
    }
    const one = await runCli(['help', '--measure', '--lang', 'ar']);
    expect(one.stdout).toBe('\u200e--measure خيار للأمر: agreement؛ انظر «hamish help agreement».');
  });

  it('answers as JSON with --json', async () => {
    const run = await runCli(['help', '--on-duplicate', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      option: '--on-duplicate',
      commands: ['import'],
      message: '--on-duplicate is an option of: import; see "hamish help import".',
    });
    const ar = await runCli(['help', '--json', '--coder', '--lang', 'ar']);
    expect(JSON.parse(ar.stdout)).toMatchObject({
      option: '--coder',
      commands: ['stats', 'export', 'import-annotations'],
    });
  });

  it('takes --name=value and options every library command shares', async () => {
    const run = await runCli(['help', '--format=csv']);
    expect(run.stdout).toBe('--format is an option of: stats, export, agreement; see "hamish help stats".');
    const library = await runCli(['help', '--library', '--json']);
    // agreement reads only its files: it takes no --library.
    expect((JSON.parse(library.stdout) as { commands: string[] }).commands).toEqual([
      'import',
      'list',
      'stats',
      'export',
      'import-annotations',
      'adopt',
    ]);
  });

  it('refuses an option no command takes (exit 2), in words and as JSON', async () => {
    const run = await runCli(['help', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('--bogus is not an option of any hamish command.');
    const json = await runCli(['help', '--bogus', '--json', '--lang', 'ar']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'usage',
        message: '\u200e--bogus ليس خيارًا لأي أمر من أوامر hamish.',
        params: { kind: 'unknown-option', name: 'bogus' },
      },
    });
  });

  it('leaves help for commands, --help and bare --json as they were', async () => {
    expect((await runCli(['help', 'import'])).stdout).toContain('Usage: hamish import');
    for (const word of ['--help', '-h', '--json']) {
      const run = await runCli(['help', word]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: hamish <command> [options]');
    }
  });
});

describe('option-help pieces', () => {
  it('reads option words and orders commands as the main help lists them', () => {
    expect(optionName('--wait')).toBe('wait');
    expect(optionName('--out=x')).toBe('out');
    expect(optionName('-h')).toBe('help');
    expect(optionName('wait')).toBeUndefined();
    expect(optionName('--')).toBeUndefined();
    expect(commandsTaking('x', { zeta: { x: {} }, adopt: { x: {} }, alpha: { x: {} } })).toEqual([
      'adopt',
      'alpha',
      'zeta',
    ]);
    expect(answerOption('--help', { import: { help: {} } })).toBeNull();
  });
});
