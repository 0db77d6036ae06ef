/**
 * The importer process of the batch-import crash test: opens the real
 * Library on the folder argv[2] and imports every file of the folder argv[3]
 * (importFiles), with duplicates checked on main (argv[4] "memory") or, as
 * the app and the CLI do, in the search workers (argv[4] "workers": files
 * screened in runs ahead of the chunk being listed). It prints "ready" once the
 * library is open, "begin <id>" as each article is handed to the batch (its
 * file written from then on, listed only with its chunk: the test kills a few
 * ms after the n-th, in the import's own work), and "ack <id>" for each
 * article once the index listing it is on disk (the library's 'added-many'
 * event, told after the index write):
 * the moment the import counts it as added. Writes to a pipe are synchronous
 * on Linux, so an ack line is out before the import goes on.
 */

import { writeSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { importFiles } from '../../../electron/services/import/import-batch';
import { ArticleBatch } from '../../../electron/services/library/article-batch';
import { Library } from '../../../electron/services/library/library';
import { createServices } from '../../../electron/services/services';

const [dir, folder, finder = 'memory'] = process.argv.slice(2);
if (!dir || !folder) throw new Error('usage: folder-importer <libraryDir> <folder>');

const say = (line: string) => writeSync(1, `${line}\n`);
const { add } = Object.getOwnPropertyDescriptors(ArticleBatch.prototype);
ArticleBatch.prototype.add = function (this: ArticleBatch, input) {
  say(`begin ${input.id ?? ''}`);
  return (add.value as ArticleBatch['add']).call(this, input);
};
const library = await Library.open(dir, { dailyBackup: false });
library.onChange((event) => {
  if (event.kind === 'added-many') for (const { meta } of event.articles) say(`ack ${meta.id}`);
  if (event.kind === 'added') say(`ack ${event.meta.id}`);
});
const paths = (await readdir(folder)).sort().map((name) => join(folder, name));
const duplicates = finder === 'workers' ? createServices(library).search.duplicateFinder() : undefined;
say('ready');
const report = await importFiles(library, paths, duplicates ? { duplicates } : {});
say(`done ${report.added.length}`);
await library.close();
