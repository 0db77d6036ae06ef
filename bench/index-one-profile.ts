/**
 * B8 "index one article (FTS5 put and commit)" taken apart (issue 17):
 * `npx jiti bench/index-one-profile.ts` builds an index of PROFILE_ARTICLES
 * (default 10,000) news articles of 300 words in this thread (kept under
 * PROFILE_DIR, default `<tmp>/hamish-index-one-profile-<n>`, and reused), then,
 * as search.bench.ts does, copies it, opens the copy and puts PROFILE_PUTS
 * (default 20) fresh articles one at a time. Each put is timed in its steps
 * (the indexed columns: normaliser and stems; the duplicate key; SQLite's
 * transaction, commit included) with this process's CPU time beside the wall
 * time (what is left is waiting for a CPU), and the size of the WAL file
 * before and after (its 1,000-page autocheckpoint is the only fsync of a put:
 * fts-file.ts opens the index in WAL with synchronous NORMAL). Not part of
 * `npm run bench`.
 */

import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FtsStore, type FtsDoc } from '../electron/services/search/fts-store';
import { indexedColumn } from '../electron/services/search/fts-terms';
import type { PreparedDoc } from '../electron/services/search/prepared-doc';
import { SEED } from './corpus';
import { makeArticle, newsArticleStream } from './library-fixture';
import { generateNewsText } from './news-text';

const ARTICLES = Number(process.env['PROFILE_ARTICLES'] ?? 10_000);
const PUTS = Number(process.env['PROFILE_PUTS'] ?? 20);
const DIR = process.env['PROFILE_DIR'] ?? join(tmpdir(), `hamish-index-one-profile-${ARTICLES}`);
const base = join(DIR, 'index.sqlite');
const copy = join(DIR, 'copy.sqlite');
const ms = (n: number) => n.toFixed(2).padStart(7);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const walBytes = () => (existsSync(`${copy}-wal`) ? statSync(`${copy}-wal`).size : 0);

if (!existsSync(base)) {
  mkdirSync(DIR, { recursive: true });
  const store = FtsStore.open(base);
  const batch: FtsDoc[] = [];
  for (const a of newsArticleStream(ARTICLES, 300, SEED + 7)) {
    batch.push({ id: a.meta.id, stamp: a.meta.textSha256, title: a.meta.title, text: a.text });
    if (batch.length === 500) store.put(batch.splice(0));
  }
  if (batch.length > 0) store.put(batch);
  store.close();
}
for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
copyFileSync(base, copy);
console.log(`load ${loadavg()[0]?.toFixed(2)}, ${ARTICLES} articles indexed`);
const t0 = performance.now();
const store = FtsStore.open(copy);
console.log(`open ${ms(performance.now() - t0)} ms`);
// The duplicate key as FtsStore.put computes it (private there: the one step not exported).
const duplicates = (store as unknown as { duplicates: { keyFor(doc: FtsDoc): PreparedDoc['key'] } })
  .duplicates;
console.log('put  columns  dup key   sqlite    total      cpu  wal bytes before → after');
for (let i = 0; i < PUTS; i++) {
  const a = makeArticle(`مقال جديد ${i}`, generateNewsText(300, SEED + 1_000_000 + i), () => []);
  const doc: FtsDoc = { id: a.meta.id, stamp: a.meta.textSha256, title: a.meta.title, text: a.text };
  const wal = walBytes();
  const c0 = cpuMs();
  const s0 = performance.now();
  const titleColumn = indexedColumn(doc.title);
  const bodyColumn = indexedColumn(doc.text);
  const s1 = performance.now();
  const key = duplicates.keyFor(doc);
  const s2 = performance.now();
  store.putPrepared([{ id: doc.id, stamp: doc.stamp, titleColumn, bodyColumn, key }]);
  const s3 = performance.now();
  const cpu = cpuMs() - c0;
  console.log(
    `${String(i).padStart(3)} ${ms(s1 - s0)} ${ms(s2 - s1)} ${ms(s3 - s2)} ${ms(s3 - s0)} ${ms(cpu)}  ${wal} → ${walBytes()}`,
  );
}
store.close();
console.log(`load ${loadavg()[0]?.toFixed(2)}`);
