import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { collectExport, writeExport } from '../../../../electron/services/export/export-service';
import { bratFragments } from '../../../../shared/export/brat';
import { CSV_COLUMNS, csvField } from '../../../../shared/export/csv';
import type { W3cAnnotation, W3cCollection } from '../../../../shared/export/w3c';
import type { HamishExport } from '../../../../shared/export-format';
import type { Taxonomy } from '../../../../shared/taxonomy';
import nativeSchema from '../../../../shared/schema/generated/hamish-export-2.schema.json';
import w3cSchema from '../../../../shared/schema/web-annotation.schema.json';
import { useTempDirs } from '../../helpers';
import { closeLibraries, ENTITY_ID, parseCsv, seededLibrary } from '../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateNative = ajv.compile(nativeSchema);
const validateW3c = ajv.compile(w3cSchema);

async function exported(format: 'json' | 'w3c' | 'csv' | 'brat', articleIds?: string[]) {
  const dir = await tempDir();
  const library = await seededLibrary(join(dir, 'library'));
  const out = join(dir, format === 'brat' ? 'brat' : `out.${format}`);
  const summary = await writeExport(library, { format, ...(articleIds ? { articleIds } : {}) }, out, 'test');
  const data = await collectExport(library, { includeText: true, generator: 'test' });
  return { library, out, summary, data };
}

describe('Hamish JSON', () => {
  it('writes the whole library with texts, notes, entities and authors, valid against the schema', async () => {
    const { out, summary } = await exported('json');
    const data = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
    expect(validateNative(data), JSON.stringify(validateNative.errors)).toBe(true);
    expect(summary).toMatchObject({ articles: 3, annotations: 7 });
    expect(data.articles.map((a) => a.annotations.length)).toEqual([2, 1, 4]);
    for (const article of data.articles) {
      const points = Array.from(article.text ?? '');
      expect(points.length).toBe(article.length);
      for (const a of article.annotations) expect(points.slice(a.start, a.end).join('')).toBe(a.quote);
    }
    const first = data.articles[0]?.annotations[0];
    expect(first).toMatchObject({ type: 'actor', note: 'مبعوث، "خاص"\nسطر ثان', entityId: ENTITY_ID });
    expect(data.articles[0]?.annotations[1]).toMatchObject({ type: 'demand', subtype: 'prisoners' });
  });

  it('writes compact JSON without texts when asked, still valid', async () => {
    const dir = await tempDir();
    const library = await seededLibrary(join(dir, 'library'));
    const out = join(dir, 'compact.json');
    await writeExport(library, { format: 'json', pretty: false, includeText: false }, out, 'test');
    const raw = await readFile(out, 'utf8');
    expect(raw.trimEnd().includes('\n')).toBe(false);
    const data = JSON.parse(raw) as HamishExport;
    expect(validateNative(data), JSON.stringify(validateNative.errors)).toBe(true);
    expect(data.articles.every((a) => a.text === undefined)).toBe(true);
  });

  it('exports only the selected articles, in the order given', async () => {
    const dir = await tempDir();
    const library = await seededLibrary(join(dir, 'library'));
    const [newest, , oldest] = await library.listArticles();
    const ids = [newest?.id ?? '', oldest?.id ?? ''];
    const out = join(dir, 'two.json');
    const summary = await writeExport(library, { format: 'json', articleIds: ids }, out, 'test');
    const data = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
    expect(data.articles.map((a) => a.id)).toEqual(ids);
    expect(summary.articles).toBe(2);
  });
});

describe('W3C Web Annotation', () => {
  it('validates against the Web Annotation schema, with both selectors and the right purposes', async () => {
    const { out, data } = await exported('w3c');
    const collection = JSON.parse(await readFile(out, 'utf8')) as W3cCollection<W3cAnnotation>;
    expect(validateW3c(collection), JSON.stringify(validateW3c.errors)).toBe(true);
    expect(collection.total).toBe(7);
    expect(collection.first.items).toHaveLength(7);
    const byId = new Map(data.articles.flatMap((a) => a.annotations.map((x) => [`urn:uuid:${x.id}`, x])));
    for (const item of collection.first.items) {
      const source = data.articles.find((a) => `urn:uuid:${a.id}` === item.target.source.id);
      const original = byId.get(item.id);
      const [position, quote] = item.target.selector;
      expect(position).toEqual({ type: 'TextPositionSelector', start: original?.start, end: original?.end });
      expect(quote?.exact).toBe(
        Array.from(source?.text ?? '')
          .slice(position?.start, position?.end)
          .join(''),
      );
      expect(item.body.find((b) => b.purpose === 'tagging')?.value).toBe(original?.tag);
      expect(item.body.find((b) => b.purpose === 'classifying')?.value).toBe(original?.tag.split('.')[0]);
    }
    const noted = collection.first.items.find((i) => i.body.some((b) => b.purpose === 'commenting'));
    expect(noted?.body).toContainEqual(
      expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', value: 'مبعوث، "خاص"\nسطر ثان' }),
    );
    expect(noted?.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: `urn:uuid:${ENTITY_ID}`,
    });
    expect(noted?.creator).toEqual({ type: 'Person', name: 'محللة' });
  });

  it("carries each tag's labels in Arabic and English as language-tagged describing bodies", async () => {
    const { out, data } = await exported('w3c');
    const collection = JSON.parse(await readFile(out, 'utf8')) as W3cCollection<W3cAnnotation>;
    const tagOf = new Map(
      data.articles.flatMap((a) => a.annotations.map((x) => [`urn:uuid:${x.id}`, x.tag])),
    );
    const prisoners = collection.first.items.find((i) => tagOf.get(i.id) === 'demand.prisoners');
    expect(prisoners?.body.filter((b) => b.purpose === 'describing')).toEqual([
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'مطلب: الأسرى',
        format: 'text/plain',
        language: 'ar',
      },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'Demand: Prisoners',
        format: 'text/plain',
        language: 'en',
      },
    ]);
    const actor = collection.first.items.find((i) => tagOf.get(i.id) === 'actor');
    expect(actor?.body.filter((b) => b.purpose === 'describing').map((b) => b.value)).toEqual([
      'فاعل',
      'Actor',
    ]);
  });

  it('the schema refuses a target without a TextQuoteSelector', async () => {
    const { out } = await exported('w3c');
    const collection = JSON.parse(await readFile(out, 'utf8')) as W3cCollection<W3cAnnotation>;
    collection.first.items[0]?.target.selector.pop();
    expect(validateW3c(collection)).toBe(false);
  });
});

/** The four label cells of a tag, read from the taxonomy independently of csv.ts. */
function labelsOf(taxonomy: Taxonomy, tag: string): string[] {
  const [typeId, subId] = tag.split('.');
  const type = taxonomy.types.find((t) => t.id === typeId);
  const sub = type?.subtypes.find((s) => s.id === subId);
  return [type?.label.ar ?? '', type?.label.en ?? '', sub?.label.ar ?? '', sub?.label.en ?? ''];
}

describe('CSV', () => {
  it('starts with a BOM and has one row per annotation with every column (the coder last), labels beside the ids', async () => {
    const { out, data } = await exported('csv');
    const raw = await readFile(out, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(raw.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 7);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const annotations = data.articles.flatMap((a) => a.annotations.map((x) => ({ a, x })));
    rows.slice(1).forEach((row, i) => {
      const { a, x } = annotations[i] ?? {};
      expect(row).toEqual([
        a?.id,
        a?.title,
        a?.date,
        a?.source,
        x?.tag.split('.')[0],
        x?.tag.split('.')[1] ?? '',
        ...labelsOf(data.taxonomy, x?.tag ?? ''),
        // The entity's name in the article's language (the seeded library holds the entity).
        x?.entityId === undefined ? '' : 'ستيف ويتكوف',
        x?.quote,
        String(x?.start),
        String(x?.end),
        x?.note ?? '',
        x?.id,
        x?.author ?? '',
      ]);
    });
  });

  it('names a subtype in both languages beside its id, so a spreadsheet reader need not know the ids', async () => {
    const { out } = await exported('csv');
    const rows = parseCsv((await readFile(out, 'utf8')).slice(1));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const prisoners = rows.find((r) => r[col('subtype')] === 'prisoners');
    expect(prisoners?.slice(col('type'), col('subtype_label_en') + 1)).toEqual([
      'demand',
      'prisoners',
      'مطلب',
      'Demand',
      'الأسرى',
      'Prisoners',
    ]);
    // A tag with no subtype leaves the subtype labels empty.
    const actor = rows.find((r) => r[col('type')] === 'actor' && r[col('subtype')] === '');
    expect(actor?.slice(col('type_label_ar'), col('subtype_label_en') + 1)).toEqual([
      'فاعل',
      'Actor',
      '',
      '',
    ]);
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('بسيط')).toBe('بسيط');
    expect(csvField('أ، ب')).toBe('أ، ب');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvField('سطر\nسطر')).toBe('"سطر\nسطر"');
  });
});

describe('brat standoff', () => {
  it('writes .txt/.ann per article whose T-line quotes equal the text at code point offsets', async () => {
    const { out, data } = await exported('brat');
    const files = (await readdir(out)).sort();
    expect(files).toContain('annotation.conf');
    expect(files).toContain('visual.conf');
    expect(files.filter((f) => f.endsWith('.ann'))).toHaveLength(3);
    let tLines = 0;
    let discontinuous = 0;
    for (const article of data.articles) {
      const txt = await readFile(join(out, `${article.id}.txt`), 'utf8');
      expect(txt).toBe(article.text);
      const points = Array.from(txt);
      const ann = await readFile(join(out, `${article.id}.ann`), 'utf8');
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        tLines++;
        const [, typeAndSpans, quote] = line.split('\t');
        const spans = (typeAndSpans ?? '').split(' ').slice(1).join(' ').split(';');
        if (spans.length > 1) discontinuous++;
        const fragments = spans.map((s) => {
          const [start, end] = s.split(' ').map(Number);
          const fragment = points.slice(start, end).join('');
          expect(fragment.includes('\n')).toBe(false);
          return fragment;
        });
        expect(fragments.join(' ')).toBe(quote);
      }
      expect(ann).not.toMatch(/\t[^\t\n]*\t.*\t/u);
    }
    expect(tLines).toBe(7);
    expect(discontinuous).toBe(1);
    const ann = await readFile(join(out, `${data.articles[0]?.id ?? ''}.ann`), 'utf8');
    // The note's line break is kept, escaped as "\n" (brat notes are one line).
    expect(ann).toContain('#1\tAnnotatorNotes T1\tمبعوث، "خاص"\\nسطر ثان');
    expect(ann).toContain(`N1\tReference T1 Hamish:${ENTITY_ID}\t`);
    const conf = await readFile(join(out, 'annotation.conf'), 'utf8');
    // Types with subtypes stay concrete: an annotation may carry the type itself.
    expect(conf).toContain('[entities]\nactor\n\tactor-person\n');
    expect(conf).toContain('\ndemand\n\tdemand-prisoners\n');
    expect(conf).not.toContain('!');
    // visual.conf names each type and subtype beside its brat name, in English and Arabic.
    const visual = await readFile(join(out, 'visual.conf'), 'utf8');
    expect(visual).toContain('\ndemand-prisoners | Prisoners | الأسرى\n');
    expect(visual).toContain('\nactor | Actor | فاعل\n');
  });

  it('splits spans at line breaks', () => {
    const points = Array.from('أب\nجد\n\nهـ');
    expect(bratFragments(points, 0, 5)).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(bratFragments(points, 1, 9)).toEqual([
      [1, 2],
      [3, 5],
      [7, 9],
    ]);
  });
});
