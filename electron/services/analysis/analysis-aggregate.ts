/**
 * The analysis aggregate (issue 19): one row per annotation of the library
 * (analysis-rows.ts), held in main's memory and kept current from the
 * library's change events, so a view never reads the annotation files.
 *
 * It is built once from the files (each article's annotations and text,
 * read without keeping them loaded) on first use, and again after a backup
 * restore ("reset"). Each durable annotation change arrives as the
 * article's new list ("annotations" event: creates, edits, deletes, undo,
 * imports, a scheme change's retagging, an entity's removal; a claim's
 * creation, edit or deletion, with the article's claims) and is noted only: the rows of the articles touched are rebuilt when the next query
 * asks, so an edit costs one Map write. Claims (claim-rows.ts) are kept
 * beside the rows; when an event comes without them they are read again. Trashed articles keep their rows
 * (queries leave them out by the live index); deleted ones lose them.
 * Restarting rebuilds it from the files, so it cannot drift across runs.
 */

import type { Annotation } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { textUnits, type TextUnits } from '../../../shared/text-units';
import type { Library } from '../library/library';
import type { LibraryEvent } from '../library/library-events';
import { rowsOf, type AnalysisRow } from './analysis-rows';
import { claimRowsOf, type ClaimRow } from './claim-rows';

/** An article's newest annotations, and its claims when the event carried them. */
interface Coding {
  annotations: readonly Annotation[];
  claims?: readonly Claim[] | undefined;
}

/** Articles read at once during a build (their file I/O overlaps). */
const PARALLEL = 4;

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
  private readonly unsubscribe: () => void;

  constructor(private readonly library: Library) {
    this.unsubscribe = library.onChange((event) => this.onEvent(event));
  }

  /** Stops following the library. */
  detach(): void {
    this.unsubscribe();
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
      const claims = coding.claims ?? (await this.library.peekCoding(id)).claims ?? [];
      // A newer list may have arrived while the text was read: it is still pending and wins next turn.
      if (!this.pending.has(id)) this.put(id, rowsOf(id, coding.annotations, units), claims);
    }
  }

  private onEvent(event: LibraryEvent): void {
    if (event.kind === 'annotations') {
      this.pending.set(event.articleId, { annotations: event.annotations, claims: event.claims });
    } else if (event.kind === 'added' || event.kind === 'added-many') {
      // No text is segmented here: an import's chunk of 200 articles took ~80 ms of main in one
      // event. A new article has no annotations; its units are read when its first ones arrive.
      for (const { meta } of event.kind === 'added' ? [event] : event.articles) {
        if (!this.rows.has(meta.id) && !this.pending.has(meta.id)) this.rows.set(meta.id, []);
      }
    } else if (event.kind === 'removed') this.left.add(event.id);
    else if (event.kind === 'close')
      this.generation++; // a running build stops
    else if (event.kind === 'reset') {
      this.generation++;
      this.built = null;
      this.rows.clear();
      this.claims.clear();
      this.units.clear();
      this.pending.clear();
      this.left.clear();
    }
  }

  /** Sets the article's rows and the claim rows over them. */
  private put(id: string, rows: AnalysisRow[], claims: readonly Claim[]): void {
    this.rows.set(id, rows);
    const claimRows = claimRowsOf(id, claims, rows);
    if (claimRows.length > 0) this.claims.set(id, claimRows);
    else this.claims.delete(id);
  }

  private forget(id: string): void {
    this.rows.delete(id);
    this.claims.delete(id);
    this.units.delete(id);
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

  /** Reads every listed article (trashed ones too) once; changes arriving meanwhile stay pending and win. */
  private async build(generation: number): Promise<void> {
    const ids = this.library.allMeta().map((m) => m.id);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length && generation === this.generation) {
        const id = ids[next++] as string;
        if (!this.library.getMeta(id)) continue;
        try {
          const { annotations, claims = [] } = await this.library.peekCoding(id);
          const units = await this.unitsOf(id);
          if (generation === this.generation && !this.pending.has(id)) {
            this.put(id, rowsOf(id, annotations, units), claims);
          }
        } catch (error) {
          // A damaged article (the start-up check quarantines it and reports it) counts for nothing.
          console.error(`analysis: article ${id} left out`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (generation !== this.generation) await this.ensureBuilt();
  }
}
