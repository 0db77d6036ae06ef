/**
 * What the crash tests share: running a real child process (a bundled writer,
 * importer or adjudicator) until the test SIGKILLs it, reading the
 * "begin <json>" / "ack <json>" protocol it printed, and the seeds that make a
 * failing run replayable.
 */

import { spawn } from 'node:child_process';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';

/** How one child run ended. */
export interface ChildRun {
  /** Complete stdout lines (a partial last line, cut by the kill, is dropped: it was never an ack). */
  lines: string[];
  /** True when the child ended by itself with exit code 0 before the kill. */
  finished: boolean;
  stderr: string;
}

/** How many complete "begin <json>" lines `out` holds. */
const beginsIn = (out: string) => out.split('\n').filter((line) => line.startsWith('begin ')).length;

/**
 * Spawns `node <bin> ...args` and SIGKILLs it `delayMs` after it printed
 * "ready" (after the spawn, when `fromSpawn`; after its `afterBegins`-th
 * "begin" line, when given: the kill then lands in the child's own work,
 * however long a busy machine took to start it, and every operation begun
 * before that one has been acknowledged). Rejects when the child ends by
 * itself with a non-zero code or a signal other than SIGKILL (its stderr in
 * the message); a clean exit 0 is allowed only when `mayFinish`.
 */
export function runUntilKilled(
  bin: string,
  args: readonly string[],
  options: { delayMs: number; fromSpawn?: boolean; afterBegins?: number; mayFinish?: boolean; name: string },
): Promise<ChildRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (options.fromSpawn) timer = setTimeout(kill, options.delayMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const started =
        options.afterBegins === undefined ? out.includes('ready\n') : beginsIn(out) >= options.afterBegins;
      if (!timer && started) timer = setTimeout(kill, options.delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', failed);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const finished = signal === null && code === 0;
      if (signal !== 'SIGKILL' && !(finished && options.mayFinish)) {
        failed(
          new Error(`${options.name} exited by itself (code ${String(code)}, ${String(signal)}): ${stderr}`),
        );
        return;
      }
      const lines = out.split('\n');
      lines.pop();
      done({ lines, finished, stderr });
    });
  });
}

/** The acknowledged operations of a run, in order, and the one begun but not acknowledged (null if none). */
export function readAcks<Op>(lines: readonly string[]): { acks: Op[]; inFlight: Op | null } {
  const acks: Op[] = [];
  let inFlight: Op | null = null;
  for (const line of lines) {
    if (line.startsWith('begin ')) inFlight = JSON.parse(line.slice(6)) as Op;
    if (line.startsWith('ack ')) {
      acks.push(JSON.parse(line.slice(4)) as Op);
      inFlight = null;
    }
  }
  return { acks, inFlight };
}

/** The seed of a crash test: HAMISH_CRASH_SEED when set (to replay a failure), else the clock. */
export const CRASH_SEED = Number(process.env['HAMISH_CRASH_SEED'] ?? Date.now() % 2 ** 31);

/**
 * A seeded generator of floats in [0, 1) for a crash test or its child
 * (pure-rand's Mersenne Twister, 19,937 bits of state seeded by MT's own
 * initialisation, 53-bit floats). A 32-bit
 * state is too small for children drawn from one parent: with xorshift32 (and
 * with mulberry32) two of 200 children often walked the same stretch of the
 * one 2^32 orbit, and a CI run's writer listed the same "random" article
 * twice. kill-child.test.ts keeps it so.
 */
export function seededRandom(seed: number): () => number {
  const generator = mersenne(seed);
  return () => uniformFloat64(generator);
}

/** A fresh 31-bit seed for a child process, drawn from the parent's stream. */
export function childSeed(random: () => number): number {
  return Math.floor(random() * 2 ** 31);
}
