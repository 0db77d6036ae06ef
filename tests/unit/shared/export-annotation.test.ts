/**
 * buildExport's annotations and claims (shared/export-format.ts): an exported annotation's keys in
 * the schema's order (the order of a file's keys), optional ones only when present, orphaned
 * annotations left out; claims only when the article has some.
 */

import { describe, expect, it } from 'vitest';
import { buildExport, exportClaims } from '../../../shared/export-format';
import type { Annotation, ArticleMeta } from '../../../shared/model';
import type { Claim } from '../../../shared/schema/claim-schema';
import { DEFAULT_TAXONOMY } from '../../../shared/taxonomy';

const meta: ArticleMeta = {
  id: 'art',
  title: 'مقال',
  source: 'test',
  date: '2026-12-02',
  language: 'ar',
  addedAt: '2026-12-02T00:00:00.000Z',
  textSha256: '0'.repeat(64),
  length: 20,
  annotationCount: 3,
};
const base = {
  articleId: 'art',
  quote: 'قال',
  prefix: '',
  suffix: ' المتحدث',
  createdAt: '2026-12-02T01:00:00.000Z',
  updatedAt: '2026-12-02T02:00:00.000Z',
};
const annotations: Annotation[] = [
  { ...base, id: 'a1', start: 0, end: 3, tag: 'actor' },
  { ...base, id: 'a2', start: 0, end: 3, tag: 'actor.person', note: 'ملاحظة', entityId: 'e1', author: 'x' },
  { ...base, id: 'a3', start: 0, end: 3, tag: 'actor', orphaned: true },
];

describe('buildExport annotations', () => {
  it('writes each annotation with the schema key order, optional keys only when present, orphans left out', () => {
    const data = buildExport([{ meta, annotations }], DEFAULT_TAXONOMY, '2026-12-02T03:00:00.000Z', 'test');
    const [article] = data.articles;
    expect(article?.annotations.map((a) => Object.keys(a))).toEqual([
      ['id', 'start', 'end', 'quote', 'prefix', 'suffix', 'tag', 'type', 'createdAt', 'updatedAt'],
      [
        'id',
        'start',
        'end',
        'quote',
        'prefix',
        'suffix',
        'tag',
        'type',
        'subtype',
        'note',
        'entityId',
        'author',
        'createdAt',
        'updatedAt',
      ],
    ]);
    expect(article?.annotations[1]).toMatchObject({ type: 'actor', subtype: 'person', note: 'ملاحظة' });
    expect(article && 'claims' in article).toBe(false);
  });

  it('keeps claims, without their article id, and only members whose annotation is in the file', () => {
    const claim = {
      id: 'c1',
      articleId: 'art',
      frame: 'f',
      members: [
        { annotationId: 'a1', role: 'r' },
        { annotationId: 'a3', role: 'r' },
      ],
      createdAt: base.createdAt,
      updatedAt: base.updatedAt,
    } as unknown as Claim;
    expect(exportClaims([], annotations)).toEqual([]);
    const [exported] = exportClaims([claim], annotations);
    expect(exported && 'articleId' in exported).toBe(false);
    expect(exported?.members).toEqual([{ annotationId: 'a1', role: 'r' }]);
  });
});
