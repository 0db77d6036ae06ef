/**
 * Cooperative slicing of long loops on main (issue 17: main never blocked
 * more than a few ms by background work such as reading a 100,000-article
 * index or its check stamps): a loop asks `due` after each item and, when
 * its slice of time is used up, awaits `next()`, which lets the event loop
 * turn (IPC, timers, I/O callbacks) before the loop goes on.
 */

import { nextTurn } from './next-turn';

/** Time slices for one loop. */
export class Slicer {
  private started: number;

  /**
   * `sliceMs`: work done between two turns of the event loop, in ms; `now`: the clock in ms
   * (performance.now; a test gives its own, so that a slice ends when it says, not when the
   * machine's load does).
   */
  constructor(
    private readonly sliceMs = 5,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** True once this slice's time is used up (then await next()). */
  get due(): boolean {
    return this.now() - this.started > this.sliceMs;
  }

  /** Lets the event loop turn once, then starts a new slice. */
  async next(): Promise<void> {
    await nextTurn();
    this.started = this.now();
  }
}

/** The distinct strings of `lists`, in first-seen order, gathered in slices (300,000 ids at 100k articles). */
export async function distinctInSlices(lists: readonly (readonly string[])[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const slices = new Slicer();
  for (const list of lists) {
    for (let at = 0; at < list.length; at += 1_000) {
      for (const item of list.slice(at, at + 1_000)) seen.add(item);
      if (slices.due) await slices.next();
    }
  }
  return seen;
}
