/** Runs `hamish`'s exported main in-process, collecting what it prints, in a given environment. */

import { main } from '../../../../electron/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `hamish ...argv` with `env` (default: English, no HAMISH_LIBRARY_DIR). */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = { LANG: 'en_GB.UTF-8' },
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
