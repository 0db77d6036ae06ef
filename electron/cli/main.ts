/**
 * `hamish`'s entry logic, separate from the executable (hamish.ts) so tests
 * can run it in-process: picks the language, parses and checks the command
 * line, opens the library (refusing a folder without one unless a writing
 * command has --create), runs the command, and turns every failure into one
 * sentence (or, with --json, one JSON object carrying the error code).
 * Exit codes: 0 ok, 1 failed (or some items not imported), 2 bad usage.
 */

import type { Library } from '../services/library/library';
import { cleanCoderName } from '../../shared/coders';
import { osUserName } from '../services/coder-preference';
import { createServices } from '../services/services';
import { agreementCommand, type FileCommandContext } from './agreement-command';
import { isValue, parseArgs, UsageError, valueOf, type OptionSpec, type ParsedArgs } from './args';
import {
  adoptCommand,
  exportCommand,
  importAnnotationsCommand,
  importCommand,
  listCommand,
  type CommandContext,
  type Io,
} from './commands';
import { defaultLibraryDir } from './default-library';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { COMMAND_HELP_AR, MAIN_HELP_AR } from './help-ar';
import { openLibrary } from './library-location';
import { answerOption } from './option-help';
import { reportStartup } from './startup-notice';
import { statsCommand } from './stats-command';
import { failureJson, pickLanguage, toFailure, wordedFailure, type Catalogue } from './messages';
import { AR } from './messages-ar';
import { EN } from './messages-en';
import { USAGE_CHECKS } from './usage-checks';

export type { Io } from './commands';

/** Written into every export the command line makes. */
const CLI_GENERATOR = 'Hamish CLI';

interface CommandSpec {
  run: (context: CommandContext) => Promise<number>;
  options: Record<string, OptionSpec>;
  /** Writes to the library: may create it with --create. */
  writing: boolean;
}

/** Options of every command (--lang is taken off the line first, wherever it is). */
const COMMON: Record<string, OptionSpec> = { library: { value: true }, help: {}, json: {} };

const COMMANDS: Record<string, CommandSpec> = {
  import: {
    run: importCommand,
    options: { create: {}, 'on-duplicate': { value: true }, wait: {} },
    writing: true,
  },
  adopt: { run: adoptCommand, options: { wait: {} }, writing: true },
  list: { run: listCommand, options: {}, writing: false },
  stats: {
    run: statsCommand,
    options: {
      by: { value: true },
      format: { value: true },
      scope: { value: true },
      stack: { value: true },
      from: { value: true },
      to: { value: true },
      source: { value: true, repeat: true },
      status: { value: true, repeat: true },
      tag: { value: true, repeat: true },
      entity: { value: true, repeat: true },
      coder: { value: true, repeat: true },
    },
    writing: false,
  },
  export: {
    run: exportCommand,
    options: {
      format: { value: true },
      out: { value: true },
      article: { value: true, repeat: true },
      compact: {},
      'no-text': {},
      force: {},
      coder: { value: true, repeat: true },
    },
    writing: false,
  },
  'import-annotations': {
    run: importAnnotationsCommand,
    options: {
      'on-conflict': { value: true },
      create: {},
      wait: {},
      from: { value: true },
      'new-tags': {},
      map: { value: true, repeat: true },
      article: { value: true },
      'dry-run': {},
      'as-layer': {},
      coder: { value: true },
    },
    writing: true,
  },
};

/** Commands that read only the files they are given: no library is opened (--library is refused). */
const FILE_COMMANDS: Record<
  string,
  { run: (context: FileCommandContext) => Promise<number>; options: Record<string, OptionSpec> }
> = {
  agreement: {
    run: agreementCommand,
    options: {
      help: {},
      json: {},
      measure: { value: true },
      by: { value: true },
      unit: { value: true },
      untagged: { value: true },
      format: { value: true },
      out: { value: true },
      article: { value: true, repeat: true },
    },
  },
};

/** Every command's options as its command line is parsed (COMMON for the library commands). */
const OPTIONS_BY_COMMAND: Record<string, Record<string, OptionSpec>> = {
  ...Object.fromEntries(Object.entries(COMMANDS).map(([n, c]) => [n, { ...COMMON, ...c.options }])),
  ...Object.fromEntries(Object.entries(FILE_COMMANDS).map(([n, c]) => [n, c.options])),
};

/**
 * The CLI's local coder (issue 20): `import-annotations --coder NAME` without
 * --as-layer names it; everywhere else (--coder is then a filter, or the
 * layer's coder) it is the OS user name.
 */
function localCoder(command: string, args: ParsedArgs): string {
  const named =
    command === 'import-annotations' && !args.flags.has('as-layer') ? valueOf(args, 'coder') : undefined;
  return (named === undefined ? undefined : cleanCoderName(named)) ?? osUserName();
}

/**
 * `argv` without its --lang option (anywhere before "--"), and that option's
 * value; `lang` is null when --lang is given without one (at the end, before
 * another option, or as "--lang=").
 */
function takeLang(argv: readonly string[]): { rest: string[]; lang: string | null | undefined } {
  const rest: string[] = [];
  let lang: string | null | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      const value = argv[i + 1];
      lang = isValue(value) ? value : null;
      if (lang !== null) i++;
    } else if (arg.startsWith('--lang=')) {
      const value = arg.slice('--lang='.length);
      lang = value === '' ? null : value;
    } else rest.push(arg);
  }
  return { rest, lang };
}

/**
 * Runs the command line `argv` (without node and script) with the environment
 * `env` (language, HAMISH_LIBRARY_DIR); resolves to the exit code, never rejects.
 */
export async function main(
  argv: readonly string[],
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { rest: line, lang } = takeLang(argv);
  const language = pickLanguage(lang ?? undefined, env);
  const arabic = language === 'ar';
  const say: Catalogue = arabic ? AR : EN;
  const mainHelp = arabic ? MAIN_HELP_AR : MAIN_HELP;
  const help = (command: string | undefined): string =>
    (command && (arabic ? COMMAND_HELP_AR : COMMAND_HELP)[command]) || mainHelp;
  const json = line.includes('--json');
  const usageError = (error: UsageError, command?: string): number => {
    const message = say.usage(error.problem);
    if (json) io.err(failureJson({ code: 'usage', message, params: { ...error.problem } }));
    else io.err(`${message}\n\n${help(command)}`);
    return 2;
  };
  /** Any failure as one sentence (or its JSON), exit code 1. */
  const fail = (error: unknown): number => {
    const failure = toFailure(error);
    io.err(json ? failureJson(wordedFailure(failure, say)) : say.failure(failure));
    return 1;
  };
  if (lang === null) {
    return usageError(new UsageError({ kind: 'needs-value', name: 'lang', allowed: 'ar,en' }));
  }
  if (lang !== undefined && lang !== 'en' && lang !== 'ar') {
    return usageError(new UsageError({ kind: 'unknown-language', value: lang }));
  }
  const [name, ...rest] = line;
  const asked = rest.find((word) => word !== '--json');
  const option = name === 'help' && asked ? answerOption(asked, OPTIONS_BY_COMMAND) : null;
  if (option) {
    // `hamish help --wait`: the commands that take the option (exit 2 when none does).
    const message = say.optionOf(option.option, option.commands);
    const known = option.commands.length > 0;
    if (json && known) io.out(JSON.stringify({ ...option, message }, null, 2));
    else if (json)
      io.err(
        failureJson({
          code: 'usage',
          message,
          params: { kind: 'unknown-option', name: option.option.slice(2) },
        }),
      );
    else (known ? io.out : io.err)(message);
    return known ? 0 : 2;
  }
  if (name === 'help' && rest.length > 0 && rest[0] !== '--json') {
    // `hamish help <command>` is `hamish <command> --help`.
    return main([rest[0] ?? '', '--help', ...(lang === undefined ? [] : ['--lang', lang])], io, env);
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name] ?? FILE_COMMANDS[name];
  if (!command) return usageError(new UsageError({ kind: 'unknown-command', name }));
  let args: ParsedArgs;
  try {
    args = parseArgs(rest, 'writing' in command ? { ...COMMON, ...command.options } : command.options);
    if (!args.flags.has('help')) USAGE_CHECKS[name]?.(args);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error, name);
    throw error;
  }
  if (args.flags.has('help')) {
    io.out(help(name));
    return 0;
  }
  if (!('writing' in command)) {
    return command.run({ args, io, say, json, language }).catch(fail);
  }
  let library: Library | undefined;
  try {
    const dir = valueOf(args, 'library') ?? defaultLibraryDir(env);
    const lock = { command: `hamish ${name}`, wait: args.flags.has('wait') };
    const [writing, creatable] = [command.writing, 'create' in command.options];
    library = await openLibrary(
      dir,
      writing,
      args.flags.has('create'),
      lock,
      localCoder(name, args),
      creatable,
    );
    // The whole check is over before anything is printed: a damaged file is reported, never listed as fine.
    await library.checkDone;
    const setAside = reportStartup(library.startupReport(), io, language);
    // Search attaches only if a command uses it: a short-lived command must not build the index.
    const services = createServices(library, { generator: CLI_GENERATOR, searchAtOnce: false });
    const code = await command.run({ args, services, io, say, json, language });
    return setAside ? Math.max(code, 1) : code;
  } catch (error) {
    return fail(error);
  } finally {
    await library?.close();
  }
}
