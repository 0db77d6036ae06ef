/**
 * The kind of a file given to "Choose file and import…" that is not Hamish
 * JSON, told from files Hamish itself exports (qdpx, CSV, claims CSV, W3C,
 * brat), a real Arabic news page and a .docx-like ZIP; and the refusal the
 * import dialog's API call gives for each: the kind named, nothing written.
 */

import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services/api-dispatch';
import { createServices } from '../../../../../electron/services/services';
import { sniffFileKind, type FileKind } from '../../../../../electron/services/transfer/file-kind';
import type { ExportFormat } from '../../../../../shared/export/export-request';
import { fixture, useTempDirs } from '../../../helpers';
import { closeLibraries, seededLibrary } from '../../../transfer-helpers';
import { expectRefusedByKind, head } from './wrong-kind';

const tempDir = useTempDirs();
afterEach(closeLibraries);

/** A library with three articles, and the exports Hamish writes of it in `formats`, by format. */
async function exportsOf(formats: ExportFormat[]) {
  const dir = await tempDir();
  const library = await seededLibrary(join(dir, 'library'));
  const services = createServices(library, { generator: 'Hamish (unit test)' });
  const paths: Partial<Record<ExportFormat, string>> = {};
  for (const format of formats) {
    const summary = await services.exporter.write({ format }, join(dir, `out-${format}`));
    paths[format] = summary.path;
  }
  return { dir, library, services, paths };
}

/** The .ann of a brat export folder. */
async function annOf(folder: string): Promise<string> {
  const ann = (await readdir(folder)).find((name) => name.endsWith('.ann'));
  if (!ann) throw new Error(`no .ann in ${folder}`);
  return join(folder, ann);
}

describe('sniffFileKind on files Hamish exports', () => {
  it('names each export by its content, whatever the file is called', async () => {
    const { paths } = await exportsOf(['qdpx', 'csv', 'claims-csv', 'w3c', 'brat', 'json']);
    const kinds: Record<string, FileKind | null> = {};
    // Renamed to a neutral name, so only the content speaks.
    kinds['qdpx'] = sniffFileKind(await head(paths.qdpx ?? ''), 'export.bin');
    kinds['csv'] = sniffFileKind(await head(paths.csv ?? ''), 'export.bin');
    kinds['claims-csv'] = sniffFileKind(await head(paths['claims-csv'] ?? ''), 'export.bin');
    kinds['w3c'] = sniffFileKind(await head(paths.w3c ?? ''), 'export.bin');
    kinds['brat'] = sniffFileKind(await head(await annOf(paths.brat ?? '')), 'export.bin');
    kinds['html'] = sniffFileKind(await head(fixture('pages/cnn-arabic.ar.html')), 'page.bin');
    kinds['json'] = sniffFileKind(await head(paths.json ?? ''), 'export.bin');
    expect(kinds).toEqual({
      qdpx: 'qdpx',
      csv: 'csv',
      'claims-csv': 'claims-csv',
      w3c: 'w3c',
      brat: 'brat',
      html: 'html',
      json: null,
    });
  });

  it('tells a ZIP that is no REFI-QDA project from one that is, and leaves a truncated JSON unnamed', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    const docx = await zip.generateAsync({ type: 'uint8array' });
    expect(sniffFileKind(docx, 'تقرير.docx')).toBe('zip');
    expect(sniffFileKind(docx, 'project.QDPX')).toBe('qdpx');
    const cut = new TextEncoder().encode('{"format":"hamish-annotations","version":2,"articles":[{"id"');
    expect(sniffFileKind(cut, 'export.hamish.json')).toBeNull();
    expect(sniffFileKind(new Uint8Array(), 'empty.json')).toBeNull();
  });
});

describe('importAnnotations of a file of another kind', () => {
  it('is refused naming the kind, and the library is left as it was', async () => {
    const { dir, library, services, paths } = await exportsOf(['qdpx', 'csv', 'claims-csv', 'w3c', 'brat']);
    const page = join(dir, 'page.html');
    await copyFile(fixture('pages/cnn-arabic.ar.html'), page);
    const files: [FileKind, string][] = [
      ['qdpx', paths.qdpx ?? ''],
      ['csv', paths.csv ?? ''],
      ['claims-csv', paths['claims-csv'] ?? ''],
      ['w3c', paths.w3c ?? ''],
      ['brat', await annOf(paths.brat ?? '')],
      ['html', page],
    ];
    await expectRefusedByKind(library, services, files, async (api, pick) => {
      // A truncated Hamish JSON keeps its own reason.
      const cut = join(dir, 'cut.hamish.json');
      await writeFile(cut, '{"format":"hamish-annotations","version":2,');
      pick(cut);
      const result = await dispatch(api, 'importAnnotations', ['keep-both']);
      expect(result).toMatchObject({ ok: false, error: { params: { reason: 'not-json' } } });
    });
  });
});
