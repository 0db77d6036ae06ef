/**
 * The analysis aggregate (issue 19): one row per annotation of the library
 * (analysis-rows.ts), and one per claim (claim-rows.ts), held in main's
 * memory and kept current from the library's change events, so a view never
 * reads the annotation files.
 *
 * It persists in the library folder (analysis-store.ts, aggregate-file.ts):
 * on first use the stored rows are loaded, and only the articles whose
 * annotation files changed since (their stamps differ:
 * annotation-stamps.ts), that the file lacks, or all of them when the file
 * is missing, damaged, older or was not closed by its writer, are read from
 * the files (each article's annotations, claims and text, without keeping
 * them loaded) and written back. A backup restore ("reset") empties it and
 * reads everything again. Each durable annotation change arrives as the
 * article's new list ("annotations" event: creates, edits, deletes, undo,
 * imports, a scheme change's retagging, an entity's removal; a claim's
 * creation, edit or deletion, with the article's claims) and is noted only:
 * the rows of the articles touched are rebuilt (claims read again when the
 * event lacks them) and written to the file when the next query asks, so an
 * edit costs one Map write. A change never folded in before a close leaves
 * a stale stamp, so the next start reads that article again. Trashed
 * articles keep their rows (queries leave them out by the live index);
 * deleted ones lose them. A read-only library (the CLI) uses a cleanly
 * closed file and writes nothing; while the app holds the file, it builds
 * from the files in memory.
 */

import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { textUnits, type TextUnits } from '../../../shared/text-units';
import type { Library } from '../library/library';
import type { LibraryEvent } from '../library/library-events';
import { AggregateFile, type StoredArticle } from './aggregate-file';
import { rowOf, rowsOf, type AnalysisRow } from './analysis-rows';
import { claimRowsOf, type ClaimRow } from './claim-rows';
import { Slicer } from '../storage/slicer';

/** An article's newest annotations, and its claims when the event carried them. */
interface Coding {
  annotations: readonly Annotation[];
  claims?: readonly Claim[] | undefined;
}

/** Articles read at once during a build (their file I/O overlaps). */
const PARALLEL = 4;
/** Articles read from the files per write to the aggregate's file during a build. */
const WRITE_BATCH = 200;

export interface AggregateOptions {
  /** Keep the aggregate in the library folder (default true); false: memory only, built from the files. */
  persist?: boolean;
}

export class AnalysisAggregate {
  /** Rows per article, in the order of the article's annotations. */
  private readonly rows = new Map<string, AnalysisRow[]>();
  /** Claim rows per article (articles without claims absent). */
  private readonly claims = new Map<string, ClaimRow[]>();
  /** Sentence and paragraph starts per article (texts never change). */
  private readonly units = new Map<string, TextUnits>();
  /** Articles whose annotations changed since the last query: their newest list. */
  private readonly pending = new Map<string, Coding>();
  /** Articles that left the library (trashed or deleted): dropped at the next query if deleted. */
  private readonly left = new Set<string>();
  private built: Promise<void> | null = null;
  private turn: Promise<void> = Promise.resolve();
  /** Bumped by a reset: a build of an older generation stops and is thrown away. */
  private generation = 0;
  /** The library closed: nothing is built or written any more. */
  private closed = false;
  private readonly unsubscribe: () => void;
  /** The aggregate's file (null: memory only). */
  private readonly file: AggregateFile | null;
  /**
   * The last build: why stored rows were not used (null: they were, for
   * every article whose stamp matched; "memory": no file kept) and how many
   * articles it read from the files.
   */
  lastBuild: { fresh: AggregateFile['fresh'] | 'memory'; articlesRead: number } | null = null;

  constructor(
    private readonly library: Library,
    options: AggregateOptions = {},
  ) {
    this.file = options.persist === false ? null : new AggregateFile(library);
    this.unsubscribe = library.onChange((event) => this.onEvent(event));
  }

  /** Stops following the library and closes the aggregate's file (marking it clean). */
  detach(): void {
    this.unsubscribe();
    this.file?.close();
  }

  /** Starts the build now (the app: in the background after start) instead of at the first query. */
  warm(): void {
    this.ensureBuilt().catch((error: unknown) => console.error('analysis aggregate build failed', error));
  }

  /**
   * Every article's rows, current with every change made so far (builds the
   * aggregate on first use, then folds in pending changes). The map and rows
   * are the aggregate's own: read only, and only until the next await.
   */
  async current(): Promise<ReadonlyMap<string, readonly AnalysisRow[]>> {
    // One catch-up at a time: a second query waits for the first's, so neither sees half of it.
    const turn = this.turn.then(() => this.catchUp());
    this.turn = turn.catch(() => undefined);
    await turn;
    return this.rows;
  }

  /** As current(), the rows and each article's claims (read only, until the next await). */
  async currentWithClaims(): Promise<{
    rows: ReadonlyMap<string, readonly AnalysisRow[]>;
    claims: ReadonlyMap<string, readonly ClaimRow[]>;
  }> {
    const rows = await this.current();
    return { rows, claims: this.claims };
  }

  /** Builds if needed, then folds in what changed since the last query. */
  private async catchUp(): Promise<void> {
    await this.ensureBuilt();
    for (const id of this.left) {
      if (!this.library.getMeta(id)) this.forget(id);
    }
    this.left.clear();
    while (this.pending.size > 0) {
      const [id, coding] = this.pending.entries().next().value as [string, Coding];
      this.pending.delete(id);
      if (!this.library.getMeta(id)) {
        this.forget(id);
        continue;
      }
      const units = await this.unitsOf(id);
      const stamp = this.file?.stamp(id) ?? '';
      const claims = coding.claims ?? (await this.library.peekCoding(id)).claims ?? [];
      // A newer list may have arrived meanwhile: it is still pending and wins next turn.
      if (this.pending.has(id)) continue;
      this.file?.put([this.put(id, rowsOf(id, coding.annotations, units), claims, stamp)]);
    }
  }

  private onEvent(event: LibraryEvent): Promise<void> | undefined {
    if (event.kind === 'annotations') {
      this.pending.set(event.articleId, { annotations: event.annotations, claims: event.claims });
    } else if (event.kind === 'added' || event.kind === 'added-many') {
      // No text is segmented here: an import's chunk of 200 articles took ~80 ms of main in one
      // event. A new article has no annotations; its units are read when its first ones arrive.
      for (const { meta } of event.kind === 'added' ? [event] : event.articles) {
        if (!this.rows.has(meta.id) && !this.pending.has(meta.id)) this.rows.set(meta.id, []);
      }
    } else if (event.kind === 'removed') this.left.add(event.id);
    else if (event.kind === 'close') {
      this.generation++; // a running build stops
      this.closed = true;
      // The library folded its journals: rows not pending are current, so their new stamps are true.
      return this.file?.closeAfterFold((id) => !this.pending.has(id) && this.rows.has(id));
    } else if (event.kind === 'reset') {
      this.generation++;
      this.file?.clear();
      this.built = null;
      this.rows.clear();
      this.claims.clear();
      this.units.clear();
      this.pending.clear();
      this.left.clear();
    }
    return undefined;
  }

  /** Sets the article's rows and the claim rows over them; returns what the file keeps of them. */
  private put(id: string, rows: AnalysisRow[], claims: readonly Claim[], stamp: string): StoredArticle {
    this.rows.set(id, rows);
    const claimRows = claimRowsOf(id, claims, rows);
    if (claimRows.length > 0) this.claims.set(id, claimRows);
    else this.claims.delete(id);
    return { id, stamp, rows, claims };
  }

  private forget(id: string): void {
    this.rows.delete(id);
    this.claims.delete(id);
    this.units.delete(id);
    this.file?.remove([id]);
  }

  private async unitsOf(id: string): Promise<TextUnits> {
    let units = this.units.get(id);
    if (!units) {
      units = textUnits((await this.library.getArticle(id)).text);
      this.units.set(id, units);
    }
    return units;
  }

  private ensureBuilt(): Promise<void> {
    if (!this.built) {
      const build = this.build(this.generation);
      this.built = build;
      // A failed build is tried again by the next query.
      build.catch(() => {
        if (this.built === build) this.built = null;
      });
    }
    return this.built;
  }

  /**
   * Takes the stored rows whose stamps match the files (stamped before any
   * read, so a change racing the build leaves a stale stamp, never a false
   * one), then reads every other listed article (trashed ones too) once,
   * writing them back in batches; changes arriving meanwhile stay pending and win.
   */
  private async build(generation: number): Promise<void> {
    const stored = this.file ? await this.file.load() : null;
    await this.library.listed; // opened from index.head.json, allMeta() would read index.json on main at once
    const ids = this.library.allMeta().map((m) => m.id);
    const stamps = (await this.file?.stamps(ids)) ?? new Map<string, string>();
    if (generation !== this.generation) return this.again();
    const toRead: string[] = [];
    const slices = new Slicer(); // 100,000 articles' rows made at start: main let run every few ms
    for (const id of ids) {
      if (this.pending.has(id) || !stored?.clean || stored.stamps.get(id) !== stamps.get(id)) toRead.push(id);
      else {
        const rows = (stored.rows.get(id) ?? []).map((fields) => rowOf(id, fields));
        this.put(id, rows, stored.claims.get(id) ?? [], '');
      }
      if (!slices.due) continue;
      await slices.next();
      if (generation !== this.generation) return this.again(); // a reset or close meanwhile: stop putting rows
    }
    this.file?.remove([...(stored?.stamps.keys() ?? [])].filter((id) => !stamps.has(id)));
    this.lastBuild = { fresh: this.file ? this.file.fresh : 'memory', articlesRead: toRead.length };
    const batch: StoredArticle[] = [];
    const write = () => {
      if (generation === this.generation) this.file?.put(batch);
      batch.length = 0;
    };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < toRead.length && generation === this.generation) {
        const id = toRead[next++] as string;
        if (!this.library.getMeta(id)) continue;
        try {
          const { annotations, claims = [] } = await this.library.peekCoding(id);
          const units = await this.unitsOf(id);
          if (generation === this.generation && !this.pending.has(id)) {
            batch.push(this.put(id, rowsOf(id, annotations, units), claims, stamps.get(id) ?? ''));
            if (batch.length >= WRITE_BATCH) write();
          }
        } catch (error) {
          // A damaged article (the start-up check quarantines it and reports it) counts for nothing.
          console.error(`analysis: article ${id} left out`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    write();
    if (generation !== this.generation) await this.again();
  }

  /** After a reset during a build, the build that replaces it (none once the library closed). */
  private async again(): Promise<void> {
    if (!this.closed) await this.ensureBuilt();
  }
}
