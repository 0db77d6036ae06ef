/**
 * Stands in for the running app in the lock tests: a real process that opens
 * the library as "app" (taking its lock, as electron/main.ts does) and obeys
 * lines on stdin: "edit" adds an annotation to the first article (and
 * prints "edited"), "quit" closes the library and exits. Prints "ready <pid>"
 * once the library is open, or "refused <message>" if it could not be.
 * Bundled with Vite for plain Node by the test.
 */

import { createInterface } from 'node:readline';
import { Library } from '../../../../../electron/services/library/library';

const dir = process.argv[2] ?? '';
const out = (line: string) => process.stdout.write(`${line}\n`);

async function run(): Promise<void> {
  let library: Library;
  try {
    library = await Library.open(dir, { access: { command: 'app' }, dailyBackup: false });
  } catch (error) {
    out(`refused ${(error as Error).message}`);
    return;
  }
  // Ready once the background start-up check is over: it writes check-stamps.tsv, and a test that
  // snapshots the folder to prove another process wrote nothing must not catch the app's own write.
  await library.checkDone;
  out(`ready ${process.pid}`);
  let edits = 0;
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'edit') {
      const [first] = await library.listArticles();
      // A new span each time: one with the span and tag of an existing annotation is that annotation.
      const start = 10 * edits++;
      if (first) await library.createAnnotation({ articleId: first.id, start, end: start + 3, tag: 'actor' });
      await library.flush();
      out('edited');
    } else if (line === 'quit') {
      break;
    }
  }
  await library.close();
  out('closed');
  process.stdin.destroy(); // the test's stdin pipe would keep the process alive
}

void run();
