/**
 * @vitest-environment node
 * `hamish import --on-duplicate skip|keep|replace` (issue 21) on a real
 * library in a temp folder: the same Markdown article imported again is
 * skipped by default, added beside the first with keep, and replaces it with
 * replace (the old one in the trash); a bad choice is refused in the user's
 * language before the library is touched.
 */

import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../electron/services/library/library';
import { fixture, useTempDirs } from '../../helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
const TITLE = 'الوسطاء يبحثون تثبيت وقف إطلاق النار في غزة';

async function metaOf(lib: string) {
  const library = await Library.open(lib);
  const all = library.allMeta().map((m) => ({ ...m }));
  await library.close();
  return { live: all.filter((m) => !m.deletedAt), trashed: all.filter((m) => m.deletedAt) };
}

describe('hamish import --on-duplicate', () => {
  it('skips by default, keeps both with keep, replaces with replace', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const md = join(dir, 'ceasefire.md');
    await copyFile(fixture('import/ceasefire.ar.md'), md);
    expect((await runCli(['import', md, '--library', lib, '--create'])).code).toBe(0);

    const skipped = await runCli(['import', md, '--library', lib, '--on-duplicate', 'skip']);
    expect(skipped.code).toBe(1);
    expect((await metaOf(lib)).live).toHaveLength(1);

    const kept = await runCli(['import', md, '--library', lib, '--on-duplicate', 'keep']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain(`Added anyway: ceasefire.md, though “${TITLE}” is already in the library.`);
    expect(kept.stdout).toContain('1 article added, 0 already in the library, 0 refused.');
    const afterKeep = await metaOf(lib);
    expect(afterKeep.live).toHaveLength(2);

    const replaced = await runCli(['import', md, '--library', lib, '--on-duplicate=replace', '--json']);
    expect(replaced.code).toBe(0);
    const report = JSON.parse(replaced.stdout) as {
      duplicates: { existingId: string; outcome: { choice: string; trashedId: string; articleId: string } }[];
    };
    const outcome = report.duplicates[0]?.outcome;
    expect(outcome).toMatchObject({ choice: 'replace', trashedId: report.duplicates[0]?.existingId });
    const afterReplace = await metaOf(lib);
    expect(afterReplace.live).toHaveLength(2);
    expect(afterReplace.trashed.map((m) => m.id)).toEqual([outcome?.trashedId]);
    expect(afterReplace.live.map((m) => m.id)).toContain(outcome?.articleId);
  });

  it('refuses an unknown choice in Arabic and adds nothing', async () => {
    const dir = await tempDir();
    const lib = join(dir, 'lib');
    const md = join(dir, 'ceasefire.md');
    await copyFile(fixture('import/ceasefire.ar.md'), md);
    const run = await runCli(['import', md, '--library', lib, '--create', '--on-duplicate', 'merge'], {
      LANG: 'ar_EG.UTF-8',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('«merge» ليس خيارا للمكرر: استخدم skip أو keep أو replace.');
    expect(existsSync(lib)).toBe(false);
  });
});
