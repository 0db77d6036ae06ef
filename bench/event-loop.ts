/**
 * How long main's event loop could not turn while some work ran: what an IPC
 * call arriving then would have waited. A setImmediate probe records the
 * largest gap between its turns.
 */

/** Runs `fn`; resolves to its value, its duration and the longest event-loop block meanwhile (ms). */
export async function withBlocking<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; blockedMs: number }> {
  let last = performance.now();
  let blockedMs = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    blockedMs = Math.max(blockedMs, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  running = false;
  blockedMs = Math.max(blockedMs, performance.now() - last);
  return { value, ms, blockedMs };
}
