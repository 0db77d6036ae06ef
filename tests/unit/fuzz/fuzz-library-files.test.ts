/**
 * Fuzzing the library files themselves with fast-check: each run copies a
 * real two-article library, replaces one of its files (index, taxonomy, an
 * article text, an annotations file) with hostile content (random JSON,
 * "__proto__" keys, huge strings, truncations, valid files with one value
 * mutated) and opens it. The library always opens; a file it refuses is in
 * quarantine/ byte for byte; a file it keeps validates; the other article's
 * annotations are intact; nothing beside the library changes; no prototype
 * is polluted. A hostile index.head.json (index-head.ts) is never trusted:
 * the first page listed is always index.json's, and the head is rewritten.
 * Also: every path built from an id accepts UUIDs only.
 */

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD_QUERY, indexHeadPathOf, readIndexHead } from '../../../electron/services/library/index-head';
import { Library } from '../../../electron/services/library/library';
import {
  annotationsFileSchema,
  articleFileSchema,
  indexFileSchema,
  taxonomySchema,
  type IndexFile,
} from '../../../electron/services/library/library-files';
import { libraryPaths } from '../../../electron/services/library/library-paths';
import { DEFAULT_QUERY, queryArticles } from '../../../shared/library-query';
import type { Annotation } from '../../../shared/model';
import { SAMPLE_PATH, failureCode, fixture, readUtf8 } from '../helpers';
import {
  fingerprint,
  HOSTILE_STRINGS,
  hostileString,
  hostileValue,
  mutateAt,
  pollutingObject,
  prototypeIsClean,
} from './fuzz-helpers';

const RUNS = Number(process.env['HAMISH_FUZZ_RUNS'] ?? 250);
const FIRST_PAGE = { ...DEFAULT_QUERY, limit: 50 };
let root: string;
let template: string;
let target: { id: string; annotations: Annotation[] };
let other: { id: string; annotations: Annotation[] };
let tried = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-fuzz-files-'));
  template = join(root, 'template');
  const library = await Library.open(template, { samplePath: SAMPLE_PATH });
  const [sample] = await library.listArticles();
  const short = await library.addArticle({
    title: 'لقاء',
    text: await readUtf8(fixture('short-article.ar.txt')),
  });
  if (!sample) throw new Error('no sample');
  await library.createAnnotation({ articleId: short.id, start: 6, end: 11, tag: 'actor' });
  await library.createAnnotation({ articleId: sample.id, start: 0, end: 4, tag: 'event' });
  await library.close();
  const reopened = await Library.open(template);
  target = { id: short.id, annotations: await reopened.listAnnotations(short.id) };
  other = { id: sample.id, annotations: await reopened.listAnnotations(sample.id) };
  await reopened.close();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  console.log(`library file fuzz: ${tried} hostile files opened`);
});

type Kind = 'index' | 'taxonomy' | 'article' | 'annotations';
const SCHEMAS: Record<Kind, z.ZodType> = {
  index: indexFileSchema,
  taxonomy: taxonomySchema,
  article: articleFileSchema,
  annotations: annotationsFileSchema,
};
const fileOf = (kind: Kind, id: string) =>
  ({
    index: 'index.json',
    taxonomy: 'taxonomy.json',
    article: `articles/${id}.json`,
    annotations: `annotations/${id}.json`,
  })[kind];

/** Sets `value` at a random path inside `data` (a copy). */
function mutate(data: unknown, path: number[], value: unknown): unknown {
  return mutateAt(data, path, value, 3);
}

/** Hostile replacements for a file whose valid content is `valid`. */
function hostileContent(valid: string): fc.Arbitrary<string> {
  const parsed = JSON.parse(valid) as unknown;
  return fc.oneof(
    fc.json(),
    fc.string(),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.nat({ max: valid.length - 1 }).map((n) => valid.slice(0, n)),
    fc
      .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), hostileValue)
      .map(([path, value]) => JSON.stringify(mutate(parsed, path, value))),
    pollutingObject.map((o) => JSON.stringify({ ...(parsed as object), ...(o as object) })),
    pollutingObject.map((o) => JSON.stringify(o)),
    hostileString.map((s) => JSON.stringify(mutate(parsed, [1, 0, 0], s))),
  );
}

describe('hostile library files', () => {
  it.each(['annotations', 'article', 'index', 'taxonomy'] as const)(
    'a hostile %s file',
    async (kind) => {
      const file = fileOf(kind, target.id);
      const valid = await readFile(join(template, file), 'utf8');
      const otherAnnotations = await readFile(join(template, 'annotations', `${other.id}.json`), 'utf8');
      await mkdir(join(root, 'outside'), { recursive: true });
      await writeFile(join(root, 'outside', 'sentinel'), 'must stay');
      const outside = await fingerprint(join(root, 'outside'));
      let run = 0;
      await fc.assert(
        fc.asyncProperty(hostileContent(valid), async (content) => {
          tried++;
          const dir = join(root, `run-${kind}-${run++}`);
          await cp(template, dir, { recursive: true });
          await writeFile(join(dir, file), content);
          const library = await Library.open(dir);
          await library.checkDone;
          try {
            const refused = library.startupReport().quarantined.find((q) => q.file === file);
            if (refused) {
              expect(await readFile(join(dir, refused.movedTo ?? ''), 'utf8')).toBe(content);
            } else {
              // Kept: then it is a valid file of its kind, unchanged.
              expect(SCHEMAS[kind].safeParse(JSON.parse(content)).success).toBe(true);
            }
            // Whatever was listed opens.
            const listed = await library.listArticles();
            for (const a of listed) {
              await library.getArticle(a.id);
              await library.listAnnotations(a.id);
            }
            // The other article's annotations are never lost: unchanged in place (or, if a valid-looking
            // hostile index no longer lists that article, still on disk untouched).
            expect(await readFile(join(dir, 'annotations', `${other.id}.json`), 'utf8')).toBe(
              otherAnnotations,
            );
            const ids = listed.map((a) => a.id);
            if (kind !== 'index') {
              expect(ids).toContain(other.id);
              expect(await library.listAnnotations(other.id)).toEqual(other.annotations);
            }
            if (kind === 'annotations' && !refused) expect(ids).toContain(target.id);
          } finally {
            await library.close();
            await rm(dir, { recursive: true, force: true });
          }
          expect(prototypeIsClean()).toBe(true);
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
      expect(await fingerprint(join(root, 'outside'))).toEqual(outside);
    },
    150_000,
  );
});

describe('a hostile index.head.json', () => {
  /** How one run damages the head: cut it, or set a hostile value somewhere in it, or replace it. */
  const damage = fc.oneof(
    fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((cut) => (valid: string) => valid.slice(0, valid.length * cut)),
    fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostileValue).map(
      ([path, value]) =>
        (valid: string) =>
          JSON.stringify(mutateAt(JSON.parse(valid), path, value, 4)),
    ),
    fc.json().map((json) => () => json),
    pollutingObject.map(
      (o) => (valid: string) => JSON.stringify({ ...(JSON.parse(valid) as object), ...(o as object) }),
    ),
  );

  it('is never trusted unless it is exactly the first page of index.json', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (hurt) => {
        tried++;
        const dir = join(root, `run-head-${run++}`);
        await cp(template, dir, { recursive: true });
        try {
          await (await Library.open(dir)).close(); // the copy's own current head (a copy has new stamps)
          const headPath = indexHeadPathOf(join(dir, 'index.json'));
          const valid = await readFile(headPath, 'utf8');
          const content = hurt(valid);
          await writeFile(headPath, content);
          const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as IndexFile;
          const library = await Library.open(dir);
          try {
            // Whatever the head holds, the first page listed is index.json's.
            expect(library.queryArticles(FIRST_PAGE)).toEqual(queryArticles(index.articles, FIRST_PAGE));
            await library.checkDone;
            expect(library.startupReport().quarantined).toEqual([]);
          } finally {
            await library.close();
          }
          // A head the next open trusts is index.json's first page again.
          const next = await readIndexHead(join(dir, 'index.json'));
          expect(next?.page).toEqual(queryArticles(index.articles, HEAD_QUERY));
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  }, 150_000);
});

describe('ids that become file names', () => {
  it('only UUIDs make paths, and those stay inside the library folder', () => {
    const paths = libraryPaths('/lib');
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.uuid()), (id) => {
        tried++;
        const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
        for (const make of [(x: string) => paths.article(x), (x: string) => paths.annotations(x)]) {
          if (!isUuid) {
            expect(() => make(id)).toThrow(/not a valid id/);
            continue;
          }
          const rel = relative('/lib', make(id));
          expect(rel.startsWith('..')).toBe(false);
          expect(rel).toMatch(/^(articles|annotations)\/[0-9a-f-]{36}\.json$/i);
        }
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('the library itself refuses traversal ids even when called without the IPC validation', async () => {
    const library = await Library.open(join(root, 'direct'));
    const before = await fingerprint(root);
    for (const id of HOSTILE_STRINGS) {
      tried++;
      const calls = [
        library.getArticle(id),
        library.deleteArticle(id),
        library.listAnnotations(id),
        library.createAnnotation({ articleId: id, start: 0, end: 1, tag: 'actor' }),
        library.updateAnnotation(id, id, { tag: 'actor' }),
        library.deleteAnnotation(id, id),
        library.exportArticle(id),
        library.restoreBackup(id),
      ];
      for (const call of calls) expect(await failureCode(call)).toBe('invalid-argument');
    }
    expect(await fingerprint(root)).toEqual(before);
  });
});
