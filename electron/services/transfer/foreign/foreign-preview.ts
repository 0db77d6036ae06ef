/**
 * What the import dialog shows before an import of another annotator's file:
 * the format, told from the file's name or content where that is unambiguous
 * (else the user picks it), then a dry run of the import (counts, skipped
 * items) with each label's proposed tag; labels that name no tag are listed
 * unmapped and left out of the dry run until the user maps them.
 */

import { extname } from 'node:path';
import { access } from 'node:fs/promises';
import type {
  ForeignFormat,
  ForeignLabel,
  ForeignPreview,
} from '../../../../shared/export/foreign-import-types';
import type { Library } from '../../library/library';
import { importForeignParse, labelsOf, readForeignFile, readText } from './foreign-import';
import { asList, asObject } from './json-input';
import { tagNamed } from './label-map';

/** Extensions that name one format whatever the content. */
const BY_EXTENSION: Record<string, ForeignFormat> = {
  '.ann': 'brat',
  '.jsonl': 'doccano',
  '.jsonld': 'w3c',
  '.conll': 'conll',
  '.iob': 'conll',
  '.iob2': 'conll',
  '.bio': 'conll',
};

/** A JSON file's format from its shape: Label Studio tasks (or one task), or W3C/Hypothesis annotations; else null. */
function jsonFormat(value: unknown): ForeignFormat | null {
  const first = asObject(asList(value)[0]);
  if ('data' in first && ('annotations' in first || 'predictions' in first)) return 'labelstudio';
  const top = asObject(value);
  const w3c = '@context' in top || Array.isArray(top.rows) || 'target' in first || 'target' in top;
  return w3c ? 'w3c' : null;
}

/**
 * The format of the file at `path`: by extension (.ann, or a .txt with its
 * .ann twin: brat; .jsonl: doccano; .jsonld: W3C; .conll/.iob/.iob2/.bio:
 * CoNLL), or for .json by its shape; null when neither tells. Refuses
 * (file-unreadable, invalid-import too-large) a .json it cannot read.
 */
export async function detectForeignFormat(path: string): Promise<ForeignFormat | null> {
  const ext = extname(path).toLowerCase();
  const known = BY_EXTENSION[ext];
  if (known) return known;
  if (ext === '.txt') {
    const twin = `${path.slice(0, -ext.length)}.ann`;
    return access(twin).then(
      () => 'brat' as const,
      () => null,
    );
  }
  if (ext !== '.json') return null;
  try {
    return jsonFormat(JSON.parse((await readText(path)).replace(/^\uFEFF/u, '')));
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
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
