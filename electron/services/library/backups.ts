/**
 * Rolling backups in <library>/backups/<name>/: a daily copy of index.json,
 * taxonomy.json, entities.json and adjudication.json (when present) and every annotations file,
 * plus the article texts. Texts are immutable and always replaced by rename,
 * never rewritten in place, so they are hard-linked (no extra space; copied
 * where links are not possible). A backup is assembled in a hidden staging
 * folder and renamed into place, so a crash never leaves half a backup under
 * a real name. The last BACKUPS_KEPT of each kind are kept.
 */

import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_NAME, BACKUPS_KEPT, backupKind, type BackupInfo } from '../../../shared/backups';
import { AppFailure } from '../../../shared/result';
import { writeFileAtomic } from '../storage/atomic-write';
import { foldedSnapshot, journalPathOf } from './annotation-journal';
import type { LibraryPaths } from './library-paths';

const ID_JSON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;
const ID_JOURNAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.journal$/i;
const TOP_FILES = ['index.json', 'taxonomy.json', 'entities.json', 'adjudication.json'] as const;
const MANIFEST = 'manifest.json';

/** <library>/backups */
export const backupsDir = (paths: LibraryPaths): string => join(paths.dir, 'backups');

/** yyyy-mm-dd in the machine's time zone: "today" as the user means it. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Throws AppFailure('invalid-argument') unless `name` is a backup name (it becomes a path). */
export function assertBackupName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !BACKUP_NAME.test(name)) {
    throw new AppFailure('invalid-argument', 'Not a backup name', { field: 'name' });
  }
}

/** The `<id>.json` files of a library folder (articles/ or annotations/). */
export const idFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => ID_JSON.test(n));

/** The `<id>.journal` files of an annotations folder. */
export const journalFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => ID_JOURNAL.test(n));

/**
 * Backs up one article's annotations into `staging`: the live file with its
 * journal folded in; a file that does not parse is copied as it is, with its
 * journal beside it. Resolves to the number of annotations backed up.
 */
async function backUpAnnotations(paths: LibraryPaths, id: string, staging: string): Promise<number> {
  const source = join(paths.annotationsDir, `${id}.json`);
  const target = join(staging, 'annotations', `${id}.json`);
  const folded = await foldedSnapshot(source, id);
  if (folded !== null) {
    await writeFileAtomic(target, folded);
    return countAnnotations(target);
  }
  const copy = (from: string, to: string) =>
    copyDurably(from, to).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  await copy(source, target);
  await copy(journalPathOf(source), journalPathOf(target));
  return countAnnotations(target);
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

async function copyDurably(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  await fsyncPath(to);
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyDurably(from, to));
}

/**
 * How many annotations a backed-up file holds, for the manifest. The daily
 * backup runs before the background check has looked at every file, so a
 * damaged one is copied as it is and counted as none.
 */
async function countAnnotations(path: string): Promise<number> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { annotations?: unknown };
    return Array.isArray(parsed.annotations) ? parsed.annotations.length : 0;
  } catch {
    return 0;
  }
}

/** Copies the live library into backups/<name> (replacing nothing: a name already used is an error). */
export async function createBackup(paths: LibraryPaths, name: string, at: Date): Promise<BackupInfo> {
  assertBackupName(name);
  const root = backupsDir(paths);
  const staging = join(root, `.staging-${randomBytes(6).toString('hex')}`);
  await mkdir(join(staging, 'annotations'), { recursive: true });
  await mkdir(join(staging, 'articles'), { recursive: true });
  try {
    for (const file of TOP_FILES) {
      await copyDurably(join(paths.dir, file), join(staging, file)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
    }
    let annotations = 0;
    const named = [...(await idFiles(paths.annotationsDir)), ...(await journalFiles(paths.annotationsDir))];
    for (const id of new Set(named.map((n) => n.slice(0, n.lastIndexOf('.'))))) {
      annotations += await backUpAnnotations(paths, id, staging);
    }
    const texts = await idFiles(paths.articlesDir);
    for (const file of texts)
      await linkOrCopy(join(paths.articlesDir, file), join(staging, 'articles', file));
    const info: BackupInfo = {
      name,
      kind: backupKind(name),
      createdAt: at.toISOString(),
      articles: texts.length,
      annotations,
    };
    await writeFileAtomic(join(staging, MANIFEST), `${JSON.stringify(info, null, 2)}\n`);
    await fsyncPath(join(staging, 'annotations'));
    await fsyncPath(join(staging, 'articles'));
    await rename(staging, join(root, name));
    await fsyncPath(root);
    return info;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The backups, newest first (folders without a readable manifest are skipped). */
export async function listBackups(paths: LibraryPaths): Promise<BackupInfo[]> {
  const root = backupsDir(paths);
  const names = (await readdir(root).catch(() => [] as string[])).filter((n) => BACKUP_NAME.test(n));
  const infos: BackupInfo[] = [];
  for (const name of names) {
    try {
      const manifest = JSON.parse(await readFile(join(root, name, MANIFEST), 'utf8')) as Partial<BackupInfo>;
      infos.push({
        name,
        kind: backupKind(name),
        createdAt: typeof manifest.createdAt === 'string' ? manifest.createdAt : '',
        articles: Number(manifest.articles) || 0,
        annotations: Number(manifest.annotations) || 0,
      });
    } catch {
      // Not a complete backup; left alone.
    }
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Removes staging folders of interrupted backups and all but the newest BACKUPS_KEPT of each kind. */
export async function pruneBackups(paths: LibraryPaths): Promise<void> {
  const root = backupsDir(paths);
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith('.staging-'))) {
    await rm(join(root, name), { recursive: true, force: true });
  }
  for (const kind of ['daily', 'before-restore'] as const) {
    const ofKind = names.filter((n) => BACKUP_NAME.test(n) && backupKind(n) === kind).sort();
    for (const old of ofKind.slice(0, Math.max(0, ofKind.length - BACKUPS_KEPT))) {
      await rm(join(root, old), { recursive: true, force: true });
    }
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Makes today's backup unless it exists (or the library is brand new, with
 * nothing to keep yet), then prunes. Returns the new backup, or null.
 */
export async function ensureDailyBackup(paths: LibraryPaths, at: Date): Promise<BackupInfo | null> {
  const name = localDate(at);
  const due = !(await exists(join(backupsDir(paths), name))) && (await exists(paths.index));
  const made = due ? await createBackup(paths, name, at) : null;
  await pruneBackups(paths);
  return made;
}
