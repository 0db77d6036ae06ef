/**
 * The deep part of the start-up check, run after the library has opened so
 * that listing never waits for it: every article text is parsed, validated
 * and hashed against the index, every annotations file parsed and validated
 * with its journal folded in (and the index's counts repaired from both;
 * journal lines cut off by a crash are dropped and counted; claims naming a
 * missing annotation repaired, claim-check.ts). A damaged file goes to
 * quarantine/ and into the report; a damaged text takes its annotations with
 * it and its article leaves the index, as does an article whose text is
 * missing. Temp files of interrupted writes in articles/ and annotations/
 * that predate the open are removed.
 *
 * It runs in the background, a few files at a time, each under its article's
 * lock; every step awaits file I/O, so the event loop is never held for more
 * than one file's parse and hash. Files whose size and mtime match their
 * check stamp are not read again. An article the user opens before the
 * background pass reaches it is verified on the spot (`ensure`): a damaged
 * text then fails with AppFailure('file-damaged') instead of showing garbage.
 */

import { rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Annotation, ArticleMeta } from '../../../../shared/model';
import { AppFailure } from '../../../../shared/result';
import type { ClaimRepair } from '../../../../shared/startup-report';
import { repairClaims } from './claim-check';
import type { CheckStamps, FileStat } from './check-stamps';
import { dirNames } from '../../storage/dir-names';
import { distinctInSlices } from '../../storage/slicer';
import { idsOfInSlices, readChecked, type Checker } from './library-check';
import {
  foldJournal,
  journalPathOf,
  readJournal,
  rewriteJournal,
  type JournalRead,
} from '../annotation-journal';
import { annotationsFileSchema, articleFileSchema } from '../library-files';
import type { LibraryPaths } from '../library-paths';
import { sha256Hex } from '../library-records';
import { isTempFileName } from './quarantine';

/** How many articles are verified at once (file I/O overlaps; parsing stays one file at a time). */
const PARALLEL = 4;
/** Temp files younger than this before the open may belong to a write of this session. */
const TEMP_MARGIN_MS = 1000;

/** What the deep check needs from the library. */
export interface DeepCheckHost {
  paths: LibraryPaths;
  checker: Checker;
  /** When the library opened (ms since the epoch). */
  openedAt: number;
  /** Runs `task` under the article's lock. */
  underLock<T>(id: string, task: () => Promise<T>): Promise<T>;
  /** The article's live metadata, if the index lists it. */
  meta(id: string): ArticleMeta | undefined;
  /** Ids the index lists (trashed ones included). */
  listedIds(): string[];
  /** Removes the article from the index (its text is damaged or gone). Inside the lock. */
  dropArticle(id: string): Promise<void>;
  /** Forgets cached files of the article (one was quarantined). */
  forget(id: string): void;
  /** Sets the index's annotation counts from the article's annotations file. Inside the lock. */
  setCounts(meta: ArticleMeta, annotations: readonly Annotation[]): void;
}

type Outcome = 'ok' | 'text-damaged' | 'text-missing';

const rel = (kind: 'articles' | 'annotations', id: string) => `${kind}/${id}.json`;

async function statOf(path: string): Promise<FileStat | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export class DeepCheck {
  /** Articles verified this session, with the outcome (damaged ones stay damaged). */
  private readonly outcomes = new Map<string, Outcome>();
  private readonly running = new Map<string, Promise<Outcome>>();
  private stopping = false;
  private loaded: Promise<CheckStamps> | null = null;
  /** Temp files of interrupted writes the check removed. */
  tempFilesRemoved = 0;
  /** Journal lines dropped: cut off by a crash mid-append (never acknowledged), or unreadable. */
  journalLinesDropped = 0;
  /** Claims that pointed to missing annotations, repaired. */
  readonly claimsRepaired: ClaimRepair[] = [];

  constructor(
    private readonly host: DeepCheckHost,
    /** Loads the check stamps (on first need, so that opening never waits for them). */
    private readonly loadStamps: () => Promise<CheckStamps>,
  ) {}

  private stamps(): Promise<CheckStamps> {
    return (this.loaded ??= this.loadStamps());
  }

  /** The library just wrote this article's text: it needs no check. */
  trust(id: string): void {
    this.outcomes.set(id, 'ok');
  }

  /** Makes the background pass stop after the files in hand. */
  stop(): void {
    this.stopping = true;
  }

  /**
   * Verifies article `id`'s files now unless done already; the caller holds
   * its lock (or does not write). Throws AppFailure('file-damaged') when its
   * text is damaged or missing (the files are then in quarantine/).
   */
  async ensure(id: string): Promise<void> {
    const outcome = this.outcomes.get(id) ?? (await this.verifyOnce(id));
    if (outcome === 'ok') return;
    const title = this.host.checker.quarantined.find((q) => q.articleId === id)?.title ?? id;
    throw new AppFailure(
      'file-damaged',
      `The text of article ${id} is ${outcome === 'text-missing' ? 'missing' : 'damaged'}`,
      { title, file: rel('articles', id) },
    );
  }

  /** The background pass over every article file, annotations file and index entry. */
  async run(): Promise<void> {
    const { paths } = this.host;
    const names = [
      ...(await this.cleanTemps(paths.articlesDir)),
      ...(await this.cleanTemps(paths.annotationsDir)),
    ];
    // idsOf in slices: 200,000 names at 100k articles (main stays free meanwhile).
    const ids = [...(await distinctInSlices([this.host.listedIds(), await idsOfInSlices(names)]))];
    let next = 0;
    const worker = async () => {
      while (!this.stopping && next < ids.length) {
        const id = ids[next++] as string;
        if (this.outcomes.has(id)) continue;
        await this.host.underLock(id, () => this.verifyOnce(id));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (!this.host.checker.readOnly) await (await this.stamps()).save();
  }

  /** Saves stamps of files verified since the last save (at close). */
  async saveStamps(): Promise<void> {
    if (this.loaded && !this.host.checker.readOnly) await (await this.loaded).save();
  }

  /** Lists `dir` in batches, removing temp files of earlier writes (not when read-only: the holder's). */
  private async cleanTemps(dir: string): Promise<string[]> {
    const names = await dirNames(dir);
    if (this.host.checker.readOnly) return names;
    for (const name of names.filter(isTempFileName)) {
      const path = join(dir, name);
      const info = await statOf(path);
      if (info && info.mtimeMs < this.host.openedAt - TEMP_MARGIN_MS) {
        await rm(path, { force: true });
        this.tempFilesRemoved++;
      }
    }
    return names;
  }

  /** One verification per article, shared by everyone asking meanwhile. */
  private verifyOnce(id: string): Promise<Outcome> {
    const done = this.outcomes.get(id);
    if (done) return Promise.resolve(done);
    let pending = this.running.get(id);
    if (!pending) {
      pending = this.verify(id).then((outcome) => {
        this.outcomes.set(id, outcome);
        return outcome;
      });
      const forget = () => this.running.delete(id);
      pending.then(forget, forget);
      this.running.set(id, pending);
    }
    return pending;
  }

  private async verify(id: string): Promise<Outcome> {
    const { paths, checker } = this.host;
    const stamps = await this.stamps();
    const meta = this.host.meta(id);
    const article = { id, ...(meta ? { title: meta.title } : {}) };
    const text = await this.textProblem(id, meta, stamps);
    if (text === 'missing') {
      if (meta) {
        checker.record('article', paths.article(id), null, 'the text file is missing', article);
        await this.host.dropArticle(id);
      }
    } else if (text !== null) {
      await checker.quarantine('article', paths.article(id), text, article);
      stamps.forget(rel('articles', id));
      for (const path of [paths.annotations(id), journalPathOf(paths.annotations(id))]) {
        if ((await statOf(path)) === null) continue;
        await checker.quarantine('annotations', path, 'its article text is damaged', article);
      }
      stamps.forget(rel('annotations', id));
      this.host.forget(id);
      if (meta) await this.host.dropArticle(id);
      return 'text-damaged';
    }
    await this.checkAnnotations(id, meta, stamps);
    return text === 'missing' && meta ? 'text-missing' : 'ok';
  }

  /** Why the article's text cannot be used; null when it is fine, 'missing' when there is none. */
  private async textProblem(
    id: string,
    meta: ArticleMeta | undefined,
    stamps: CheckStamps,
  ): Promise<string | null> {
    const path = this.host.paths.article(id);
    const before = await statOf(path);
    if (!before) return 'missing';
    if (stamps.isFresh(rel('articles', id), before)) return null;
    const read = await readChecked(path, articleFileSchema);
    if (read.status === 'missing') return 'missing';
    if (read.status === 'bad') return read.reason;
    if (read.data.id !== id) return 'belongs to another article';
    if (meta && sha256Hex(read.data.text) !== meta.textSha256) return 'text does not match its recorded hash';
    stamps.record(rel('articles', id), before);
    return null;
  }

  /**
   * Validates the annotations file (quarantined with its journal if bad) and
   * makes the index's counts follow it with its journal folded in. A file
   * with a journal is always read (the journal changes, the file does not).
   */
  private async checkAnnotations(id: string, meta: ArticleMeta | undefined, stamps: CheckStamps) {
    const path = this.host.paths.annotations(id);
    const journalPath = journalPathOf(path);
    const journal = await this.readJournal(journalPath);
    const before = await statOf(path);
    if (before && !journal && stamps.isFresh(rel('annotations', id), before)) return;
    const read = before ? await readChecked(path, annotationsFileSchema) : { status: 'missing' as const };
    const changes = journal?.changes ?? [];
    if (read.status === 'missing' || !before) {
      // A lost count write (crash) or a file removed by hand: the count follows the file.
      if (meta) this.host.setCounts(meta, foldJournal([], changes));
      return;
    }
    const reason =
      read.status === 'bad' ? read.reason : read.data.articleId !== id ? 'belongs to another article' : '';
    if (read.status === 'ok' && !reason) {
      const annotations = foldJournal(read.data.annotations, changes);
      if (meta) this.host.setCounts(meta, annotations);
      const found = { id, meta, stored: read.data.claims, changes, annotations, journal: !!journal };
      const fixed = await repairClaims(this.host, found);
      this.claimsRepaired.push(...fixed);
      if (!journal && fixed.length === 0) stamps.record(rel('annotations', id), before);
      return;
    }
    const title = meta?.title;
    const article = { id, ...(title !== undefined ? { title } : {}) };
    await this.host.checker.quarantine('annotations', path, reason, article);
    if (journal) {
      await this.host.checker.quarantine(
        'annotations',
        journalPath,
        'its annotations file is damaged',
        article,
      );
    }
    stamps.forget(rel('annotations', id));
    this.host.forget(id);
    if (meta) this.host.setCounts(meta, []);
  }

  /** The article's journal, null when there is none; dropped lines are counted (not when read-only). */
  private async readJournal(path: string): Promise<JournalRead | null> {
    let journal: JournalRead;
    try {
      journal = await readJournal(path);
    } catch {
      return null; // unreadable: the article's next load reports it
    }
    if (journal.lines + journal.dropped === 0) return null;
    // Damaged complete lines: the journal as it was goes to quarantine (a copy), reported like a damaged file.
    if (journal.invalid > 0) {
      const reason = `${journal.invalid} line(s) of changes could not be read and were left out; the rest was kept`;
      await this.host.checker.keepCopy('annotations', path, reason, { id: basename(path, '.journal') });
    }
    if (journal.dropped > 0 && !this.host.checker.readOnly) {
      // Rewritten without them, so they are reported once and a new line never follows a torn one.
      await rewriteJournal(path, journal.changes);
      this.journalLinesDropped += journal.dropped - journal.invalid;
    }
    return journal;
  }
}
