/**
 * REFI-QDA export: every .qdpx and .qdc Hamish writes validates against the
 * published schemas (xmllint --schema), and a consumer that slices each
 * source file by code points, as the specification says (§10.2), gets
 * exactly each annotation's quote: Arabic, astral characters and text that
 * was imported with CRLF line ends included.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createExporter } from '../../../../../../electron/services/export/export-service';
import { DEFAULT_TAXONOMY, listTags } from '../../../../../../shared/taxonomy';
import { useTempDirs } from '../../../../helpers';
import { refiLibrary, unpack, xmllint } from './refi-library';

const tempDir = useTempDirs();

/** A plain reading of the XML, independent of the exporter's own reader. */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  isArray: (name) =>
    ['Code', 'TextSource', 'PlainTextSelection', 'User', 'Note', 'Case', 'SelectionRef'].includes(name),
});

type Node = Record<string, unknown> & { [k: string]: unknown };
const list = (node: unknown, name: string): Node[] => ((node as Node)[name] as Node[] | undefined) ?? [];

describe('REFI-QDA export', () => {
  it('writes a .qdpx whose project.qde validates against Project.xsd and whose sources slice to each quote by code points', async () => {
    const dir = await tempDir();
    const { library, arabicId } = await refiLibrary(join(dir, 'lib'));
    const path = join(dir, 'project.qdpx');
    const summary = await createExporter(library, 'Hamish test').write({ format: 'qdpx' }, path);
    expect(summary).toMatchObject({ articles: 2, annotations: 6 });

    const names = await unpack(path, join(dir, 'out'));
    expect(names).toContain('project.qde');
    expect(names.filter((n) => n.startsWith('Sources/')).length).toBe(2);
    const lint = await xmllint('Project.xsd', join(dir, 'out', 'project.qde'));
    expect(lint.output).toContain('validates');
    expect(lint.code).toBe(0);

    const project = parser.parse(await readFile(join(dir, 'out', 'project.qde'), 'utf8')) as Node;
    const root = project['Project'] as Node;
    const sources = list(root['Sources'], 'TextSource');
    let checked = 0;
    for (const source of sources) {
      const file = String(source['plainTextPath']).replace('internal://', 'Sources/');
      const bytes = await readFile(join(dir, 'out', file));
      expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
      const points = Array.from(bytes.toString('utf8'));
      const stored = await library.listAnnotations(String(source['guid']));
      for (const selection of list(source, 'PlainTextSelection')) {
        const start = Number(selection['startPosition']);
        const end = Number(selection['endPosition']);
        const annotation = stored.find((a) => a.id === selection['guid']);
        expect(points.slice(start, end).join('')).toBe(annotation?.quote);
        checked++;
      }
    }
    expect(checked).toBe(6);

    const arabic = sources.find((s) => s['guid'] === arabicId);
    const text = await readFile(join(dir, 'out', 'Sources', `${arabicId}.txt`), 'utf8');
    expect(text).not.toContain('\r');
    expect(text).toBe((await library.getArticle(arabicId)).text);
    const quotes = list(arabic, 'PlainTextSelection').map((s) => {
      const points = Array.from(text);
      return points.slice(Number(s['startPosition']), Number(s['endPosition'])).join('');
    });
    expect(quotes).toEqual(expect.arrayContaining(['منصة 𝕏', 'العلم 🇵🇸', 'خليل الحية.\nونشر']));
    await library.close();
  });

  it('writes coders as Users, notes as Notes with NoteRefs, entities as Cases and the scheme as nested Codes', async () => {
    const dir = await tempDir();
    const { library, entityId } = await refiLibrary(join(dir, 'lib'));
    const path = join(dir, 'project.qdpx');
    await createExporter(library, 'Hamish test').write({ format: 'qdpx' }, path);
    await unpack(path, join(dir, 'out'));
    const root = (parser.parse(await readFile(join(dir, 'out', 'project.qde'), 'utf8')) as Node)[
      'Project'
    ] as Node;

    const users = list(root['Users'], 'User');
    expect(users).toHaveLength(1);
    expect(root['creatingUserGUID']).toBe(users[0]?.['guid']);

    const codes = list((root['CodeBook'] as Node)['Codes'], 'Code');
    expect(codes.map((c) => c['name'])).toEqual(DEFAULT_TAXONOMY.types.map((t) => t.label.ar));
    expect(codes.map((c) => list(c, 'Code').length)).toEqual(
      DEFAULT_TAXONOMY.types.map((t) => t.subtypes.length),
    );
    expect(codes[0]?.['color']).toBe(DEFAULT_TAXONOMY.types[0]?.color);
    expect(String(codes[0]?.['Description'])).toContain('Actor');

    const notes = list(root['Notes'], 'Note');
    expect(notes.map((n) => n['PlainTextContent']).sort()).toEqual([
      'across a line end',
      'حساب على 𝕏\nسطر ثانٍ',
    ]);
    const selections = list(root['Sources'], 'TextSource').flatMap((s) => list(s, 'PlainTextSelection'));
    const noted = selections.filter((s) => s['NoteRef'] !== undefined);
    expect(noted.map((s) => (s['NoteRef'] as Node)['targetGUID']).sort()).toEqual(
      notes.map((n) => n['guid']).sort(),
    );

    const [entity] = list(root['Cases'], 'Case');
    expect(entity?.['guid']).toBe(entityId);
    expect(entity?.['name']).toBe('ستيف ويتكوف');
    const linked = list(entity, 'SelectionRef').map((r) => r['targetGUID']);
    const annotations = await library.listAnnotations(
      selections.length ? String(list(root['Sources'], 'TextSource')[0]?.['guid']) : '',
    );
    expect(linked).toEqual(annotations.filter((a) => a.entityId === entityId).map((a) => a.id));
    await library.close();
  });

  it('writes a .qdc codebook that validates against Codebook.xsd, every tag a code', async () => {
    const dir = await tempDir();
    const { library } = await refiLibrary(join(dir, 'lib'));
    const path = join(dir, 'scheme.qdc');
    const summary = await createExporter(library, 'Hamish test').write({ format: 'qdc' }, path);
    expect(summary).toMatchObject({ articles: 0, annotations: 0 });
    const lint = await xmllint('Codebook.xsd', path);
    expect(lint.output).toContain('validates');
    expect(lint.code).toBe(0);
    const book = (parser.parse(await readFile(path, 'utf8')) as Node)['CodeBook'] as Node;
    const all = (codes: Node[]): Node[] => codes.flatMap((c) => [c, ...all(list(c, 'Code'))]);
    expect(all(list(book['Codes'], 'Code'))).toHaveLength(listTags(DEFAULT_TAXONOMY).length);
    await library.close();
  });
});
