/**
 * The search index's native module (better-sqlite3) failing to load in its
 * worker: built for another runtime (the app's Electron after `npm start`,
 * then run under plain Node by `node out/cli/hamish.mjs`, or the reverse), or
 * a damaged build. Turned into one AppFailure with the code 'native-module',
 * which the app and the command line word in the user's language with the
 * way out, instead of Node's dlopen message.
 */

import { AppFailure } from '../../../shared/result';

/** Node's message when a .node file was built for another ABI (NODE_MODULE_VERSION) or cannot be opened. */
const DLOPEN =
  /NODE_MODULE_VERSION|\.node\b.*(invalid ELF header|cannot open shared object|wrong ELF class)/u;

/**
 * `error` as an AppFailure('native-module', …, { detail }) when it is a failure to
 * load a native module (code ERR_DLOPEN_FAILED, or Node's dlopen wording), else
 * `error` itself. `detail` is Node's own first line, for --json and the log.
 */
export function asNativeModuleFailure(error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ERR_DLOPEN_FAILED' && !DLOPEN.test(error.message)) return error;
  const detail = error.message.split('\n')[0] ?? '';
  return new AppFailure(
    'native-module',
    `The search index's native module (better-sqlite3) could not be loaded: ${detail}`,
    { detail },
  );
}
