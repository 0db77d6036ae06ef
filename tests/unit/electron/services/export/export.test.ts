import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { exportFileName, type HamishExport } from '../../../../../shared/export-format';
import schema from '../../../../../shared/schema/generated/hamish-export-2.schema.json';
import { SAMPLE_PATH, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('exportAnnotations', () => {
  it('writes a file that validates against the schema, with the text hash and code point offsets', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { samplePath: SAMPLE_PATH });
    const [meta] = await library.listArticles();
    if (!meta) throw new Error('sample not seeded');
    const { text } = await library.getArticle(meta.id);
    const at = text.indexOf('ستيف ويتكوف');
    await library.createAnnotation({ articleId: meta.id, start: at, end: at + 11, tag: 'actor' });
    const prisoners = text.indexOf('تبادل الأسرى');
    await library.createAnnotation({
      articleId: meta.id,
      start: prisoners,
      end: prisoners + 12,
      tag: 'demand.prisoners',
    });

    const path = join(dir, 'ويتكوف.hamish.json');
    await library.exportAnnotations(meta.id, path, 'Hamish 0.1.0 (test)');
    const data = JSON.parse(await readFile(path, 'utf8')) as HamishExport;

    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data).toMatchObject({
      format: 'hamish-annotations',
      version: 2,
      generator: 'Hamish 0.1.0 (test)',
    });
    const [article] = data.articles;
    expect(article).toMatchObject({
      id: meta.id,
      title: meta.title,
      offsetUnit: 'codepoint',
      length: Array.from(text).length,
    });
    expect(article?.textSha256).toBe(sha256(text));
    expect(article?.annotations.map((a) => [a.quote, a.tag])).toEqual([
      ['ستيف ويتكوف', 'actor'],
      ['تبادل الأسرى', 'demand.prisoners'],
    ]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('uses code points when a non-BMP character precedes the annotation', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const meta = await library.addArticle({
      title: 'رموز',
      text: 'عاجل 🙂 𝕏: التقى ستيف ويتكوف خليل الحية في الدوحة، وبحثا وقف إطلاق النار.',
    });
    const { text } = await library.getArticle(meta.id);
    const codePoints = Array.from(text);
    const start = text.indexOf('ستيف ويتكوف') - 2; // two astral characters before
    expect(codePoints.slice(start, start + 11).join('')).toBe('ستيف ويتكوف');
    await library.createAnnotation({ articleId: meta.id, start, end: start + 11, tag: 'actor' });

    const path = join(dir, 'out.json');
    await library.exportAnnotations(meta.id, path, 'test');
    const data = JSON.parse(await readFile(path, 'utf8')) as HamishExport;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const article = data.articles[0];
    const annotation = article?.annotations[0];
    expect(annotation).toMatchObject({ start, end: start + 11, quote: 'ستيف ويتكوف' });
    expect(annotation?.quote).toBe(codePoints.slice(annotation?.start, annotation?.end).join(''));
    expect(article?.length).toBe(codePoints.length);
    expect(article?.textSha256).toBe(sha256(text));
  });

  it('exportArticle returns the same object without writing a file', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, {
      samplePath: SAMPLE_PATH,
      now: () => new Date('2025-11-20T10:00:00Z'),
    });
    const [meta] = await library.listArticles();
    const data = await library.exportArticle(meta?.id ?? '', 'Hamish');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.exportedAt).toBe('2025-11-20T10:00:00.000Z');
    expect(data.articles[0]?.annotations).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('makes a safe name from an Arabic title', () => {
    expect(exportFileName('ويتكوف: "لقاء" مع الحية / الدوحة')).toBe(
      'ويتكوف لقاء مع الحية الدوحة.hamish.json',
    );
    expect(exportFileName(' \u0007 ')).toBe('annotations.hamish.json');
  });

  it('never splits an astral character when shortening', () => {
    const name = exportFileName(`${'ع'.repeat(79)}🙂🙂`);
    expect(name).toBe(`${'ع'.repeat(79)}🙂.hamish.json`);
    expect(/[\uD800-\uDFFF]/u.test(name.replace(/🙂/gu, ''))).toBe(false);
  });
});
