/**
 * Edits of annotations that have been shown but not yet saved by main. Quick
 * edits in a row (a key held down) must each start from the state the one
 * before showed, not from a state main answered for an older edit; and an
 * answer from main may only replace what is shown when no later edit of the
 * same annotation is still waiting. Pure bookkeeping, one per reader.
 */

import type { Annotation } from './model';

interface Pending {
  /** Edits of this annotation sent and not answered. */
  count: number;
  /** What the latest of them showed. */
  shown: Annotation | null;
}

export class EditsInFlight {
  private readonly pending = new Map<string, Pending>();
  private serial = 0;
  private readonly lastSerial = new Map<string, number>();

  /**
   * Starts an edit of `before`: returns `show` (what the edit displays, the
   * base of the next edit) and `end` (call once main answers: true when this
   * is the latest edit of the annotation, so its answer may be shown).
   */
  begin(before: Annotation): { show(a: Annotation): void; end(): boolean } {
    const id = before.id;
    const serial = ++this.serial;
    this.lastSerial.set(id, serial);
    const entry = this.pending.get(id) ?? { count: 0, shown: null };
    entry.count++;
    this.pending.set(id, entry);
    return {
      show: (a) => {
        if (this.lastSerial.get(id) === serial) entry.shown = a;
      },
      end: () => {
        entry.count--;
        if (entry.count === 0) this.pending.delete(id);
        return this.lastSerial.get(id) === serial;
      },
    };
  }

  /** `a` as the latest edit still being saved shows it, else `a` itself. */
  latest(a: Annotation): Annotation {
    return this.pending.get(a.id)?.shown ?? a;
  }
}
