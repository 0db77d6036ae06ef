/**
 * The start-up check of a library folder, run by Library.open before anything
 * is read: removes temp files left by an interrupted write, parses and
 * validates every library file, moves a damaged one to quarantine/ (never
 * deleting it) and repairs index.json so the rest of the library opens:
 * entries whose text is gone are dropped, and a damaged index is rebuilt
 * from the article files. Returns what it did, for the user.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { detectLanguage } from '../../../shared/arabic-text';
import { codePointLength } from '../../../shared/code-points';
import type { ArticleMeta } from '../../../shared/model';
import type { LibraryFileKind, QuarantinedFile, StartupReport } from '../../../shared/startup-report';
import { writeFileAtomic } from '../storage/atomic-write';
import {
  annotationsFileSchema,
  articleFileSchema,
  indexFileSchema,
  taxonomySchema,
  type ArticleFile,
  type IndexFile,
} from './library-files';
import type { LibraryPaths } from './library-paths';
import { quarantineFile, removeTempFiles } from './quarantine';
import { sha256Hex } from './library-records';

const ID_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;
const TITLE_LENGTH = 120;

type Checked<T> = { status: 'ok'; data: T } | { status: 'bad'; reason: string } | { status: 'missing' };

/** Reads, parses and validates one file (also used to vet a backup before restoring it). */
export async function readChecked<T>(path: string, schema: z.ZodType<T>): Promise<Checked<T>> {
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
  const parsed = schema.safeParse(json);
  if (parsed.success) return { status: 'ok', data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    status: 'bad',
    reason: `unexpected content at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  };
}

/** Ids of the `<uuid>.json` files in `dir` (other names are not the library's and are left alone). */
async function idFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const match = ID_FILE.exec(name);
    return match?.[1] ? [match[1]] : [];
  });
}

/** A title for an article whose metadata was lost: its first line. */
function recoveredTitle(file: ArticleFile): string {
  const first = file.blocks[0];
  const line = first ? [...file.text].slice(first.start, first.end).join('') : file.text.split('\n')[0];
  return [...(line ?? '').trim()].slice(0, TITLE_LENGTH).join('') || file.id;
}

class Checker {
  readonly quarantined: QuarantinedFile[] = [];

  constructor(
    private readonly paths: LibraryPaths,
    private readonly at: Date,
  ) {}

  async quarantine(
    kind: LibraryFileKind,
    path: string,
    reason: string,
    article?: { id: string; title?: string },
  ): Promise<void> {
    const movedTo = await quarantineFile(this.paths.dir, path, this.at);
    this.record(kind, path, movedTo, reason, article);
  }

  record(
    kind: LibraryFileKind,
    path: string,
    movedTo: string | null,
    reason: string,
    article?: { id: string; title?: string },
  ): void {
    const file = path.slice(this.paths.dir.length + 1).replaceAll('\\', '/');
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

/** Checks and repairs the library in `paths.dir` (which exists); see the module comment. */
export async function checkLibrary(paths: LibraryPaths, at: Date): Promise<StartupReport> {
  const tempFilesRemoved = await removeTempFiles([paths.dir, paths.articlesDir, paths.annotationsDir]);
  const checker = new Checker(paths, at);

  const taxonomy = await readChecked(paths.taxonomy, taxonomySchema);
  if (taxonomy.status === 'bad') await checker.quarantine('taxonomy', paths.taxonomy, taxonomy.reason);

  const index = await readChecked(paths.index, indexFileSchema);
  if (index.status === 'bad') await checker.quarantine('index', paths.index, index.reason);
  const metas = new Map((index.status === 'ok' ? index.data.articles : []).map((m) => [m.id, m]));

  // Article texts: a damaged one takes its annotations with it (they cannot be shown without it).
  const texts = new Map<string, ArticleFile>();
  for (const id of await idFiles(paths.articlesDir)) {
    const path = paths.article(id);
    const meta = metas.get(id);
    const read = await readChecked(path, articleFileSchema);
    let reason = read.status === 'bad' ? read.reason : '';
    if (read.status === 'ok' && read.data.id !== id) reason = 'belongs to another article';
    else if (read.status === 'ok' && meta && sha256Hex(read.data.text) !== meta.textSha256) {
      reason = 'text does not match its recorded hash';
    }
    if (read.status === 'ok' && !reason) {
      texts.set(id, read.data);
      continue;
    }
    if (read.status === 'missing') continue;
    const article = { id, ...(meta ? { title: meta.title } : {}) };
    await checker.quarantine('article', path, reason, article);
    if ((await readChecked(paths.annotations(id), annotationsFileSchema)).status !== 'missing') {
      await checker.quarantine('annotations', paths.annotations(id), 'its article text is damaged', article);
    }
  }

  const counts = new Map<string, number>();
  for (const id of await idFiles(paths.annotationsDir)) {
    const path = paths.annotations(id);
    const read = await readChecked(path, annotationsFileSchema);
    if (read.status === 'missing') continue;
    const reason =
      read.status === 'bad' ? read.reason : read.data.articleId !== id ? 'belongs to another article' : '';
    if (read.status === 'ok' && !reason) {
      counts.set(id, read.data.annotations.length);
      continue;
    }
    const title = metas.get(id)?.title;
    await checker.quarantine('annotations', path, reason, { id, ...(title !== undefined ? { title } : {}) });
    counts.set(id, 0);
  }

  // Repair the index: rebuilt when damaged (or lost while texts exist), else pruned of texts that are gone.
  let next: IndexFile | null = null;
  const indexRebuilt = index.status === 'bad' || (index.status === 'missing' && texts.size > 0);
  if (indexRebuilt) {
    const articles: ArticleMeta[] = [];
    for (const [id, file] of texts) {
      const { mtime } = await stat(paths.article(id));
      articles.push({
        id,
        title: recoveredTitle(file),
        source: '',
        date: '',
        language: detectLanguage(file.text),
        addedAt: mtime.toISOString(),
        textSha256: sha256Hex(file.text),
        length: codePointLength(file.text),
        annotationCount: counts.get(id) ?? 0,
      });
    }
    // seeded stays true: a library that lost its index must not get the sample again.
    next = { version: 1, seeded: true, articles };
  } else if (index.status === 'ok') {
    const kept = index.data.articles.filter((meta) => texts.has(meta.id));
    for (const meta of index.data.articles.filter((m) => !texts.has(m.id))) {
      if (!checker.quarantined.some((q) => q.kind === 'article' && q.articleId === meta.id)) {
        checker.record('article', paths.article(meta.id), null, 'the text file is missing', meta);
      }
    }
    // Counts follow the annotation files (one quarantined, or a count write lost in a crash).
    const counted = kept.map((meta) => ({ ...meta, annotationCount: counts.get(meta.id) ?? 0 }));
    const same = counted.every((meta, i) => meta.annotationCount === kept[i]?.annotationCount);
    if (!same || kept.length !== index.data.articles.length) next = { ...index.data, articles: counted };
  }
  if (next) await writeFileAtomic(paths.index, `${JSON.stringify(next, null, 2)}\n`);

  return { tempFilesRemoved, quarantined: checker.quarantined, indexRebuilt, preferencesSetAside: null };
}
