import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../../../../electron/services/app-api';
import { createServices } from '../../../../../electron/services/services';
import { dispatch } from '../../../../../electron/services/api-dispatch';
import { Library } from '../../../../../electron/services/library/library';
import { DEFAULT_QUERY, queryArticles, type ArticleQuery } from '../../../../../shared/library-query';
import type { ArticleMeta } from '../../../../../shared/model';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

function meta(partial: Partial<ArticleMeta> & { id: string }): ArticleMeta {
  return {
    title: partial.id,
    source: '',
    date: '',
    language: 'ar',
    addedAt: '2025-01-01T00:00:00.000Z',
    textSha256: '0'.repeat(64),
    length: 10,
    annotationCount: 0,
    ...partial,
  };
}

const ALL: ArticleMeta[] = [
  meta({
    id: 'a',
    title: 'ب',
    source: 'الجزيرة',
    date: '2025-10-02',
    status: 'done',
    annotationCounts: { actor: 2 },
    annotationCount: 2,
    addedAt: '2025-01-03T00:00:00.000Z',
  }),
  meta({
    id: 'b',
    title: 'أ',
    source: 'بي بي سي',
    date: '2025-09-01',
    language: 'en',
    annotationCounts: { demand: 1 },
    annotationCount: 1,
    addedAt: '2025-01-02T00:00:00.000Z',
  }),
  meta({
    id: 'c',
    title: 'ت',
    source: 'الجزيرة',
    status: 'in-progress',
    addedAt: '2025-01-01T00:00:00.000Z',
  }),
  meta({ id: 'd', title: 'ث', source: 'الجزيرة', date: '2025-10-20', deletedAt: '2025-02-01T00:00:00.000Z' }),
];

const ids = (query: Partial<ArticleQuery>) =>
  queryArticles(ALL, { ...DEFAULT_QUERY, ...query }).items.map((m) => m.id);

describe('queryArticles', () => {
  it('filters by source, language, status, date range and annotation type, leaving the trash out', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ filter: { source: 'الجزيرة' } })).toEqual(['a', 'c']);
    expect(ids({ filter: { language: 'en' } })).toEqual(['b']);
    expect(ids({ filter: { status: 'new' } })).toEqual(['b']);
    expect(ids({ filter: { status: 'in-progress' } })).toEqual(['c']);
    expect(ids({ filter: { from: '2025-09-15', to: '2025-12-31' } })).toEqual(['a']);
    expect(ids({ filter: { hasType: 'demand' } })).toEqual(['b']);
    expect(ids({ trash: true })).toEqual(['d']);
  });

  it('sorts by any column in both directions and pages', () => {
    expect(ids({ sort: { key: 'title', direction: 'asc' } })).toEqual(['b', 'a', 'c']);
    expect(ids({ sort: { key: 'date', direction: 'desc' } })).toEqual(['a', 'b', 'c']);
    expect(ids({ sort: { key: 'status', direction: 'asc' } })).toEqual(['b', 'c', 'a']);
    expect(ids({ sort: { key: 'type:actor', direction: 'desc' } })).toEqual(['a', 'b', 'c']);
    expect(ids({ sort: { key: 'annotations', direction: 'asc' } })).toEqual(['c', 'b', 'a']);
    const page = queryArticles(ALL, { ...DEFAULT_QUERY, offset: 1, limit: 1 });
    expect(page.items.map((m) => m.id)).toEqual(['b']);
    expect(page.total).toBe(3);
    expect(page.sources).toEqual(['الجزيرة', 'بي بي سي']);
    expect(page.languages).toEqual(['ar', 'en']);
  });

  it('pages through 10,000 articles', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      meta({
        id: `m${i}`,
        title: `مقال ${i}`,
        addedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
      }),
    );
    const page = queryArticles(many, { ...DEFAULT_QUERY, offset: 9_950, limit: 100 });
    expect(page.total).toBe(10_000);
    expect(page.items).toHaveLength(50);
    expect(page.items[0]?.id).toBe('m49');
  });
});

describe('library catalogue', () => {
  it('edits metadata and status, keeps per-type annotation counts, and survives a reopen', async () => {
    const dir = join(await tempDir(), 'library');
    const library = await Library.open(dir, { indexDebounceMs: 5 });
    const { id } = await library.addArticle({
      title: 'خبر',
      text: 'التقى ويتكوف الوفد المفاوض في القاهرة.',
      language: 'ar',
    });
    await library.createAnnotation({ articleId: id, start: 6, end: 12, tag: 'actor' });
    await library.createAnnotation({ articleId: id, start: 13, end: 26, tag: 'actor' });
    await library.createAnnotation({ articleId: id, start: 0, end: 5, tag: 'event' });
    await library.updateMeta(id, {
      title: 'لقاء القاهرة',
      author: 'سارة',
      url: 'https://example.org/a',
      status: 'in-progress',
    });
    await library.close();

    const reopened = await Library.open(dir);
    const [listed] = await reopened.listArticles();
    expect(listed).toMatchObject({
      title: 'لقاء القاهرة',
      author: 'سارة',
      url: 'https://example.org/a',
      status: 'in-progress',
      annotationCount: 3,
      annotationCounts: { actor: 2, event: 1 },
    });
    await reopened.updateMeta(id, { author: '', url: '' });
    expect((await reopened.listArticles())[0]).not.toHaveProperty('author');
    await expect(reopened.updateMeta(id, { title: '  ' })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await reopened.close();
  });

  it('moves to the trash, restores, and empties the trash for good', async () => {
    const dir = join(await tempDir(), 'library');
    const library = await Library.open(dir);
    const a = await library.addArticle({ title: 'أ', text: 'نص المقال الأول.', language: 'ar' });
    const b = await library.addArticle({ title: 'ب', text: 'نص المقال الثاني.', language: 'ar' });
    await library.trashArticle(a.id);
    expect((await library.listArticles()).map((m) => m.id)).toEqual([b.id]);
    expect((await library.listTrash()).map((m) => m.id)).toEqual([a.id]);
    await library.restoreArticle(a.id);
    expect((await library.listTrash()).map((m) => m.id)).toEqual([]);
    await library.trashArticle(b.id);
    expect(await library.emptyTrash()).toBe(1);
    expect((await library.listArticles()).map((m) => m.id)).toEqual([a.id]);
    await expect(library.getArticle(b.id)).rejects.toMatchObject({ code: 'not-found' });
    await library.close();
  });

  it('refuses bad metadata and queries at the IPC boundary, changing nothing', async () => {
    const library = await Library.open(join(await tempDir(), 'library'));
    const { id } = await library.addArticle({ title: 'أ', text: 'نص.', language: 'ar' });
    const api = createAppApi({
      services: createServices(library, { generator: 'test' }),
      dialogs: { chooseTextFile: () => Promise.resolve(null), chooseExportPath: () => Promise.resolve(null) },
      preferences: { get: () => ({ language: 'ar' }), setLanguage: (language) => ({ language }) },
    });
    for (const [method, args] of [
      ['updateArticleMeta', [id, { url: 'javascript:alert(1)' }]],
      ['updateArticleMeta', [id, { status: 'archived' }]],
      ['updateArticleMeta', [id, { text: 'تغيير النص' }]],
      ['queryArticles', [{ ...DEFAULT_QUERY, limit: 100_000 }]],
      ['queryArticles', [{ ...DEFAULT_QUERY, sort: { key: '__proto__', direction: 'asc' } }]],
      ['importPaths', [[]]],
      ['search', ['x'.repeat(501)]],
    ] as const) {
      const result = await dispatch(api, method, args);
      expect(result, `${method} ${JSON.stringify(args).slice(0, 60)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect((await library.listArticles())[0]).toMatchObject({ title: 'أ' });
    expect((await library.listArticles())[0]).not.toHaveProperty('url');
    const relative = await dispatch(api, 'importPaths', [['relative/file.txt']]);
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await library.close();
  });
});
