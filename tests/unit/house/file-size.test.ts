/**
 * The house rule on size: no file in electron/, renderer/ or shared/ is over
 * 300 lines, so that each stays small and named for what it holds. Files in a
 * `generated/` folder are a script's output (the published JSON Schema, from
 * `npm run schema`) and are left out, as that folder's README says.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FOLDERS = ['electron', 'renderer', 'shared'];
const MAX_LINES = 300;

/** Every file below `folder` (relative to the repository), except generated output. */
async function filesOf(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(ROOT.length))
    .filter((path) => !path.split(sep).includes('generated'));
}

/** Lines as `wc -l` counts them: newline characters. */
const lineCount = (text: string): number => text.split('\n').length - 1;

describe('file sizes', () => {
  it(`keeps every file in ${FOLDERS.join(', ')} at ${MAX_LINES} lines or fewer (generated/ aside)`, async () => {
    const files = (await Promise.all(FOLDERS.map(filesOf))).flat();
    expect(files.length).toBeGreaterThan(100);
    const sizes = await Promise.all(
      files.map(async (path) => [path, lineCount(await readFile(join(ROOT, path), 'utf8'))] as const),
    );
    expect(sizes.filter(([, lines]) => lines > MAX_LINES)).toEqual([]);
  });

  it('leaves out the generated JSON Schema and nothing beside it', async () => {
    const files = await filesOf('shared');
    const schema = join('shared', 'schema', 'generated', 'hamish-export-1.schema.json');
    expect(files).not.toContain(schema);
    expect(files).toContain(join('shared', 'schema', 'limits.ts'));
    expect(await readFile(join(ROOT, schema), 'utf8')).toContain('"$id"');
  });
});
