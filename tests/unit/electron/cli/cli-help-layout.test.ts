/**
 * `hamish <command> --help` and `hamish help <command>` print the command's
 * page, in English and Arabic, and on every page each option's description,
 * and the lines that carry it on, start in one column (`import-annotations`'
 * --create, --wait and --library stood two columns left of the rest). Read
 * from what the CLI prints, with a parser of its own: an option line is two
 * spaces, the option, two or more spaces and the description.
 */

import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../../../electron/cli/help';
import { COMMAND_HELP_AR } from '../../../../electron/cli/help-ar';
import { runCli } from './run-cli';

/** The columns where descriptions start on `page`, and the option lines with no description that are not options alone. */
function descriptionColumns(page: string): { columns: number[]; notOptions: string[] } {
  const columns: number[] = [];
  const notOptions: string[] = [];
  let inOption = false;
  for (const line of page.split('\n')) {
    if (/^ {2}-/u.test(line)) {
      inOption = true;
      const gap = / {2,}(?=\S)/u.exec(line.slice(2));
      if (gap) columns.push(2 + gap.index + gap[0].length);
      // An option alone on its line (its description on the next): ASCII option words only.
      else if (!/^ {2}-[\x21-\x7e]*(?: [\x21-\x7e]+)*$/u.test(line)) notOptions.push(line);
      continue;
    }
    const more = / {4,}(?=\S)/uy.exec(line);
    if (inOption && more) columns.push(more[0].length);
    else inOption = false;
  }
  return { columns, notOptions };
}

const COMMANDS = Object.keys(COMMAND_HELP);

describe('hamish help pages', () => {
  it('has a page for every command in both languages', () => {
    expect(Object.keys(COMMAND_HELP_AR).sort()).toEqual([...COMMANDS].sort());
    expect(COMMANDS).toEqual(expect.arrayContaining(['adopt', 'import-annotations', 'stats']));
  });

  for (const lang of ['en', 'ar']) {
    for (const command of COMMANDS) {
      it(`${lang}: "help ${command}" prints the page "${command} --help" does, options in one column`, async () => {
        const page = await runCli([command, '--help', '--lang', lang]);
        expect(page.code).toBe(0);
        expect(page.stdout).toBe((lang === 'ar' ? COMMAND_HELP_AR : COMMAND_HELP)[command]);
        expect(await runCli(['help', command, '--lang', lang])).toEqual(page);
        const { columns, notOptions } = descriptionColumns(page.stdout);
        expect(notOptions).toEqual([]);
        expect(columns.length).toBeGreaterThan(1);
        expect(new Set(columns), `${command} (${lang})`).toEqual(new Set([columns[0]]));
      });
    }
    it(`${lang}: the main page's options share one column; "help" alone prints it`, async () => {
      const page = await runCli(['help', '--lang', lang]);
      expect(page.code).toBe(0);
      const { columns, notOptions } = descriptionColumns(page.stdout);
      expect(notOptions).toEqual([]);
      expect(columns.length).toBeGreaterThan(3);
      expect(new Set(columns)).toEqual(new Set([columns[0]]));
    });
  }

  it('"help" with an unknown command is a usage error naming it (exit 2)', async () => {
    const run = await runCli(['help', 'nosuch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^"nosuch" is not a hamish command\./u);
  });
});
