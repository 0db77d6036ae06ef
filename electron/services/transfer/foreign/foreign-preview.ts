/**
 * What the import dialog shows before an import of another annotator's file:
 * the format, told from the file's name or content where that is unambiguous
 * (else the user picks it), then a dry run of the import (counts, skipped
 * items) with each label's proposed tag; labels that name no tag are listed
 * unmapped and left out of the dry run until the user maps them.
 */

import type {
  ForeignFormat,
  ForeignLabel,
  ForeignPreview,
} from '../../../../shared/export/foreign-import-types';
import type { Library } from '../../library/library';
import { detectFileKind, foreignFormatOf } from '../file-kind';
import { importForeignParse, labelsOf, readForeignFile } from './foreign-import';
import { tagNamed } from './label-map';

/**
 * The format of the file at `path` when it is another annotator's file, as
 * the one detector (file-kind's detectFileKind) tells it: by extension
 * (.ann, or a .txt with its .ann twin: brat; .jsonl: doccano; .jsonld: W3C;
 * .conll/.iob/.iob2/.bio: CoNLL), by content (brat T lines, CoNLL lines, a
 * JSON-LD @context), or for .json by its shape; null when none tells or the
 * file is of another kind. Refuses (file-unreadable, invalid-import
 * too-large) a file it cannot read.
 */
export async function detectForeignFormat(path: string): Promise<ForeignFormat | null> {
  return foreignFormatOf(await detectFileKind(path));
}

/**
 * Reads `path` as `format` and runs the import as a dry run (nothing
 * written) under keep-both, with each label's proposed tag (its id or the
 * label of one tag, see label-map) and unmapped labels left out. Refuses as
 * the import does (invalid-import): a file not in the format, offsets that
 * do not match the text, a W3C target whose article is unknown.
 */
export async function previewForeignFile(
  library: Library,
  path: string,
  format: ForeignFormat,
): Promise<ForeignPreview> {
  const parse = await readForeignFile(path, format);
  const taxonomy = await library.getTaxonomy();
  const uses = new Map<string, number>();
  for (const label of labelsOf(parse)) uses.set(label, (uses.get(label) ?? 0) + 1);
  const labels: ForeignLabel[] = [...uses].map(([label, count]) => {
    const tag = tagNamed(taxonomy, label, parse.exportedName);
    return tag === undefined ? { label, uses: count } : { label, uses: count, tag };
  });
  const mapping = new Map(labels.map((l) => [l.label, l.tag ?? null]));
  const dryRun = await importForeignParse(library, parse, path, 'keep-both', {
    dryRun: true,
    labels: mapping,
  });
  return { path, format, labels, dryRun };
}
