/**
 * REFI-QDA (.qdpx) import into a library, in two steps like the dialog:
 * a preview (what the file holds, each code's proposed tag) that writes
 * nothing, then the import with the user's choices: new tags join the
 * scheme, the project becomes Hamish JSON data (refi-to-hamish) and goes
 * through the same merge as a Hamish JSON file (checks, conflict policy,
 * no twins, all-or-nothing: nothing is written unless everything passes,
 * the scheme included).
 */

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ConflictPolicy } from '../../../../shared/export/export-request';
import type { CodeChoice, RefiImportReport, RefiPreview } from '../../../../shared/export/refi-types';
import { AppFailure } from '../../../../shared/result';
import { MAX_HAMISH_JSON_BYTES } from '../../../../shared/schema/limits';
import { listTags } from '../../../../shared/taxonomy';
import type { Library } from '../../library/library';
import { checkShape, refuse } from '../../transfer/import-check';
import { importHamish, type ImportAnnotationsOptions } from '../../transfer/import-service';
import { applyMapping, proposeMapping } from './refi-mapping';
import { readQdpx } from './refi-read';
import { refiToHamish } from './refi-to-hamish';

/** The bytes of the .qdpx at `path`, refused when unreadable or larger than a Hamish JSON file may be. */
async function readBytes(path: string): Promise<Buffer> {
  const unreadable = () => {
    throw new AppFailure('file-unreadable', `Cannot read ${path}`, { file: path });
  };
  const size = await stat(path).then((s) => s.size, unreadable);
  if (size > MAX_HAMISH_JSON_BYTES)
    refuse('too-large', '', `${size} bytes is more than ${MAX_HAMISH_JSON_BYTES}`);
  return readFile(path).catch(unreadable);
}

/** What the .qdpx at `path` holds and how its codes would map onto `library`'s scheme; writes nothing. */
export async function previewQdpxFile(library: Library, path: string): Promise<RefiPreview> {
  const project = await readQdpx(await readBytes(path));
  return {
    path,
    name: project.name,
    origin: project.origin,
    sources: project.sources.length,
    selections: project.sources.reduce((n, s) => n + s.selections.length, 0),
    users: [...new Set(project.users.values())].filter((u) => u.trim() !== ''),
    codes: proposeMapping(project, await library.getTaxonomy()),
    skipped: project.skipped,
  };
}

/** How a .qdpx import runs: the user's code choices (absent codes keep the proposal) and the writer's name. */
export interface QdpxImportOptions extends ImportAnnotationsOptions {
  /** Code GUID (lower-case) → choice; codes left out keep their proposed choice. */
  choices?: ReadonlyMap<string, CodeChoice>;
  /** Written as the converted data's generator ("Hamish 0.1.0"). */
  generator?: string;
}

/**
 * Imports the .qdpx at `path` into `library` under `policy`. Refuses
 * ('invalid-import') before writing anything when the file is not a REFI-QDA
 * project, a choice names a missing tag, or the converted data fails the
 * Hamish JSON checks; see importHamish for progress, cancelling and how the
 * scheme's new tags and the project's entities join the library.
 */
export async function importQdpxFile(
  library: Library,
  path: string,
  policy: ConflictPolicy,
  options: QdpxImportOptions = {},
): Promise<RefiImportReport> {
  const project = await readQdpx(await readBytes(path));
  const before = await library.getTaxonomy();
  const { taxonomy, tagOf } = applyMapping(project, before, options.choices ?? new Map());
  const now = (options.now?.() ?? new Date()).toISOString();
  const generator = options.generator ?? 'Hamish';
  const { data, skipped } = refiToHamish(project, taxonomy, tagOf, generator, now, basename(path));
  const known = new Set(listTags(before).map((t) => t.id));
  const tagIdsAdded = listTags(taxonomy)
    .map((t) => t.id)
    .filter((id) => !known.has(id));
  const report = await importHamish(library, checkShape(data), policy, options);
  // A claim none of whose selections became an annotation never reached the file: refused too.
  const carried = data.articles.reduce((n, a) => n + (a.claims?.length ?? 0), 0);
  report.claimsRefused += (project.claims?.length ?? 0) - carried;
  return { ...report, tagIdsAdded, skipped };
}
