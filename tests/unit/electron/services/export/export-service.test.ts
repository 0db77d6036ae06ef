/**
 * What an export reports back (the summary the CLI prints and the app's
 * status line shows): a codebook (.qdc) writes no article, so its summary
 * counts the codes it wrote, one per type and subtype of the scheme, and
 * says nothing of annotations; other formats carry no code count.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createExporter } from '../../../../../electron/services/export/export-service';
import { listTags } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, seededLibrary } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

describe('export summary', () => {
  it('counts the codes of a codebook export, the annotations of the others', async () => {
    const dir = await tempDir();
    const library = await seededLibrary(join(dir, 'library'));
    const exporter = createExporter(library, 'Hamish test');
    const qdc = join(dir, 'scheme.qdc');
    const codebook = await exporter.write({ format: 'qdc' }, qdc);
    const codes = listTags(await library.getTaxonomy()).length;
    expect(codes).toBeGreaterThan(3);
    expect((await readFile(qdc, 'utf8')).match(/<Code /gu)).toHaveLength(codes);
    expect(codebook).toEqual({ path: qdc, articles: 0, annotations: 0, orphaned: 0, codes });
    const csv = await exporter.write({ format: 'csv' }, join(dir, 'all.csv'));
    expect(csv).not.toHaveProperty('codes');
    expect(csv.annotations).toBeGreaterThan(0);
  });
});
