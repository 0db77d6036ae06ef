/**
 * `hamish`, the command line: plain Node (no Electron), the same services as
 * the app. Built to out/cli/hamish.mjs (the package's "bin"). Exit codes:
 * 0 ok, 1 some items failed (or the start-up check set a damaged file
 * aside, or the library is in use), 2 bad usage.
 */

import { Library } from '../services/library/library';
import { createServices, type Services } from '../services/services';
import { parseArgs, UsageError, valueOf, type OptionSpec, type ParsedArgs } from './args';
import {
  adoptCommand,
  describeFailure,
  USAGE_CHECKS,
  exportCommand,
  importAnnotationsCommand,
  importCommand,
  listCommand,
  type Io,
} from './commands';
import { defaultLibraryDir } from './default-library';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { reportStartup } from './startup-notice';

/** Written into every export the command line makes. */
const CLI_GENERATOR = 'Hamish CLI';

type Command = (args: ParsedArgs, services: Services, io: Io) => Promise<number>;

const COMMON: Record<string, OptionSpec> = { library: { value: true }, help: {} };

/**
 * A command that writes takes the library's lock (refused while another
 * process holds it, or waiting with --wait); one that reads opens the
 * library read-only and writes nothing, so it works while the app runs.
 */
interface CommandSpec {
  run: Command;
  options: Record<string, OptionSpec>;
  writes: boolean;
}

const COMMANDS: Record<string, CommandSpec> = {
  import: { run: importCommand, options: { wait: {} }, writes: true },
  adopt: { run: adoptCommand, options: { wait: {} }, writes: true },
  list: { run: listCommand, options: { json: {} }, writes: false },
  export: {
    run: exportCommand,
    writes: false,
    options: {
      format: { value: true },
      out: { value: true },
      article: { value: true, repeat: true },
      compact: {},
      'no-text': {},
    },
  },
  'import-annotations': {
    run: importAnnotationsCommand,
    options: { 'on-conflict': { value: true }, wait: {} },
    writes: true,
  },
};

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`hamish: unknown command "${name}"\n\n${MAIN_HELP}`);
    return 2;
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(rest, { ...COMMON, ...command.options });
    if (!args.flags.has('help')) USAGE_CHECKS[name]?.(args);
  } catch (error) {
    io.err(`hamish ${name}: ${describeFailure(error)}\n\n${COMMAND_HELP[name] ?? ''}`);
    return 2;
  }
  if (args.flags.has('help')) {
    io.out(COMMAND_HELP[name] ?? MAIN_HELP);
    return 0;
  }
  let library: Library | undefined;
  try {
    const access = command.writes ? { command: `hamish ${name}`, wait: args.flags.has('wait') } : 'read-only';
    library = await Library.open(valueOf(args, 'library') ?? defaultLibraryDir(), { access });
    // The whole check is over before anything is printed: a damaged file is reported, never listed as fine.
    await library.checkDone;
    const setAside = reportStartup(library.startupReport(), io);
    // Search attaches only if a command uses it: a short-lived command must not build the index.
    const services = createServices(library, { generator: CLI_GENERATOR, searchAtOnce: false });
    const code = await command.run(args, services, io);
    return setAside ? Math.max(code, 1) : code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`hamish ${name}: ${error.message}\n\n${COMMAND_HELP[name] ?? ''}`);
      return 2;
    }
    io.err(`hamish ${name}: ${describeFailure(error)}`);
    return 1;
  } finally {
    await library?.close();
  }
}

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hamish: ${describeFailure(error)}\n`);
    process.exitCode = 1;
  },
);
