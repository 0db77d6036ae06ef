/**
 * A search worker entry whose native module cannot be loaded, for the tests
 * of that failure (native-module.test.ts, search-early-start.test.ts): a
 * "better_sqlite3.node" that is not a shared object, which Node's dlopen
 * refuses exactly as one built for another runtime.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes the broken module and a worker entry that loads it into `dir`; resolves to the entry's path. */
export async function brokenNativeWorker(dir: string): Promise<string> {
  await writeFile(join(dir, 'better_sqlite3.node'), 'this is not an ELF file\n');
  const entry = join(dir, 'worker.mjs');
  await writeFile(
    entry,
    `import { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./better_sqlite3.node');\n`,
  );
  return entry;
}
