/**
 * The one event-loop probe, for the benchmarks and for the tests that prove
 * long work is sliced (issue 17): while some work runs, a setImmediate probe
 * counts how many times main's event loop turned and records the longest
 * wait between two turns (what an IPC call arriving then would have waited).
 * Tests assert counts and ratios of the same run, never absolute times;
 * benchmarks report the longest block.
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

/** Runs `fn`; resolves to its value, its duration and the longest event-loop block meanwhile (ms): {@link turnsDuring} in the benchmarks' names. */
export async function withBlocking<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; blockedMs: number }> {
  const { value, busy, longest } = await turnsDuring(fn);
  return { value, ms: busy, blockedMs: longest };
}
