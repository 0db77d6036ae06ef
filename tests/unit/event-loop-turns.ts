/**
 * An event-loop probe for the tests that prove long work is sliced (issue
 * 17): how many times main's event loop turned while some work ran, and the
 * longest wait between two turns. Tests assert counts and ratios of the
 * same run, never absolute times.
 */

/** What `work` gave, the loop's turns meanwhile, the longest gap between turns and the whole time (ms). */
export async function turnsDuring<T>(
  work: () => Promise<T>,
): Promise<{ value: T; turns: number; longest: number; busy: number }> {
  let turns = 0;
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  const value = await work();
  const busy = performance.now() - t0;
  running = false;
  longest = Math.max(longest, performance.now() - last);
  return { value, turns, longest, busy };
}
