/**
 * Claims in the REFI-QDA export (issue 18): the coded sample library
 * exported as a .qdpx whose project.qde still validates against the
 * standard's Project.xsd (xmllint --schema), each claim a Note (its
 * members in the Description) and Links from its anchor's selection (the
 * demand) to each other member's selection, named with the roles' Arabic
 * labels; and read back from the .qdpx, each claim comes again with its
 * members mapped to the annotations the import makes of their selections.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClaimNote } from '../../../../../../electron/services/exchange/refi/refi-claims-read';
import { importQdpxFile } from '../../../../../../electron/services/exchange/refi/refi-import';
import { writeExport } from '../../../../../../electron/services/export/export-service';
import { useTempDirs } from '../../../../helpers';
import type { Claim } from '../../../../../../shared/schema/claim-schema';
import { closeLibraries, openLibrary } from '../../../../transfer-helpers';
import { codedLibrary } from '../../export/claims-library';
import { unpack, xmllint } from './refi-library';

const tempDir = useTempDirs();
afterEach(closeLibraries);

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (_name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute,
});
const list = (node: unknown, name: string): Node[] => ((node as Node)[name] as Node[] | undefined) ?? [];
/** The text of a node's first `name` child (a leaf parses to its string). */
const text = (node: Node, name: string): string => {
  const child = list(node, name)[0] as Node | string | undefined;
  const inner = typeof child === 'string' ? child : child?.['#text'];
  return typeof inner === 'string' ? inner : '';
};

describe('claims in the REFI-QDA export', () => {
  it('writes each claim as a Note and Links between selections, valid against Project.xsd', async () => {
    const dir = await tempDir();
    const { library, articleId } = await codedLibrary(dir);
    const path = join(dir, 'claims.qdpx');
    const summary = await writeExport(library, { format: 'qdpx' }, path, 'Hamish test');
    expect(summary.claims).toBe(3);
    await unpack(path, join(dir, 'out'));
    const qde = join(dir, 'out', 'project.qde');
    const lint = await xmllint('Project.xsd', qde);
    expect(lint.output).toContain('validates');
    expect(lint.code).toBe(0);

    const root = list(parser.parse(await readFile(qde, 'utf8')), 'Project')[0] ?? {};
    const selections = new Map(
      list(list(list(root, 'Sources')[0], 'TextSource')[0], 'PlainTextSelection').map((s) => [
        String(s['guid']),
        s,
      ]),
    );
    const annotations = new Map((await library.listAnnotations(articleId)).map((a) => [a.id, a]));
    const notes = new Map(list(list(root, 'Notes')[0], 'Note').map((n) => [String(n['guid']), n]));
    const links = list(list(root, 'Links')[0], 'Link');
    // Two links for each claim of three members, one for the claim of two.
    expect(links).toHaveLength(5);
    const claims = await library.listClaims(articleId);
    for (const link of links) {
      const origin = String(link['originGUID']);
      const target = String(link['targetGUID']);
      expect(selections.has(origin) && selections.has(target)).toBe(true);
      expect(annotations.get(origin)?.tag.startsWith('demand')).toBe(true);
      expect(link['direction']).toBe('OneWay');
      expect(String(link['name'])).toMatch(/^مطالبة: المطلب → (المطالِب|المخاطَب)$/u);
      const note = notes.get(String(list(link, 'NoteRef')[0]?.['targetGUID']));
      const description = text(note ?? {}, 'Description');
      const claim = claims.find((c) => description.startsWith(`hamish-claim: ${c.id}\n`));
      expect(
        claim?.members
          .map((m) => `member: ${m.role} ${m.annotationId}`)
          .every((l) => description.includes(l)),
      ).toBe(true);
      expect(claim?.members.some((m) => m.annotationId === target)).toBe(true);
    }
    const hamas = claims.find((c) => c.note !== undefined);
    const hamasNote = [...notes.values()].find((n) => text(n, 'Description').includes(hamas?.id ?? '-'));
    expect(text(hamasNote ?? {}, 'PlainTextContent')).toBe('=1+1 مطلب الحركة');
    expect(text(hamasNote ?? {}, 'Description')).toContain('attribute: stance for');
  });

  it('reads the claims back from a .qdpx Hamish wrote into an empty library, members on the imported annotations', async () => {
    const dir = await tempDir();
    const { library, articleId } = await codedLibrary(dir);
    const path = join(dir, 'claims.qdpx');
    await writeExport(library, { format: 'qdpx' }, path, 'Hamish test');
    const empty = await openLibrary(join(dir, 'empty'));
    await importQdpxFile(empty, path, 'keep-both');
    const comparable = (list: Claim[]) =>
      list
        .map(({ id, frame, members, attributes, note, createdAt }) => ({
          id,
          frame,
          members: [...members].sort((x, y) => x.role.localeCompare(y.role)),
          attributes,
          note,
          createdAt,
        }))
        .sort((x, y) => x.id.localeCompare(y.id));
    const read = await empty.listClaims(articleId);
    expect(read).toHaveLength(3);
    expect(comparable(read)).toEqual(comparable(await library.listClaims(articleId)));
  });

  it('takes a note that is not a well-formed Hamish claim as an ordinary note', () => {
    const id = 'c0000000-0000-4000-8000-000000000001';
    const member = 'a0000000-0000-4000-8000-000000000001';
    expect(
      parseClaimNote(`hamish-claim: ${id}\nframe: claim\nmember: demand {${member.toUpperCase()}}`, 'ن'),
    ).toMatchObject({ id, frame: 'claim', members: [{ role: 'demand', selection: member }], note: 'ن' });
    for (const bad of [
      'ملاحظة عادية',
      `hamish-claim: not-a-uuid\nframe: claim`,
      `hamish-claim: ${id}\nframe: Claim`,
      `hamish-claim: ${id}\nframe: claim\nmember: demand`,
      `hamish-claim: ${id}\nframe: claim\nsomething else`,
    ])
      expect(parseClaimNote(bad, '')).toBeUndefined();
  });
});
