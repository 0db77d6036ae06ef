/**
 * `hamish help --OPTION`: an option asked about as if it were a command (the
 * user remembers "--wait" but not which command takes it). Instead of
 * "unknown command", the answer names the commands that take the option, in
 * the order of the main help's command list, and the help page to read; with
 * --json the same as an object. An option no command takes is a usage error.
 */

import type { OptionSpec } from './args';

/** Each command's options (without "--"), as main.ts parses them. */
export type CommandOptions = Readonly<Record<string, Readonly<Record<string, OptionSpec>>>>;

/** The order the main help lists the commands in; a command not listed here comes after, by name. */
const HELP_ORDER = ['import', 'list', 'stats', 'export', 'import-annotations', 'adopt', 'agreement'];

/** Options every command answers the same way (--help), not worth a list of commands. */
const EVERY_COMMAND = new Set(['help']);

/** `--name`, `--name=value` or `-h` as the option's name without dashes; undefined when `word` is no option. */
export function optionName(word: string): string | undefined {
  if (word === '-h') return 'help';
  if (!word.startsWith('--') || word.length <= 2) return undefined;
  const eq = word.indexOf('=');
  return word.slice(2, eq === -1 ? undefined : eq);
}

/** The commands of `commands` that take the option `name` (without "--"), in the main help's order. */
export function commandsTaking(name: string, commands: CommandOptions): string[] {
  const rank = (c: string) => {
    const at = HELP_ORDER.indexOf(c);
    return at === -1 ? HELP_ORDER.length : at;
  };
  return Object.keys(commands)
    .filter((command) => Object.hasOwn(commands[command] ?? {}, name))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** What `hamish help --name` prints: `option` with its dashes, the commands that take it (at least one). */
export interface OptionAnswer {
  option: string;
  commands: string[];
}

/**
 * The answer to `hamish help <word>` when `word` is an option some command
 * takes; null when `word` is no option or one answered elsewhere (--help),
 * `{ commands: [] }` when no command takes it.
 */
export function answerOption(word: string, commands: CommandOptions): OptionAnswer | null {
  const name = optionName(word);
  if (name === undefined || EVERY_COMMAND.has(name)) return null;
  return { option: `--${name}`, commands: commandsTaking(name, commands) };
}
