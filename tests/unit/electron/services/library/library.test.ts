import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library, SAMPLE_ARTICLE } from '../../../../../electron/services/library/library';
import { canonicalize } from '../../../../../shared/canonical-text';
import { DEFAULT_TAXONOMY } from '../../../../../shared/taxonomy';
import {
  SAMPLE_PATH,
  failureCode,
  fixture,
  readUtf8,
  storedAnnotations,
  useTempDirs,
} from '../../../helpers';

const tempDir = useTempDirs();

/** A clock that advances one second per call, so ordering by time is deterministic. */
function ticking(from = Date.UTC(2025, 10, 1)): () => Date {
  let t = from;
  return () => new Date((t += 1000));
}

const readJson = async <T = unknown>(path: string): Promise<T> =>
  JSON.parse(await readFile(path, 'utf8')) as T;

/** Every file under the library folder with its content, to prove a refused call changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8')] as const)),
  );
}

async function openWithShort(dir: string) {
  const library = await Library.open(dir, { now: ticking() });
  const meta = await library.addArticle({
    title: '  لقاء في القاهرة ',
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  return { library, meta };
}

describe('Library articles', () => {
  it('creates the DESIGN layout on first open', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    expect((await readdir(dir)).sort()).toEqual([
      'annotations',
      'articles',
      'index.head.json',
      'index.json',
      'library-lock.json',
      'library.lock',
      'taxonomy.json',
    ]);
    expect(await readJson(join(dir, 'index.json'))).toEqual({ version: 1, seeded: false, articles: [] });
    expect(await readJson(join(dir, 'taxonomy.json'))).toEqual(DEFAULT_TAXONOMY);
    expect(await library.getTaxonomy()).toEqual(DEFAULT_TAXONOMY);
  });

  it('adds, lists, gets and deletes articles', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const raw = await readUtf8(fixture('short-article.ar.txt'));
    const { text, blocks } = canonicalize(raw);
    expect(meta).toMatchObject({
      title: 'لقاء في القاهرة',
      source: '',
      date: '',
      language: 'ar',
      length: Array.from(text).length,
      annotationCount: 0,
      textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    });
    expect(meta.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const english = await library.addArticle({
      title: 'Envoy meets Hamas official',
      text: await readUtf8(fixture('mixed-english.en.txt')),
      source: 'Wire',
      date: '2025-11-02',
    });
    expect(english.language).toBe('en');
    expect((await library.listArticles()).map((m) => m.id)).toEqual([english.id, meta.id]);

    expect(await library.getArticle(meta.id)).toEqual({ meta, text, blocks });
    // The file keeps the metadata the article was added with (issue 13), for a rebuild of the index.
    expect(await readJson(join(dir, 'articles', `${meta.id}.json`))).toEqual({
      version: 1,
      id: meta.id,
      text,
      blocks,
      meta: { title: meta.title, source: '', date: '', language: 'ar', addedAt: meta.addedAt },
    });

    await library.deleteArticle(english.id);
    expect(await library.listArticles()).toEqual([meta]);
    expect(await readdir(join(dir, 'articles'))).toEqual([`${meta.id}.json`]);
    expect(await failureCode(library.getArticle(english.id))).toBe('not-found');
    expect(await failureCode(library.deleteArticle(english.id))).toBe('not-found');
  });

  it('refuses text that is empty once canonical, writing nothing', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const before = await snapshot(dir);
    expect(await failureCode(library.addArticle({ title: 'فارغ', text: ' \u0007\n\uFEFF\t\r\n' }))).toBe(
      'empty-text',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('moves a corrupt index.json to quarantine/ (byte for byte) and still opens', async () => {
    const dir = await tempDir();
    await Library.open(dir);
    const damaged = '{"version":1,"seeded":false,"articles":[{"id":"../x"}]}';
    await writeFile(join(dir, 'index.json'), damaged);
    const library = await Library.open(dir);
    const [moved] = library.startupReport().quarantined;
    expect(moved).toMatchObject({ kind: 'index', file: 'index.json' });
    expect(await readFile(join(dir, moved?.movedTo ?? ''), 'utf8')).toBe(damaged);
    expect(await library.listArticles()).toEqual([]);
  });
});

describe('first run', () => {
  it('seeds the sample article once, and never again after it is deleted', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const [seeded, ...rest] = await library.listArticles();
    expect(rest).toEqual([]);
    expect(seeded).toMatchObject({ ...SAMPLE_ARTICLE, annotationCount: 0 });
    const article = await library.getArticle(seeded?.id ?? '');
    expect(article.text).toBe(canonicalize(await readUtf8(SAMPLE_PATH)).text);
    expect(await readJson(join(dir, 'index.json'))).toMatchObject({ seeded: true });

    await library.deleteArticle(seeded?.id ?? '');
    await library.close();
    const reopened = await Library.open(dir, { samplePath: SAMPLE_PATH });
    expect(await reopened.listArticles()).toEqual([]);
    expect(await readJson(join(dir, 'index.json'))).toEqual({ version: 1, seeded: true, articles: [] });
  });

  it('opens without seeding when the sample is missing', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: join(dir, 'no-such-sample.txt') });
    expect(await library.listArticles()).toEqual([]);
  });
});

describe('Library annotations', () => {
  it('creates, updates and deletes annotations that persist across re-open', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const { text } = await library.getArticle(meta.id);
    const at = text.indexOf('وزير الخارجية'); // BMP-only text: UTF-16 index = code point offset
    const created = await library.createAnnotation({
      articleId: meta.id,
      start: at,
      end: at + 13,
      tag: 'actor',
    });
    expect(created).toMatchObject({
      articleId: meta.id,
      start: at,
      end: at + 13,
      quote: 'وزير الخارجية',
      tag: 'actor',
    });
    expect(created.prefix).toBe('التقى ');
    const demandAt = text.indexOf('تبادل الأسرى');
    const demand = await library.createAnnotation({
      articleId: meta.id,
      start: demandAt,
      end: demandAt + 12,
      tag: 'demand.other',
    });

    // Resolved means on disk (in the article's journal, annotation-journal.ts).
    expect((await storedAnnotations(dir, meta.id)).map((a) => a.id)).toEqual([created.id, demand.id]);

    const updated = await library.updateAnnotation(meta.id, demand.id, { tag: 'demand.prisoners' });
    expect(updated.tag).toBe('demand.prisoners');
    expect(updated.updatedAt > demand.updatedAt).toBe(true);
    await library.deleteAnnotation(meta.id, created.id);
    await library.flush();
    expect(
      (await readJson<{ articles: { annotationCount: number }[] }>(join(dir, 'index.json'))).articles[0],
    ).toMatchObject({
      annotationCount: 1,
    });
    await library.close();

    const reopened = await Library.open(dir);
    expect(await reopened.listAnnotations(meta.id)).toEqual([updated]);
    expect((await reopened.listArticles())[0]?.annotationCount).toBe(1);
  });

  it('lists annotations sorted by start, then end', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const spans: [number, number][] = [
      [40, 50],
      [5, 9],
      [5, 7],
      [20, 30],
    ];
    for (const [start, end] of spans)
      await library.createAnnotation({ articleId: meta.id, start, end, tag: 'event' });
    expect((await library.listAnnotations(meta.id)).map((a) => [a.start, a.end])).toEqual([
      [5, 7],
      [5, 9],
      [20, 30],
      [40, 50],
    ]);
  });

  it('keeps every acknowledged annotation when creates run concurrently', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const made = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        library.createAnnotation({ articleId: meta.id, start: i, end: i + 3, tag: 'actor' }),
      ),
    );
    const onDisk = await storedAnnotations(dir, meta.id);
    expect(onDisk.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
    await library.close();
    expect(
      (await readJson<{ articles: { annotationCount: number }[] }>(join(dir, 'index.json'))).articles[0]
        ?.annotationCount,
    ).toBe(25);
  });

  it('refuses bad input with the right codes and changes nothing on disk', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const kept = await library.createAnnotation({ articleId: meta.id, start: 0, end: 5, tag: 'event' });
    await library.flush();
    const before = await snapshot(dir);
    const unknown = '3f1c2b8e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';
    const create = (start: number, end: number, tag = 'actor', articleId = meta.id) =>
      failureCode(library.createAnnotation({ articleId, start, end, tag }));

    expect(await create(-1, 3)).toBe('out-of-range');
    expect(await create(5, 5)).toBe('out-of-range');
    expect(await create(7, 3)).toBe('out-of-range');
    expect(await create(0, meta.length + 1)).toBe('out-of-range');
    expect(await create(0.5, 3)).toBe('out-of-range');
    expect(await create(0, 3, 'demand.weather')).toBe('invalid-argument');
    expect(await create(0, 3, 'weather')).toBe('invalid-argument');
    expect(await create(0, 3, 'actor', '../../x')).toBe('invalid-argument');
    expect(await create(0, 3, 'actor', unknown)).toBe('not-found');
    expect(await failureCode(library.getArticle('../index'))).toBe('invalid-argument');
    expect(await failureCode(library.deleteArticle('articles/../../etc'))).toBe('invalid-argument');
    expect(await failureCode(library.listAnnotations(unknown))).toBe('not-found');
    expect(await failureCode(library.updateAnnotation(meta.id, unknown, { tag: 'event' }))).toBe('not-found');
    expect(await failureCode(library.updateAnnotation(meta.id, kept.id, { tag: 'nope' }))).toBe(
      'invalid-argument',
    );
    expect(await failureCode(library.deleteAnnotation(meta.id, unknown))).toBe('not-found');
    expect(await failureCode(library.deleteAnnotation(meta.id, '..'))).toBe('invalid-argument');

    expect(await snapshot(dir)).toEqual(before);
    expect(await library.listAnnotations(meta.id)).toEqual([kept]);
  });

  it('re-anchors moved annotations and flags lost ones as orphaned on load', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const { text } = await library.getArticle(meta.id);
    const cairo = text.indexOf('القاهرة');
    const a = await library.createAnnotation({
      articleId: meta.id,
      start: cairo,
      end: cairo + 7,
      tag: 'event',
    });
    const b = await library.createAnnotation({ articleId: meta.id, start: 0, end: 5, tag: 'event' });
    await library.close();

    // Simulate an annotations file whose offsets no longer match (e.g. hand-edited or from an older build).
    const path = join(dir, 'annotations', `${meta.id}.json`);
    const stored = await readJson<{ annotations: Record<string, unknown>[] }>(path);
    stored.annotations = stored.annotations.map((x) =>
      x['id'] === a.id ? { ...x, start: 2, end: 9 } : { ...x, quote: 'كلمة غير موجودة' },
    );
    await writeFile(path, JSON.stringify(stored));

    const reopened = await Library.open(dir);
    const list = await reopened.listAnnotations(meta.id);
    expect(list.find((x) => x.id === a.id)).toEqual(a);
    expect(list.find((x) => x.id === b.id)).toMatchObject({ start: 0, end: 5, orphaned: true });
    // Issue 14: reading never rewrites the file (the original record stays); orphans are left out of exports.
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(stored));
    const exported = await reopened.exportArticle(meta.id, 'test');
    expect(exported.articles[0]?.annotations.map((x) => x.id)).toEqual([a.id]);
  });

  it('deletes an article with its annotations file', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    await library.createAnnotation({ articleId: meta.id, start: 0, end: 5, tag: 'actor' });
    await library.deleteArticle(meta.id);
    expect(await readdir(join(dir, 'annotations'))).toEqual([]);
    expect(await readdir(join(dir, 'articles'))).toEqual([]);
    expect(await failureCode(library.listAnnotations(meta.id))).toBe('not-found');
  });

  it('reports a write failure as storage-failed and keeps the previous state', async () => {
    const dir = await tempDir();
    const { library, meta } = await openWithShort(dir);
    const kept = await library.createAnnotation({ articleId: meta.id, start: 0, end: 5, tag: 'actor' });
    await rm(join(dir, 'annotations'), { recursive: true });
    expect(
      await failureCode(library.createAnnotation({ articleId: meta.id, start: 6, end: 9, tag: 'actor' })),
    ).toBe('storage-failed');
    expect(await library.listAnnotations(meta.id)).toEqual([kept]);
  });
});
