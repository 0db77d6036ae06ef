/**
 * The part of the start-up check Library.open waits for: only what listing
 * needs. Removes temp files left in the library folder by an interrupted
 * write, parses and validates index.json, taxonomy.json, entities.json and adjudication.json,
 * moves a damaged one to quarantine/ (never deleting it), and rebuilds a
 * damaged (or lost) index (index-rebuild.ts: what still passes the schema in
 * the damaged one, then the newest backup, then the texts). The per-article files are
 * verified afterwards, in the background (deep-check.ts). Also the helpers
 * both parts share: reading a file checked, listing `<uuid>.json` files, and
 * recording what was quarantined for the report.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { IndexLoss, LibraryFileKind, QuarantinedFile } from '../../../../shared/startup-report';
import { writeFileAtomic } from '../../storage/atomic-write';
import { Slicer } from '../../storage/slicer';
import { foldIndexJournal } from '../index-journal';
import type { Taxonomy } from '../../../../shared/taxonomy';
import {
  ADJUDICATION_FILE,
  adjudicationFileSchema,
} from '../../../../shared/adjudication/adjudication-types';
import { ENTITIES_FILE, entitiesFileSchema, type EntitiesFile } from '../entity-store';
import { indexFileSchema, taxonomySchema, type IndexFile } from '../library-files';
import { isPlainValidIndex } from './index-fast-check';
import { rebuildIndex } from './index-rebuild';
import { readIndexEntries } from './index-salvage';
import type { LibraryPaths } from '../library-paths';
import { quarantineFile, removeTempFiles } from './quarantine';

const ID_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

/** A file read and validated: its data, why it was refused, or that it does not exist. */
export type Checked<T> =
  { status: 'ok'; data: T } | { status: 'bad'; reason: string } | { status: 'missing' };

/**
 * Reads, parses and validates one file (also used to vet a backup before
 * restoring it). `fast`, when given, may accept the parsed JSON as it is
 * without zod (it must accept only what the schema accepts unchanged).
 */
export async function readChecked<T>(
  path: string,
  schema: z.ZodType<T>,
  fast?: (json: unknown) => json is T,
): Promise<Checked<T>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'bad', reason: `unreadable: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'bad', reason: 'not valid JSON' };
  }
  if (fast?.(json)) return { status: 'ok', data: json };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { status: 'ok', data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    status: 'bad',
    reason: `unexpected content at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  };
}

/** Ids of the `<uuid>.json` names, lower case only (the library writes no other; the rest are reported as unknown). */
export function idsOf(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const match = ID_FILE.exec(name);
    return match?.[1] ? [match[1]] : [];
  });
}

/** idsOf over many names (200,000 at 100k articles), letting the event loop turn every few ms. */
export async function idsOfInSlices(names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  const slices = new Slicer();
  for (let at = 0; at < names.length; at += 2_000) {
    ids.push(...idsOf(names.slice(at, at + 2_000)));
    if (slices.due) await slices.next();
  }
  return ids;
}

/** Moves damaged files to quarantine/ and keeps the list the user is shown. */
export class Checker {
  readonly quarantined: QuarantinedFile[] = [];

  constructor(
    private readonly paths: LibraryPaths,
    private readonly at: Date,
    /** Report only: nothing is moved or removed (another process holds the library's lock). */
    readonly readOnly = false,
  ) {}

  /** Moves `path` to quarantine/ and records it (read-only: records it, left in place). */
  async quarantine(
    kind: LibraryFileKind,
    path: string,
    reason: string,
    article?: { id: string; title?: string },
  ): Promise<void> {
    if (this.readOnly) {
      this.record(kind, path, null, reason, article);
      const recorded = this.quarantined.at(-1);
      if (recorded) recorded.leftInPlace = true;
      return;
    }
    const movedTo = await quarantineFile(this.paths.dir, path, this.at);
    this.record(kind, path, movedTo, reason, article);
  }

  /**
   * Puts a copy of `path` in quarantine/ and records it, leaving the file in
   * place for the caller to repair (read-only: records it, left in place).
   */
  async keepCopy(
    kind: LibraryFileKind,
    path: string,
    reason: string,
    article?: { id: string; title?: string },
  ): Promise<void> {
    if (this.readOnly) return this.quarantine(kind, path, reason, article);
    this.record(kind, path, await quarantineFile(this.paths.dir, path, this.at, true), reason, article);
  }

  /** Records a file the user must hear about (`movedTo` null: it was missing). */
  record(
    kind: LibraryFileKind,
    path: string,
    movedTo: string | null,
    reason: string,
    article?: { id: string; title?: string },
  ): void {
    const file = path.slice(this.paths.dir.length + 1).replaceAll('\\', '/');
    // Read-only, a damaged file stays where it is: a later pass (the deep check after a rebuild) finds it again.
    if (this.quarantined.some((q) => q.file === file)) return;
    this.quarantined.push({
      kind,
      file,
      movedTo,
      reason,
      ...(article ? { articleId: article.id } : {}),
      ...(article?.title !== undefined ? { title: article.title } : {}),
    });
  }
}

/** What the open-time check leaves for Library.open. */
export interface OpenCheck {
  tempFilesRemoved: number;
  /** The validated index (rebuilt if it had to be); null for a new library. */
  index: IndexFile | null;
  /** The validated taxonomy; null when missing or quarantined (the default is used). */
  taxonomy: Taxonomy | null;
  /** The validated entities; null when missing or quarantined (none yet). */
  entities: EntitiesFile | null;
  indexRebuilt: boolean;
  /** index.journal lines dropped at open: torn by a crash mid-append (never acknowledged) or invalid. */
  indexJournalDropped: number;
  /** After a rebuild, what each article lost. */
  indexLosses: IndexLoss[];
}

/**
 * The open-time check of the library in `paths.dir` (which exists); see the
 * module comment. `deferIndex`: index.json is not read here (the library
 * opens from index.head.json; index-load.ts reads the index after).
 */
export async function checkOnOpen(
  paths: LibraryPaths,
  checker: Checker,
  deferIndex = false,
): Promise<OpenCheck> {
  const tempFilesRemoved = checker.readOnly ? 0 : await removeTempFiles([paths.dir]);

  const taxonomy = await readChecked(paths.taxonomy, taxonomySchema);
  if (taxonomy.status === 'bad') await checker.quarantine('taxonomy', paths.taxonomy, taxonomy.reason);
  const entitiesPath = join(paths.dir, ENTITIES_FILE);
  const entities = await readChecked(entitiesPath, entitiesFileSchema);
  if (entities.status === 'bad') await checker.quarantine('entities', entitiesPath, entities.reason);
  // Adjudication decisions (adjudication-store.ts reads the file when used): a damaged one is set aside.
  const adjudicationPath = join(paths.dir, ADJUDICATION_FILE);
  const adjudication = await readChecked(adjudicationPath, adjudicationFileSchema);
  if (adjudication.status === 'bad')
    await checker.quarantine('adjudication', adjudicationPath, adjudication.reason);

  const files = {
    tempFilesRemoved,
    taxonomy: taxonomy.status === 'ok' ? taxonomy.data : null,
    entities: entities.status === 'ok' ? entities.data : null,
  };
  // Opened from its head (index-head.ts): index.json is read after open (index-load.ts).
  if (deferIndex)
    return { ...files, index: null, indexRebuilt: false, indexLosses: [], indexJournalDropped: 0 };
  return { ...files, ...(await checkIndexOnOpen(paths, checker)) };
}

/** The index's part of the open-time check: what OpenCheck says of the index. */
export type IndexCheck = Pick<OpenCheck, 'index' | 'indexRebuilt' | 'indexLosses' | 'indexJournalDropped'>;

/**
 * Reads and validates index.json, replays and folds index.journal, or
 * quarantines a damaged index and rebuilds it (see the module comment).
 */
export async function checkIndexOnOpen(paths: LibraryPaths, checker: Checker): Promise<IndexCheck> {
  const index = await readChecked(paths.index, indexFileSchema, isPlainValidIndex);
  const none = { indexRebuilt: false, indexLosses: [] };
  if (index.status !== 'bad') {
    // The journal of batch listings (index-journal.ts) is replayed onto the snapshot and folded into it.
    const found = index.status === 'ok' ? index.data : null;
    const journal = await foldIndexJournal(paths.index, found, checker.readOnly);
    if (journal.index) return { index: journal.index, ...none, indexJournalDropped: journal.dropped };
  }
  const old =
    index.status === 'bad' ? await readIndexEntries(paths.index) : new Map<string, Record<string, unknown>>();
  if (index.status === 'bad') await checker.quarantine('index', paths.index, index.reason);
  const texts = idsOf(await readdir(paths.articlesDir).catch(() => []));
  if (index.status === 'missing' && texts.length === 0)
    return { index: null, ...none, indexJournalDropped: 0 };
  const rebuilt = await rebuildIndex(paths, checker, old);
  if (!checker.readOnly) await writeFileAtomic(paths.index, `${JSON.stringify(rebuilt.index, null, 2)}\n`);
  // Every article file is listed now: the journal, if any, adds nothing and goes.
  const journal = await foldIndexJournal(paths.index, rebuilt.index, checker.readOnly);
  return {
    index: journal.index,
    indexRebuilt: true,
    indexLosses: rebuilt.losses,
    indexJournalDropped: journal.dropped,
  };
}
