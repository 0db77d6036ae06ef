/**
 * A small, strict command-line parser: positionals, "--name value",
 * "--name=value", repeatable options and boolean flags. Anything it does not
 * know is a usage error (exit code 2), never silently ignored. Usage errors
 * carry a problem (kind and details), not a sentence: messages.ts words them
 * in the CLI's language.
 */

/** What is wrong with a command line; `messages-*.ts` turn each into a sentence. */
export type UsageProblem =
  | { kind: 'unknown-command'; name: string }
  | { kind: 'unknown-option' | 'takes-no-value' | 'given-twice'; name: string }
  /** An option given without its value (none follows, or the next word is another option); `allowed`: comma-separated. */
  | { kind: 'needs-value'; name: string; allowed?: string }
  | { kind: 'no-arguments'; command: string; args: string }
  | { kind: 'needs-files' | 'needs-format' | 'needs-out' | 'one-file' | 'needs-ids' }
  | { kind: 'unknown-format'; value: string }
  | { kind: 'unknown-policy'; value: string }
  | { kind: 'unknown-source'; value: string }
  | { kind: 'bad-map'; value: string }
  | { kind: 'unknown-duplicate-choice'; value: string }
  | { kind: 'unknown-language'; value: string }
  | { kind: 'bad-article-id'; value: string }
  | { kind: 'needs-two-files' }
  | { kind: 'out-is-input'; value: string }
  | { kind: 'file-twice'; value: string }
  /** An option's value is not one of `allowed` (comma-separated). */
  | { kind: 'bad-choice'; name: string; value: string; allowed: string }
  | { kind: 'bad-date'; name: string; value: string }
  | { kind: 'reversed-dates'; value: string };

export class UsageError extends Error {
  override name = 'UsageError';

  constructor(readonly problem: UsageProblem) {
    super(`usage: ${problem.kind}`);
  }
}

export interface OptionSpec {
  /** Takes a value (else it is a flag). */
  value?: boolean;
  /** May be given more than once (values are collected). */
  repeat?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Whether `word` can be the value of the option before it: not missing, not
 * empty, and not itself an option ("--json" after "--out" means the value was
 * left out; a value that starts with "--" is written "--out=--name").
 */
export function isValue(word: string | undefined): word is string {
  return word !== undefined && word !== '' && !word.startsWith('--');
}

/** Parses `argv` against `specs` (option names without "--"); throws UsageError. */
export function parseArgs(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg === '-h') parsed.flags.add('help');
      else parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError({ kind: 'unknown-option', name });
    if (!spec.value) {
      if (eq !== -1) throw new UsageError({ kind: 'takes-no-value', name });
      parsed.flags.add(name);
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    // "--out --json": the value was left out; "--out=--name" is one.
    if (value === undefined || value === '' || (eq === -1 && !isValue(value))) {
      throw new UsageError({ kind: 'needs-value', name });
    }
    const list = parsed.values.get(name) ?? [];
    if (list.length > 0 && !spec.repeat) throw new UsageError({ kind: 'given-twice', name });
    parsed.values.set(name, [...list, value]);
  }
  return parsed;
}

/** The single value of option `name`, or undefined. */
export function valueOf(args: ParsedArgs, name: string): string | undefined {
  return args.values.get(name)?.[0];
}
