/** Coders' names from their files, and a path that is not a readable file refused by name. */

import { describe, expect, it } from 'vitest';
import { coderNames, readCoderFile } from '../../../../../electron/services/agreement/agreement-files';
import type { HamishExport } from '../../../../../shared/export-format';
import { failureCode, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

/** A file whose one article's annotations carry `authors` (undefined: none). */
const fileBy = (...authors: (string | undefined)[]): HamishExport =>
  ({
    articles: [{ annotations: authors.map((author) => (author === undefined ? {} : { author })) }],
  }) as unknown as HamishExport;

describe('coderNames', () => {
  it("takes the author most annotations carry, else the file's name without .hamish.json", () => {
    expect(
      coderNames(
        ['/x/a.hamish.json', '/x/omar.hamish.json', '/y/b.json'],
        [fileBy('سلمى', 'Omar', 'سلمى'), fileBy(undefined), fileBy()],
      ),
    ).toEqual(['سلمى', 'omar', 'b']);
  });

  it('adds the file name to a name two files share', () => {
    expect(
      coderNames(['/x/1.json', '/y/2.json', '/z/3.json'], [fileBy('Ali'), fileBy('Ali'), fileBy('Huda')]),
    ).toEqual(['Ali (1.json)', 'Ali (2.json)', 'Huda']);
  });
});

describe('readCoderFile', () => {
  it('refuses a folder and a missing file as unreadable', async () => {
    const dir = await tempDir();
    expect(await failureCode(readCoderFile(dir))).toBe('file-unreadable');
    expect(await failureCode(readCoderFile(`${dir}/none.json`))).toBe('file-unreadable');
  });
});
