/**
 * The start-up check of one opened library state, as the Library holds it:
 * what the open-time check found (library-check.ts), the deep check that
 * runs after it in the background (deep-check.ts), and the report the user
 * is shown, assembled from both. A backup restore replaces it as a whole.
 */

import type { StartupReport, UnknownFile } from '../../../../shared/startup-report';
import { distinctInSlices } from '../../storage/slicer';
import { CheckStamps } from './check-stamps';
import { DeepCheck, type DeepCheckHost } from './deep-check';
import type { LoadedLibrary } from '../library-open';
import { findUnknownFiles } from './unknown-files';

/** What the deep check needs from the library besides what loading it gave. */
export type StartupHost = Omit<DeepCheckHost, 'paths' | 'checker' | 'openedAt'> & {
  /** Reads the whole index when the library opened from its head (index-load.ts); first, before the deep check. */
  loadIndex(): Promise<void>;
};

export class StartupCheck {
  private readonly deep: DeepCheck;
  /** Files under articles/ and annotations/ that are not the library's (found after the deep check). */
  private unknown: UnknownFile[] = [];
  private running: Promise<void> = Promise.resolve();
  private listing: Promise<void> = Promise.resolve();
  private complete = true;

  constructor(
    private readonly loaded: Pick<LoadedLibrary, 'paths' | 'checker' | 'opened'>,
    private readonly host: StartupHost,
  ) {
    const { paths, checker } = loaded;
    // A rebuilt index has no annotation counts: no file may be skipped as already verified.
    this.deep = new DeepCheck({ ...host, paths, checker, openedAt: Date.now() }, () =>
      loaded.opened.indexRebuilt ? Promise.resolve(CheckStamps.none(paths.dir)) : CheckStamps.load(paths.dir),
    );
  }

  /** Starts the background pass over the article files, without waiting for it. */
  start(): void {
    this.complete = false;
    this.listing = this.host.loadIndex();
    this.running = this.listing
      .then(() => this.deep.run())
      .then(() => this.findUnknown())
      .catch((error: unknown) => console.error('background start-up check failed', error))
      .finally(() => {
        this.complete = true;
      });
  }

  private async findUnknown(): Promise<void> {
    const { paths, checker } = this.loaded;
    const known = await distinctInSlices([this.host.listedIds()]);
    for (const q of checker.quarantined) if (q.articleId) known.add(q.articleId);
    this.unknown = await findUnknownFiles(paths, known);
  }

  /** Resolves once the whole index is in memory (at once unless opened from index.head.json); never rejects. */
  get listed(): Promise<void> {
    return this.listing.catch(() => undefined);
  }

  /** Resolves once the background pass is over (never rejects). */
  get done(): Promise<void> {
    return this.running;
  }

  /** What the check found and did so far (a copy). */
  report(): StartupReport {
    const { opened, checker } = this.loaded;
    return structuredClone({
      tempFilesRemoved: opened.tempFilesRemoved + this.deep.tempFilesRemoved,
      ...(this.deep.journalLinesDropped > 0 ? { journalLinesDropped: this.deep.journalLinesDropped } : {}),
      ...(opened.indexJournalDropped > 0 ? { indexJournalLinesDropped: opened.indexJournalDropped } : {}),
      ...(this.deep.claimsRepaired.length > 0 ? { claimsRepaired: this.deep.claimsRepaired } : {}),
      quarantined: checker.quarantined,
      indexRebuilt: opened.indexRebuilt,
      ...(checker.readOnly ? { readOnly: true } : {}),
      ...(opened.indexLosses.length > 0 ? { indexLosses: opened.indexLosses } : {}),
      preferencesSetAside: null,
      complete: this.complete,
      // An article adopted since is no longer unknown.
      ...this.unknownNow(),
    });
  }

  private unknownNow(): { unknownFiles?: UnknownFile[] } {
    const still = this.unknown.filter((f) => !f.articleId || !this.host.meta(f.articleId));
    return still.length > 0 ? { unknownFiles: still } : {};
  }

  /** Verifies an article's files before their first read (see DeepCheck.ensure). */
  ensure(id: string): Promise<void> {
    return this.deep.ensure(id);
  }

  /** The library just wrote this article's text. */
  trust(id: string): void {
    this.deep.trust(id);
  }

  /** Stops the background pass early and waits for it (before a restore replaces the files). */
  async stop(): Promise<void> {
    this.deep.stop();
    await this.running;
  }

  /** Waits for the background pass and saves the stamps of files checked since (at close). */
  async finish(): Promise<void> {
    await this.running;
    await this.deep.saveStamps().catch(() => undefined);
  }
}
