/**
 * Restoring a backup: the backup is vetted first (every file parses and
 * validates, every listed text is there and matches its hash), then the
 * current state is itself backed up ("…-before-restore-hhmmss"), so a restore
 * never loses anything, and only then are the live files replaced: texts
 * first, annotations next, the index last, each by atomic write.
 * entities.json and adjudication.json are replaced only when the backup has one.
 */

import { link, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RestoreResult } from '../../../shared/backups';
import { AppFailure } from '../../../shared/result';
import { tempPathFor, writeFileAtomic } from '../storage/atomic-write';
import { removeJournal } from './annotation-journal';
import {
  assertBackupName,
  backupsDir,
  createBackup,
  idFiles,
  journalFiles,
  localDate,
  pruneBackups,
} from './backups';
import { readChecked } from './check/library-check';
import { annotationsFileSchema, articleFileSchema, indexFileSchema, taxonomySchema } from './library-files';
import type { LibraryPaths } from './library-paths';
import { sha256Hex } from './library-records';

function damaged(name: string, detail: string): AppFailure {
  return new AppFailure('storage-failed', `Backup ${name} is damaged: ${detail}`, { file: name });
}

/** Checks every file of backup `source`; throws storage-failed naming the first bad one. */
async function vet(source: string, name: string): Promise<void> {
  const index = await readChecked(join(source, 'index.json'), indexFileSchema);
  if (index.status !== 'ok') throw damaged(name, 'index.json');
  if ((await readChecked(join(source, 'taxonomy.json'), taxonomySchema)).status !== 'ok') {
    throw damaged(name, 'taxonomy.json');
  }
  for (const meta of index.data.articles) {
    const text = await readChecked(join(source, 'articles', `${meta.id}.json`), articleFileSchema);
    if (text.status !== 'ok' || sha256Hex(text.data.text) !== meta.textSha256) {
      throw damaged(name, `articles/${meta.id}.json`);
    }
  }
  for (const file of await idFiles(join(source, 'annotations'))) {
    const read = await readChecked(join(source, 'annotations', file), annotationsFileSchema);
    if (read.status !== 'ok' || `${read.data.articleId}.json` !== file)
      throw damaged(name, `annotations/${file}`);
  }
}

/** hhmmss of `at` in local time. */
const localTime = (at: Date): string =>
  [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join('');

/**
 * Replaces the live library files with backup `name`. The caller makes sure
 * nothing else touches the library meanwhile and reloads it afterwards.
 */
export async function restoreLibraryFiles(
  paths: LibraryPaths,
  name: string,
  at: Date,
): Promise<RestoreResult> {
  assertBackupName(name);
  const source = join(backupsDir(paths), name);
  const sourceFiles = await readdir(source).catch(() => null);
  if (!sourceFiles) throw new AppFailure('not-found', `No backup ${name}`, { id: name });
  await vet(source, name);

  const stem = `${localDate(at)}-before-restore-${localTime(at)}`;
  const taken = new Set(await readdir(backupsDir(paths)));
  let savedAs = stem;
  for (let n = 2; taken.has(savedAs); n++) savedAs = `${stem}-${n}`;
  await createBackup(paths, savedAs, at);

  const wanted = new Set(await idFiles(join(source, 'articles')));
  const live = new Set(await idFiles(paths.articlesDir));
  for (const file of wanted) {
    if (live.has(file)) continue; // texts never change: the same id is the same text
    const target = join(paths.articlesDir, file);
    const temp = tempPathFor(target);
    await link(join(source, 'articles', file), temp).catch(async () =>
      writeFileAtomic(temp, await readFile(join(source, 'articles', file), 'utf8')),
    );
    await rename(temp, target);
  }
  // The live journals go first: one left beside a restored file would replay live changes onto it.
  // (Their changes are in the before-restore backup just made, folded into its files.)
  for (const file of await journalFiles(paths.annotationsDir))
    await removeJournal(join(paths.annotationsDir, file));
  const keptAnnotations = new Set(await idFiles(join(source, 'annotations')));
  for (const file of keptAnnotations) {
    const content = await readFile(join(source, 'annotations', file), 'utf8');
    await writeFileAtomic(join(paths.annotationsDir, file), content);
  }
  for (const file of await idFiles(paths.annotationsDir)) {
    if (!keptAnnotations.has(file)) await rm(join(paths.annotationsDir, file), { force: true });
  }
  for (const file of ['taxonomy.json', 'entities.json', 'adjudication.json'].filter((f) =>
    sourceFiles.includes(f),
  )) {
    await writeFileAtomic(join(paths.dir, file), await readFile(join(source, file), 'utf8'));
  }
  await writeFileAtomic(paths.index, await readFile(join(source, 'index.json'), 'utf8'));
  for (const file of live) if (!wanted.has(file)) await rm(join(paths.articlesDir, file), { force: true });
  await pruneBackups(paths);
  return { restored: name, savedAs };
}
