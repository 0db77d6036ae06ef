/**
 * The analysis aggregate's warm-up lets main's event loop run (issue 17: at
 * 100,000 articles it held main for hundreds of ms): the annotation files'
 * stamps are taken in time slices, not a fixed 1,000 articles a turn, and the
 * stored articles are read from the aggregate's file a page at a time, not
 * in one read. Counted on real files (a real SQLite file in a temp folder):
 * turns of the event loop while the work runs, never timed.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AggregateStore } from '../../../../../electron/services/analysis/analysis-store';
import { annotationStamps } from '../../../../../electron/services/analysis/annotation-stamps';
import { libraryPaths } from '../../../../../electron/services/library/library-paths';
import { useTempDirs } from '../../../helpers';
import { turnsDuring } from '../../../../../bench/event-loop';

const tempDir = useTempDirs();

describe('analysis aggregate warm-up', () => {
  it('stamps annotation files in time slices: with no time to spare, one article a turn', async () => {
    const dir = await tempDir();
    const paths = libraryPaths(dir);
    await mkdir(paths.annotationsDir, { recursive: true });
    const ids = Array.from({ length: 120 }, () => randomUUID());
    for (const id of ids.slice(0, 60)) await writeFile(paths.annotations(id), '{"version":1}');
    const { value, turns } = await turnsDuring(() => annotationStamps(paths, ids, 0));
    // A fixed chunk of 1,000 articles took all 120 in one turn.
    expect(turns).toBeGreaterThanOrEqual(100);
    expect(value.size).toBe(120);
    expect(value.get(ids[0] as string)).toMatch(/^13:\d+:\d+\|-$/);
    expect(value.get(ids[119] as string)).toBe('-|-');
  });

  it('reads the stored articles a page at a time', async () => {
    const dir = await tempDir();
    const path = join(dir, 'analysis-aggregate.sqlite');
    const store = AggregateStore.open(path);
    const articles = Array.from({ length: 12_000 }, (_, i) => ({
      id: randomUUID(),
      stamp: `${i}:1:2|-`,
      rows: [],
      claims: [],
    }));
    store.put(articles);
    const { value, turns } = await turnsDuring(() => store.load());
    store.close();
    // 12,000 articles in pages of 5,000: the loop turned between pages (one read of all: no turn).
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(value.stamps.size).toBe(12_000);
    expect(value.stamps.get(articles[11_999]?.id as string)).toBe('11999:1:2|-');
  });
});
