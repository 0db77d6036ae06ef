/**
 * Child process of the check stamps crash test (stamps-kill.test.ts): saves
 * the check stamps of `files` files in `dir` over and over, every file with
 * the round's number as its size, printing "ready", then "begin <round>"
 * and "ack <round>" around each save, until it is killed.
 * Usage: node stamps-writer.mjs <dir> <files>
 */

import { CheckStamps } from '../../../electron/services/library/check/check-stamps';

const [dir, count = '20000'] = process.argv.slice(2);
if (!dir) throw new Error('usage: stamps-writer <dir> <files>');
const files = Array.from({ length: Number(count) }, (_, i) => `articles/${String(i).padStart(8, '0')}.json`);
const stamps = await CheckStamps.load(dir);
process.stdout.write('ready\n');
for (let round = 1; ; round++) {
  for (const file of files) stamps.record(file, { size: round, mtimeMs: 1_000_000 + round });
  process.stdout.write(`begin ${round}\n`);
  await stamps.save();
  process.stdout.write(`ack ${round}\n`);
}
