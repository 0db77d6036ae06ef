/**
 * `hamish`, the command line: plain Node (no Electron), the same services as
 * the app. Built to out/cli/hamish.mjs; run it as `npm run hamish -- <command>`
 * or `node out/cli/hamish.mjs <command>`. The logic is in main.ts.
 */

import { main } from './main';

// A reader that stops early (`hamish list | head`) closes the pipe: that is not
// an error of ours, so stop quietly as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hamish: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
