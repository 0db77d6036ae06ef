/**
 * What an annotation import reports of the file's claims (claims added,
 * replaced, kept, already present, refused) in a real library: a first
 * import (and its dry run, which writes nothing) adds them; importing the
 * same file again finds them present; a file whose claim differs replaces
 * it (take-theirs) or keeps ours (keep-mine); a claim none of whose members'
 * annotations was imported is refused, never stored. The sentence of the
 * report in Arabic and English follows each language's plural forms.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appTranslate } from '../../../../../electron/cli/app-sentences';
import { writeExport } from '../../../../../electron/services/export/export-service';
import { importAnnotationsFile } from '../../../../../electron/services/transfer/import-service';
import { claimReportLine } from '../../../../../shared/claim-report-lines';
import { emptyImportReport } from '../../../../../shared/export/export-request';
import type { HamishExport } from '../../../../../shared/export-format';
import { utf16ToCodePoint } from '../../../../../shared/code-points';
import { openWithClaim } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, openLibrary, snapshot } from '../../../transfer-helpers';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const claimCounts = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith('claims')));

describe('claim counts of an annotation import', () => {
  it('counts claims added, already present, replaced, kept and refused', async () => {
    const { library, articleId, meeting, claim } = await openWithClaim(await tempDir());
    await library.createClaim({
      articleId,
      frame: 'event',
      members: [{ role: 'event', annotationId: meeting.id }],
    });
    const out = await tempDir();
    const path = join(out, 'claims.hamish.json');
    await writeExport(library, { format: 'json', includeText: true }, path, 'Hamish test');

    const target = await openLibrary(join(await tempDir(), 'target'));
    const before = await snapshot(target.paths.dir);
    const preview = await importAnnotationsFile(target, path, 'keep-both', { dryRun: true });
    expect(claimCounts({ ...preview })).toEqual({
      claimsAdded: 2,
      claimsReplaced: 0,
      claimsKept: 0,
      claimsAlreadyPresent: 0,
      claimsRefused: 0,
    });
    expect(await snapshot(target.paths.dir)).toEqual(before);
    expect(await importAnnotationsFile(target, path, 'keep-both')).toMatchObject({ claimsAdded: 2 });
    expect(await target.listClaims(articleId)).toHaveLength(2);
    expect(await importAnnotationsFile(target, path, 'keep-both')).toMatchObject({
      claimsAdded: 0,
      claimsAlreadyPresent: 2,
    });

    const data = JSON.parse(await readFile(path, 'utf8')) as HamishExport;
    const theirs = data.articles[0]?.claims?.find((c) => c.id === claim.id);
    if (!theirs) throw new Error('claim not exported');
    theirs.note = 'ملاحظة من المرمّز الآخر';
    const changed = join(out, 'changed.hamish.json');
    await writeFile(changed, JSON.stringify(data));
    expect(await importAnnotationsFile(target, changed, 'keep-mine')).toMatchObject({
      claimsKept: 1,
      claimsAlreadyPresent: 1,
    });
    expect(await importAnnotationsFile(target, changed, 'take-theirs')).toMatchObject({
      claimsReplaced: 1,
      claimsAlreadyPresent: 1,
    });
    expect((await target.listClaims(articleId)).find((c) => c.id === claim.id)?.note).toBe(
      'ملاحظة من المرمّز الآخر',
    );

    // The event's only member moves here; keep-mine keeps ours, so the file's event claim has no member left.
    const { text } = await target.getArticle(articleId);
    const at = utf16ToCodePoint(text, text.indexOf('حماس'));
    await target.updateAnnotation(articleId, meeting.id, { start: at, end: at + 4, tag: 'event.meeting' });
    const kept = await target.listClaims(articleId);
    const report = await importAnnotationsFile(target, path, 'keep-mine');
    expect(report).toMatchObject({ claimsRefused: 1, claimsAdded: 0 });
    expect(await target.listClaims(articleId)).toEqual(kept);
  });

  it('words the counts with the plural forms of Arabic and English', () => {
    const ar = appTranslate('ar');
    const en = appTranslate('en');
    const report = (counts: Partial<ReturnType<typeof emptyImportReport>>) => ({
      ...emptyImportReport(),
      ...counts,
    });
    expect(claimReportLine(report({}), en)).toBe('');
    expect(claimReportLine(report({ claimsAdded: 1, claimsAlreadyPresent: 2 }), en)).toBe(
      'Claims: 1 added, 2 already present.',
    );
    expect(claimReportLine(report({ claimsKept: 1, claimsRefused: 3 }), en)).toBe(
      'Claims: 1 conflict kept as it was here, 3 refused (none of their annotations was imported).',
    );
    expect(claimReportLine(report({ claimsAdded: 1 }), ar)).toBe('المطالبات: أُضيفت مطالبة واحدة.');
    expect(claimReportLine(report({ claimsAdded: 2, claimsReplaced: 3 }), ar)).toBe(
      'المطالبات: أُضيفت مطالبتان، استُبدلت 3 مطالبات.',
    );
    expect(claimReportLine(report({ claimsAlreadyPresent: 11, claimsRefused: 100 }), ar)).toBe(
      'المطالبات: 11 مطالبة موجودة من قبل، رُفض 100 من المطالبات (لم يُستورد أيٌّ من توسيماتها).',
    );
  });
});
