/**
 * The start-up check on real library folders: temp files of interrupted
 * writes are removed, a damaged file is moved to quarantine/ unchanged, the
 * user is told which article is affected, and the rest of the library opens.
 */

import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../../electron/services/library/library';
import { DEFAULT_TAXONOMY } from '../../../../../../shared/taxonomy';
import { SAMPLE_PATH, useTempDirs } from '../../../../helpers';
import { damageArticleText, twoArticles } from '../../../../two-articles';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:26:53.589Z');
const STAMP = '2026-03-14T09-26-53-589Z';

/** Reopens the library and waits for the background part of the check. */
async function reopen(dir: string, options: { samplePath?: string } = {}): Promise<Library> {
  const library = await Library.open(dir, { now: () => NOW, ...options });
  await library.checkDone;
  return library;
}

describe('start-up check', () => {
  it('says nothing about a healthy library and makes no quarantine folder', async () => {
    const dir = await tempDir();
    await twoArticles(dir, NOW);
    const library = await reopen(dir);
    expect(library.startupReport()).toEqual({
      tempFilesRemoved: 0,
      quarantined: [],
      indexRebuilt: false,
      preferencesSetAside: null,
      complete: true,
    });
    expect(await readdir(dir)).not.toContain('quarantine');
  });

  it('removes temp files left by an interrupted write and keeps the real files', async () => {
    const dir = await tempDir();
    const { short, onShort } = await twoArticles(dir, NOW);
    const leftovers = [
      join(dir, '.index.json.0123456789ab.tmp'),
      join(dir, 'annotations', `.${short.id}.json.a1b2c3d4e5f6.tmp`),
      join(dir, 'articles', `.${short.id}.json.ffffffffffff.tmp`),
    ];
    // Left by a session that was killed a minute ago.
    const aMinuteAgo = new Date(Date.now() - 60_000);
    for (const path of leftovers) {
      await writeFile(path, '{"half written');
      await utimes(path, aMinuteAgo, aMinuteAgo);
    }
    await writeFile(join(dir, 'notes.tmp'), 'not ours'); // not a temp name of ours: left alone
    const library = await reopen(dir);
    expect(library.startupReport().tempFilesRemoved).toBe(3);
    expect((await readdir(join(dir, 'annotations'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(dir)).toContain('notes.tmp');
    expect(await library.listAnnotations(short.id)).toEqual([onShort]);
  });

  it('quarantines a truncated annotations file, names the article, and opens the rest', async () => {
    const dir = await tempDir();
    const { short, long, onLong } = await twoArticles(dir, NOW);
    const path = join(dir, 'annotations', `${short.id}.json`);
    const damaged = (await readFile(path, 'utf8')).slice(0, 40);
    await writeFile(path, damaged);
    const library = await reopen(dir);
    expect(library.startupReport().quarantined).toEqual([
      {
        kind: 'annotations',
        file: `annotations/${short.id}.json`,
        movedTo: `quarantine/${STAMP}-annotations-${short.id}.json`,
        articleId: short.id,
        title: 'لقاء في القاهرة',
        reason: 'not valid JSON',
      },
    ]);
    expect(await readFile(join(dir, 'quarantine', `${STAMP}-annotations-${short.id}.json`), 'utf8')).toBe(
      damaged,
    );
    expect(await library.listAnnotations(long.id)).toEqual([onLong]);
    expect(await library.listAnnotations(short.id)).toEqual([]);
    expect((await library.getArticle(short.id)).meta).toMatchObject({
      title: 'لقاء في القاهرة',
      annotationCount: 0,
    });
    expect((await library.getArticle(long.id)).meta.annotationCount).toBe(1);
  });

  it('quarantines an annotations file that parses but does not validate (hostile offsets, foreign article)', async () => {
    const dir = await tempDir();
    const { short, long } = await twoArticles(dir, NOW);
    const path = join(dir, 'annotations', `${short.id}.json`);
    const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: { start: number }[] };
    file.annotations = file.annotations.map((a) => ({ ...a, start: -7 }));
    await writeFile(path, JSON.stringify(file));
    const other = join(dir, 'annotations', `${long.id}.json`);
    await writeFile(other, JSON.stringify({ version: 1, articleId: short.id, annotations: [] }));
    const report = (await reopen(dir)).startupReport();
    expect(
      report.quarantined
        .map((q) => [q.file, q.title, q.reason.split(':')[0]])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        [`annotations/${short.id}.json`, 'لقاء في القاهرة', 'unexpected content at annotations.0.start'],
        [`annotations/${long.id}.json`, 'ويتكوف والحية', 'belongs to another article'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('quarantines a damaged article text with its annotations and drops it from the list', async () => {
    const dir = await tempDir();
    const { short, long, onLong } = await twoArticles(dir, NOW);
    const edited = await damageArticleText(dir, short.id);
    const library = await reopen(dir);
    const report = library.startupReport();
    expect(report.quarantined.map((q) => [q.kind, q.title, q.reason])).toEqual([
      ['article', 'لقاء في القاهرة', 'text does not match its recorded hash'],
      ['annotations', 'لقاء في القاهرة', 'its article text is damaged'],
    ]);
    expect(await readFile(join(dir, 'quarantine', `${STAMP}-articles-${short.id}.json`), 'utf8')).toBe(
      edited,
    );
    expect((await library.listArticles()).map((a) => a.id)).toEqual([long.id]);
    expect(await library.listAnnotations(long.id)).toEqual([onLong]);
  });

  it('drops an index entry whose text file is missing and says so', async () => {
    const dir = await tempDir();
    const { short, long } = await twoArticles(dir, NOW);
    await rm(join(dir, 'articles', `${short.id}.json`));
    const library = await reopen(dir);
    expect(library.startupReport().quarantined).toEqual([
      {
        kind: 'article',
        file: `articles/${short.id}.json`,
        movedTo: null,
        articleId: short.id,
        title: 'لقاء في القاهرة',
        reason: 'the text file is missing',
      },
    ]);
    expect((await library.listArticles()).map((a) => a.id)).toEqual([long.id]);
  });

  it('rebuilds a corrupt index from the article files, keeping every annotation, without re-seeding', async () => {
    const dir = await tempDir();
    const { short, long, onShort, onLong } = await twoArticles(dir, NOW);
    await writeFile(join(dir, 'index.json'), '\u0000\u0000garbage');
    const library = await reopen(dir, { samplePath: SAMPLE_PATH });
    const report = library.startupReport();
    expect(report.indexRebuilt).toBe(true);
    expect(report.quarantined).toMatchObject([{ kind: 'index', movedTo: `quarantine/${STAMP}-index.json` }]);
    const listed = await library.listArticles();
    expect(listed.map((a) => a.id).sort()).toEqual([short.id, long.id].sort());
    // The title the article was added with, kept in its own file (its first line before issue 13).
    expect(listed.find((a) => a.id === short.id)).toMatchObject({
      title: 'لقاء في القاهرة',
      language: 'ar',
      annotationCount: 1,
    });
    expect(await library.listAnnotations(short.id)).toEqual([onShort]);
    expect(await library.listAnnotations(long.id)).toEqual([onLong]);
  });

  it('quarantines a hostile taxonomy and uses the default one', async () => {
    const dir = await tempDir();
    await twoArticles(dir, NOW);
    await writeFile(join(dir, 'taxonomy.json'), '{"__proto__":{"polluted":true},"version":1,"types":"x"}');
    const library = await reopen(dir);
    expect(library.startupReport().quarantined).toMatchObject([{ kind: 'taxonomy', file: 'taxonomy.json' }]);
    expect(await library.getTaxonomy()).toEqual(DEFAULT_TAXONOMY);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never overwrites an earlier quarantined file of the same name', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    const path = join(dir, 'annotations', `${short.id}.json`);
    await writeFile(path, 'first');
    await reopen(dir);
    await writeFile(path, 'second');
    const report = (await reopen(dir)).startupReport();
    expect(report.quarantined[0]?.movedTo).toBe(`quarantine/${STAMP}-annotations-${short.id}.json.2`);
    const kept = await readdir(join(dir, 'quarantine'));
    const contents = await Promise.all(kept.map((n) => readFile(join(dir, 'quarantine', n), 'utf8')));
    expect(contents.sort()).toEqual(['first', 'second']);
  });
});
