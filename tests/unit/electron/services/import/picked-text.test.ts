/**
 * File › Open text file… reads through the app's one importer (formerly
 * services/text-file.ts, whose assertions moved here): encodings, BOMs,
 * refusals naming the file, the 20 MB limit, the title from the file name.
 */

import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES } from '../../../../../shared/schema/limits';
import { readPickedText } from '../../../../../electron/services/import/picked-text';
import { canonicalize } from '../../../../../shared/canonical-text';
import { failureCode, fixture, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const ARABIC = 'وطالب الوفد بالإفراج عن الأسرى.\nمطالب الوفد';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('readPickedText (the shared importer behind File › Open text file…)', () => {
  it('reads a UTF-8 Arabic file as canonical text and titles it after the file name', async () => {
    const path = fixture('short-article.ar.txt');
    expect(await readPickedText(path)).toEqual({
      fileName: 'short-article.ar.txt',
      title: 'short-article.ar',
      text: canonicalize(await readFile(path, 'utf8')).text,
    });
  });

  it('strips a UTF-8 BOM', async () => {
    const path = join(await tempDir(), 'خبر عاجل.txt');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC, 'utf8')]));
    expect(await readPickedText(path)).toEqual({ fileName: 'خبر عاجل.txt', title: 'خبر عاجل', text: ARABIC });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, astral characters included', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'le.txt'), utf16(`${ARABIC} 🙂`, 'le'));
    await writeFile(join(dir, 'be.txt'), utf16(`${ARABIC} 🙂`, 'be'));
    expect((await readPickedText(join(dir, 'le.txt'))).text).toBe(`${ARABIC} 🙂`);
    expect((await readPickedText(join(dir, 'be.txt'))).text).toBe(`${ARABIC} 🙂`);
  });

  it('refuses binary content (NUL bytes), naming the file', async () => {
    const path = join(await tempDir(), 'image.txt');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    await expect(readPickedText(path)).rejects.toMatchObject({
      code: 'file-not-text',
      params: { file: 'image.txt' },
    });
  });

  it('reads a windows-1256 Arabic file (text-file.ts refused it; the importer decodes it)', async () => {
    const path = join(await tempDir(), 'legacy.txt');
    await writeFile(path, Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3])); // "السلام" in cp1256
    expect((await readPickedText(path)).text).toBe('السلام');
  });

  it('refuses an empty or whitespace-only file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\t\r\n');
    await expect(readPickedText(join(dir, 'empty.txt'))).rejects.toMatchObject({
      code: 'empty-text',
      params: { file: 'empty.txt' },
    });
    expect(await failureCode(readPickedText(join(dir, 'blank.txt')))).toBe('empty-text');
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const path = join(await tempDir(), 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(21 * 1024 * 1024); // sparse
    await handle.close();
    expect(MAX_ARTICLE_FILE_BYTES).toBe(20 * 1024 * 1024);
    await expect(readPickedText(path)).rejects.toMatchObject({
      code: 'file-too-large',
      params: { file: 'huge.txt' },
    });
  });

  it('reports a missing file or a folder as unreadable', async () => {
    const dir = await tempDir();
    await expect(readPickedText(join(dir, 'nope.txt'))).rejects.toMatchObject({
      code: 'file-unreadable',
      params: { file: 'nope.txt' },
    });
    const folder = join(dir, 'folder.txt');
    await mkdir(folder);
    expect(await failureCode(readPickedText(folder))).toBe('file-unreadable');
  });
});
