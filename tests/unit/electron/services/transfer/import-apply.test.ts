/**
 * The write phase of a Hamish JSON import runs in the import worker
 * (import-apply.ts, issue 13): main never merges, sorts nor serialises the
 * file's annotations. Proved by the per-thread counters of mergeAnnotations
 * and writeSnapshot, which stay still on main while a 200,000-annotation
 * import merges into an article and writes its file; and, against a
 * same-run baseline (that work done on main), by main's loop, which keeps
 * turning (turns counted, not a timer's gaps, which a busy machine decides). The library's promises hold: the journal of an open article is
 * read and folded, a small merge is one journal line, an edit made during
 * the import is kept (the article's lock), and the index count follows.
 */

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalPathOf } from '../../../../../electron/services/library/annotation-journal';
import { snapshotsInThisThread } from '../../../../../electron/services/library/annotations-snapshot';
import { compareAnnotations } from '../../../../../electron/services/library/library-records';
import {
  mergeAnnotations,
  mergesInThisThread,
} from '../../../../../electron/services/transfer/annotation-merge';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { emptyImportReport } from '../../../../../shared/export/export-request';
import type { Annotation } from '../../../../../shared/model';
import { turnsDuring } from '../../../../../bench/event-loop';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';
import { closeLibraries, cpOffset, openLibrary } from '../../../transfer-helpers';
import { fileWith } from './large-import';

const tempDir = useTempDirs();
afterEach(closeLibraries);

async function sampleLibrary() {
  const library = await openLibrary(join(await tempDir(), 'lib'), SAMPLE_PATH);
  const [meta] = await library.listArticles();
  if (!meta) throw new Error('no sample article');
  return { library, id: meta.id };
}

describe('the write phase runs in the worker', () => {
  it('merges 200,000 annotations into an article holding 20,000: no merge and no snapshot written on main, main’s loop keeps turning', async () => {
    const { library, id } = await sampleLibrary();
    await importAnnotations(library, JSON.stringify(await fileWith(library, 20_000)), 'keep-both');
    const mine = await library.listAnnotations(id);
    expect(mine).toHaveLength(20_000);
    // The first 20,000 spans again (new ids: twins, unchanged), then 180,000 new ones.
    const file = await fileWith(library, 200_000);
    const raw = JSON.stringify(file);

    const merges = mergesInThisThread();
    const snapshots = snapshotsInThisThread();
    const inWorker = await turnsDuring(() => importAnnotations(library, raw, 'keep-both'));
    const report = inWorker.value;
    expect(report).toMatchObject({
      articlesMerged: 1,
      annotationsAdded: 180_000,
      annotationsUnchanged: 20_000,
    });
    // Deterministic: the merge ran, and the 200,000-annotation file was written, in another thread.
    expect(mergesInThisThread()).toBe(merges);
    expect(snapshotsInThisThread()).toBe(snapshots);
    const stored = JSON.parse(await readFile(library.paths.annotations(id), 'utf8')) as {
      annotations: Annotation[];
    };
    expect(stored.annotations).toHaveLength(200_000);
    expect((await library.listArticles())[0]?.annotationCount).toBe(200_000);

    // Same-run baseline: the merge, sort and serialisation done on main, as the write phase did before.
    const theirs = file.articles[0]?.annotations.map((a) => ({ ...a, articleId: id })) ?? [];
    const onMain = await turnsDuring(() => {
      const merged = mergeAnnotations(mine, theirs, 'keep-both', emptyImportReport());
      return Promise.resolve(JSON.stringify({ annotations: [...merged].sort(compareAnnotations) }, null, 2));
    });
    console.log(`import turns: worker ${inWorker.turns}; the same work on main ${onMain.turns}`);
    // Done on main, the merge holds the loop for its whole length; a busy machine pauses the process
    // either way, but cannot make a held loop turn.
    expect(inWorker.turns).toBeGreaterThan(10 * (onMain.turns + 1));
  }, 300_000);
});

describe('the library’s promises hold', () => {
  it('a small merge into an open article is one journal line on top of its journal; the list has both', async () => {
    const { library, id } = await sampleLibrary();
    const { text } = await library.getArticle(id);
    const [start, end] = cpOffset(text, 'ستيف ويتكوف');
    const edited = await library.createAnnotation({ articleId: id, start, end, tag: 'actor' });
    const journal = journalPathOf(library.paths.annotations(id));
    const linesBefore = (await readFile(journal, 'utf8')).split('\n').length;
    const snapshots = snapshotsInThisThread();
    const report = await importAnnotations(
      library,
      JSON.stringify(await fileWith(library, 50, { from: 5_000 })),
      'keep-both',
    );
    expect(report.annotationsAdded).toBe(50);
    expect((await readFile(journal, 'utf8')).split('\n')).toHaveLength(linesBefore + 1);
    expect(snapshotsInThisThread()).toBe(snapshots);
    const list = await library.listAnnotations(id);
    expect(list).toHaveLength(51);
    expect(list.map((a) => a.id)).toContain(edited.id);
  });

  it('the observers hear the merged list (handed back by the worker), as after any edit', async () => {
    const { library, id } = await sampleLibrary();
    const heard: { articleId: string; annotations: readonly Annotation[] }[] = [];
    library.onChange((event) => {
      if (event.kind === 'annotations') heard.push(event);
    });
    await importAnnotations(library, JSON.stringify(await fileWith(library, 3_500)), 'keep-both');
    expect(heard).toHaveLength(1);
    expect(heard[0]?.articleId).toBe(id);
    expect(heard[0]?.annotations.map((a) => a.id)).toEqual(
      (await library.listAnnotations(id)).map((a) => a.id),
    );
  });

  it('a large merge folds the journal into a new snapshot and removes the journal', async () => {
    const { library, id } = await sampleLibrary();
    const { text } = await library.getArticle(id);
    const [start, end] = cpOffset(text, 'ستيف ويتكوف');
    const edited = await library.createAnnotation({ articleId: id, start, end, tag: 'actor' });
    const journal = journalPathOf(library.paths.annotations(id));
    await stat(journal);
    await importAnnotations(library, JSON.stringify(await fileWith(library, 5_000)), 'keep-both');
    await expect(stat(journal)).rejects.toMatchObject({ code: 'ENOENT' });
    const stored = JSON.parse(await readFile(library.paths.annotations(id), 'utf8')) as {
      annotations: Annotation[];
    };
    expect(stored.annotations).toHaveLength(5_001);
    expect(stored.annotations.map((a) => a.id)).toContain(edited.id);
    expect(stored.annotations).toEqual([...stored.annotations].sort(compareAnnotations));
  });

  it('an edit made while the import runs waits for the article’s lock and is kept', async () => {
    const { library, id } = await sampleLibrary();
    const { text } = await library.getArticle(id);
    const [start, end] = cpOffset(text, 'خليل الحية');
    const raw = JSON.stringify(await fileWith(library, 30_000));
    let edit: Promise<Annotation> | null = null;
    const imported = importAnnotations(library, raw, 'keep-both', {
      onProgress: (p) => {
        if (p.phase === 'writing')
          edit = library.createAnnotation({ articleId: id, start, end, tag: 'event' });
      },
    });
    await imported;
    const made = await (edit as Promise<Annotation> | null);
    expect(made).not.toBeNull();
    const list = await library.listAnnotations(id);
    expect(list.map((a) => a.id)).toContain(made?.id);
    expect(list.length).toBeGreaterThanOrEqual(30_000);
    await library.flush();
    const index = JSON.parse(await readFile(join(library.paths.dir, 'index.json'), 'utf8')) as {
      articles: { id: string; annotationCount: number }[];
    };
    expect(index.articles.find((a) => a.id === id)?.annotationCount).toBe(list.length);
  }, 120_000);
});
