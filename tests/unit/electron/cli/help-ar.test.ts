/**
 * The Arabic help of `hamish` (help-ar.ts) keeps up with the English one
 * (help.ts), since a user who reads Arabic reads only it: every command has
 * an Arabic page, every option an English page names is named on the Arabic
 * one, and the Arabic main help lists every command. Fresh-user test 4 found
 * `adopt` with no Arabic page (`--lang ar adopt --help` printed the main
 * help), `--wait` missing from import and import-annotations, and the main
 * help still saying "close the app first".
 */

import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../../../electron/cli/help';
import { COMMAND_HELP_AR, MAIN_HELP_AR } from '../../../../electron/cli/help-ar';
import { runCli } from './run-cli';

/** The distinct `--options` a help text names, sorted. */
const options = (help: string): string[] => [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])].sort();

describe('hamish help in Arabic', () => {
  it('has a page for every command, naming every option the English page names', () => {
    expect(Object.keys(COMMAND_HELP_AR).sort()).toEqual(Object.keys(COMMAND_HELP).sort());
    for (const [command, english] of Object.entries(COMMAND_HELP)) {
      expect(options(COMMAND_HELP_AR[command] ?? ''), command).toEqual(options(english));
    }
  });

  it('lists every command in the main help, and says how the app and the command line share a library', () => {
    for (const command of Object.keys(COMMAND_HELP)) {
      expect(MAIN_HELP_AR).toMatch(new RegExp(`^  ${command}\\b`, 'mu'));
    }
    expect(MAIN_HELP_AR).not.toContain('أغلق التطبيق أولًا');
    expect(MAIN_HELP_AR).toContain('--wait');
  });

  it('prints the Arabic adopt page for "--lang ar adopt --help", and its usage after a missing argument', async () => {
    const help = await runCli(['--lang', 'ar', 'adopt', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.trim()).toBe((COMMAND_HELP_AR['adopt'] ?? 'no Arabic adopt page').trim());
    const bare = await runCli(['--lang', 'ar', 'adopt']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('الاستخدام: hamish adopt');
  });
});
