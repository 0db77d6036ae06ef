/**
 * B9's two rows, this tree against another, back to back in one process: `npx jiti
 * bench/export-ab.ts` after `git archive <rev> electron shared | tar -x -C /tmp/b9-base` and
 * `ln -s $PWD/node_modules /tmp/b9-base/node_modules` (AB_BASE names another folder). On one
 * 10,000-annotation article (storage.bench.ts's B9 library), each run exports the plain Hamish
 * JSON (collectExport + writeJsonExport, as Library.exportAnnotations) and the dialog's json
 * (writeExport) with the old code and the new, alternating which goes first, after one warm-up of
 * each; prints medians and p95 of wall and process CPU time (the machine is shared: CPU time is
 * what compares) over AB_RUNS runs (default 11), with the load average before and after. Not part
 * of `npm run bench`: a tool for explaining B9's figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as current from '../electron/services/export/export-service';
import { Library } from '../electron/services/library/library';
import { generateArticleText, generateSpans } from './corpus';
import { makeArticle, writeLibrary } from './library-fixture';
import { median, percentile } from './stats';

const RUNS = Number(process.env['AB_RUNS'] ?? 11);
const BASE = process.env['AB_BASE'] ?? '/tmp/b9-base';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
type Svc = typeof current;

async function main() {
  const old = (await import(`${BASE}/electron/services/export/export-service.ts`)) as Svc;
  const dir = await mkdtemp(join(tmpdir(), 'b9-ab-'));
  const article = makeArticle('مقال طويل', generateArticleText(50_000), (t) => generateSpans(t, 10_000));
  await writeLibrary(join(dir, 'lib'), [article]);
  const library = await Library.open(join(dir, 'lib'), { dailyBackup: false });
  const id = article.meta.id;
  await library.listAnnotations(id);
  const now = new Date();
  const rows: Record<string, { wall: number[]; cpu: number[] }> = {};
  const run = async (name: string, fn: () => Promise<unknown>) => {
    const c0 = cpu();
    const t0 = performance.now();
    await fn();
    const r = (rows[name] ??= { wall: [], cpu: [] });
    r.wall.push(performance.now() - t0);
    r.cpu.push(cpu() - c0);
  };
  const variants: [string, Svc][] = [
    ['old', old],
    ['new', current],
  ];
  console.log(
    'load before',
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  );
  for (let r = -1; r < RUNS; r++) {
    for (const [name, svc] of r % 2 === 0 ? variants : [...variants].reverse()) {
      const plain = () =>
        svc
          .collectExport(library, { articleIds: [id], includeText: false, generator: 'bench', now })
          .then((data) => svc.writeJsonExport(data, join(dir, `plain-${name}-${r}.json`)));
      const dialog = () =>
        svc.writeExport(
          library,
          { format: 'json', articleIds: [id] },
          join(dir, `dialog-${name}-${r}.json`),
          'bench',
        );
      if (r < 0) {
        await plain();
        await dialog();
        continue;
      } // warm-up, not counted
      await run(`${name} one article`, plain);
      await run(`${name} dialog json`, dialog);
    }
  }
  console.log(
    'load after',
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  );
  for (const [name, { wall, cpu: c }] of Object.entries(rows).sort()) {
    console.log(
      `${name.padEnd(20)} wall median ${median(wall).toFixed(1)} p95 ${percentile(wall, 95).toFixed(1)}  cpu median ${median(c).toFixed(1)} p95 ${percentile(c, 95).toFixed(1)}  (n=${wall.length})`,
    );
  }
  await library.close();
  await rm(dir, { recursive: true, force: true });
}
void main();
