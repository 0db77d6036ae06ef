/**
 * The aggregate follows claims that arrive by import (Hamish JSON version 2):
 * that write's `annotations` event carries no claims (the import writes the
 * file elsewhere), so the aggregate reads them back. A library already
 * queried (its aggregate built, empty) imports an article with a claim; the
 * claim network then shows that claim's link.
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import { createServices } from '../../../../../electron/services/services';
import { importAnnotationsFile } from '../../../../../electron/services/transfer/import-service';
import type { ClaimNetworkResult } from '../../../../../shared/analysis-types';
import { openWithClaim } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

describe('analysis aggregate and imported claims', () => {
  it('counts a claim that came in by import after the aggregate was built', async () => {
    const { library } = await openWithClaim(await tempDir());
    const file = join(await tempDir(), 'with-claim.hamish.json');
    await writeExport(library, { format: 'json', includeText: true }, file, 'Hamish test');
    const target = await openLibrary(join(await tempDir(), 'target'));
    const { analysis } = createServices(target, { searchAtOnce: false });
    const before = (await analysis.getAnalysis({ view: 'claim-network', filter: {} })) as ClaimNetworkResult;
    expect(before.links).toEqual([]);

    await importAnnotationsFile(target, file, 'keep-both');
    const after = (await analysis.getAnalysis({ view: 'claim-network', filter: {} })) as ClaimNetworkResult;
    expect(after.claims).toBe(1);
    expect(
      after.links.map((l) => [after.actors[l.claimant]?.label, after.actors[l.addressee]?.label, l.count]),
    ).toEqual([['حماس', 'إسرائيل', 1]]);
  });
});
