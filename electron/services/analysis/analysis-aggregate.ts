/**
 * The analysis aggregate (issue 19): one row per annotation of the library
 * (analysis-rows.ts), held in main's memory and kept current from the
 * library's change events, so a view never reads the annotation files.
 *
 * It persists in the library folder (analysis-store.ts): on first use the
 * stored rows are loaded, and only the articles whose annotation files
 * changed since (their stamps differ: annotation-stamps.ts), that the file
 * lacks, or all of them when the file is missing, damaged, older or was not
 * closed by its writer, are read from the files (each article's
 * annotations and text, without keeping them loaded) and written back.
 * A backup restore ("reset") empties it and reads everything again. Each
 * durable annotation change arrives as the article's new list
 * ("annotations" event: creates, edits, deletes, undo, imports, a scheme
 * change's retagging, an entity's removal) and is noted only: the rows of
 * the articles touched are rebuilt (and written to the file) when the next
 * query asks, so an edit costs one Map write. Changes never folded in
 * before a close leave a stale stamp, so the next start reads those
 * articles again. Trashed articles keep their rows (queries leave them out
 * by the live index); deleted ones lose them. A read-only library (the
 * CLI) reads a cleanly closed file and writes nothing; with the app running
 * the file is "open", so it builds from the files in memory.
 */

import { join } from 'node:path';
import type { Annotation } from '../../../shared/model';
import { textUnits, type TextUnits } from '../../../shared/text-units';
import type { Library } from '../library/library';
import type { LibraryEvent } from '../library/library-events';
import { rowOf, rowsOf, type AnalysisRow, type RowFields } from './analysis-rows';
import type { FreshReason } from '../search/fts-store';
import { AGGREGATE_FILE, AggregateStore, type StoredAggregate } from './analysis-store';
import { annotationStamp, annotationStamps } from './annotation-stamps';

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
  /** Sentence and paragraph starts per article (texts never change). */
  private readonly units = new Map<string, TextUnits>();
  /** Articles whose annotations changed since the last query: their newest list. */
  private readonly pending = new Map<string, readonly Annotation[]>();
  /** Articles that left the library (trashed or deleted): dropped at the next query if deleted. */
  private readonly left = new Set<string>();
  private built: Promise<void> | null = null;
  private turn: Promise<void> = Promise.resolve();
  /** Bumped by a reset: a build of an older generation stops and is thrown away. */
  private generation = 0;
  private readonly unsubscribe: () => void;
  /** The aggregate's file while open (null: none, or memory only). */
  private store: AggregateStore | null = null;
  /** The library closed: nothing is built or written any more. */
  private closed = false;
  /**
   * The last build: why its stored rows were not used (null: they were, all
   * whose stamps matched; "unclean": its writer did not close the file;
   * "memory": no file) and how many articles it read from the files.
   */
  lastBuild: { fresh: FreshReason | 'unclean' | 'memory'; articlesRead: number } | null = null;

  constructor(
    private readonly library: Library,
    private readonly options: AggregateOptions = {},
  ) {
    this.unsubscribe = library.onChange((event) => this.onEvent(event));
  }

  /** Stops following the library and closes the aggregate's file (marking it clean). */
  detach(): void {
    this.unsubscribe();
    this.closeStore();
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

  /** Builds if needed, then folds in what changed since the last query. */
  private async catchUp(): Promise<void> {
    await this.ensureBuilt();
    for (const id of this.left) {
      if (!this.library.getMeta(id)) this.forget(id);
    }
    this.left.clear();
    while (this.pending.size > 0) {
      const [id, annotations] = this.pending.entries().next().value as [string, readonly Annotation[]];
      this.pending.delete(id);
      if (!this.library.getMeta(id)) {
        this.forget(id);
        continue;
      }
      const units = await this.unitsOf(id);
      const stamp = this.writable() ? await annotationStamp(this.library.paths, id) : '';
      // A newer list may have arrived meanwhile: it is still pending and wins next turn.
      if (this.pending.has(id)) continue;
      const rows = rowsOf(id, annotations, units);
      this.rows.set(id, rows);
      if (this.writable()) this.store?.put([{ id, stamp, rows }]);
    }
  }

  private writable(): boolean {
    return this.store !== null && !this.store.readOnly;
  }

  private closeStore(): void {
    this.store?.close();
    this.store = null;
  }

  /**
   * At close, after the library folded every journal into its snapshot: the
   * articles stamped with a journal whose rows are current (no change
   * pending) are stamped again, so the next start does not read them for a
   * fold that changed nothing; then the file is marked clean and closed.
   */
  private async restampAndClose(): Promise<void> {
    const store = this.store;
    if (store && !store.readOnly) {
      const ids = store.journaled().filter((id) => !this.pending.has(id) && this.rows.has(id));
      store.restamp(await annotationStamps(this.library.paths, ids));
    }
    this.closeStore();
  }

  private onEvent(event: LibraryEvent): Promise<void> | undefined {
    if (event.kind === 'annotations') this.pending.set(event.articleId, event.annotations);
    else if (event.kind === 'added' || event.kind === 'added-many') {
      for (const { meta, text } of event.kind === 'added' ? [event] : event.articles) {
        this.units.set(meta.id, textUnits(text));
        if (!this.rows.has(meta.id) && !this.pending.has(meta.id)) this.rows.set(meta.id, []);
      }
    } else if (event.kind === 'removed') this.left.add(event.id);
    else if (event.kind === 'close') {
      this.generation++; // a running build stops
      this.closed = true;
      return this.restampAndClose();
    } else if (event.kind === 'reset') {
      this.generation++;
      if (this.writable()) this.store?.clear();
      this.built = null;
      this.rows.clear();
      this.units.clear();
      this.pending.clear();
      this.left.clear();
    }
  }

  private forget(id: string): void {
    this.rows.delete(id);
    this.units.delete(id);
    if (this.writable()) this.store?.remove([id]);
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

  /** Opens the aggregate's file (once) and loads it; null when there is none to use. */
  private async loadStore(): Promise<StoredAggregate | null> {
    if (this.options.persist === false) return null;
    const path = join(this.library.paths.dir, AGGREGATE_FILE);
    if (this.library.readOnly) {
      this.store ??= AggregateStore.openReadOnly(path);
    } else this.store ??= AggregateStore.open(path);
    if (!this.store) return null;
    try {
      const stored = await this.store.load();
      if (!this.store.readOnly || stored.clean) return stored;
      this.closeStore(); // its writer holds it (or died holding it): not trusted
      return { rows: new Map(), stamps: new Map(), clean: false };
    } catch (error) {
      // Damage found while reading: nothing in it is trusted; a writer starts the file over.
      console.error('analysis: the aggregate file is damaged; rebuilding it from the files', error);
      const readOnly = this.store.readOnly;
      this.closeStore();
      if (readOnly) return null;
      this.store = AggregateStore.open(path, true);
      return await this.store.load();
    }
  }

  /**
   * Loads the stored rows whose stamps match the files, then reads every
   * other listed article (trashed ones too) once, writing them back in
   * batches; changes arriving meanwhile stay pending and win.
   */
  private async build(generation: number): Promise<void> {
    const ids = this.library.allMeta().map((m) => m.id);
    const stored = await this.loadStore();
    const stamps = this.store ? await annotationStamps(this.library.paths, ids) : new Map<string, string>();
    if (generation !== this.generation) return this.again();
    const toRead: string[] = [];
    for (const id of ids) {
      const fields = stored?.clean && stored.stamps.get(id) === stamps.get(id) ? stored.rows.get(id) : null;
      if (fields !== null && !this.pending.has(id)) this.rows.set(id, rowsFrom(id, fields));
      else toRead.push(id);
    }
    if (stored && this.writable())
      this.store?.remove([...stored.stamps.keys()].filter((id) => !stamps.has(id)));
    const fresh = !stored ? 'memory' : !stored.clean ? (this.store?.fresh ?? 'unclean') : null;
    this.lastBuild = { fresh, articlesRead: toRead.length };
    const batch: { id: string; stamp: string; rows: AnalysisRow[] }[] = [];
    const write = () => {
      if (generation === this.generation && this.writable()) this.store?.put(batch);
      batch.length = 0;
    };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < toRead.length && generation === this.generation) {
        const id = toRead[next++] as string;
        if (!this.library.getMeta(id)) continue;
        try {
          const annotations = await this.library.peekAnnotations(id);
          const units = await this.unitsOf(id);
          if (generation === this.generation && !this.pending.has(id)) {
            const rows = rowsOf(id, annotations, units);
            this.rows.set(id, rows);
            batch.push({ id, stamp: stamps.get(id) ?? '', rows });
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

/** The rows of stored `fields` (none: the article has no rows). */
const rowsFrom = (id: string, fields: readonly RowFields[] | undefined): AnalysisRow[] =>
  (fields ?? []).map((f) => rowOf(id, f));
