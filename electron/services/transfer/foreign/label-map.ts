/**
 * Maps another tool's labels ("PER", "Organization") to tags of the
 * library's scheme. The user's mapping (`--map LABEL=tag`, `LABEL=-` to
 * leave a label out) comes first; a label the user did not map is taken
 * only when it names one tag unambiguously: its id ("actor.person"), or the
 * English or Arabic label of exactly one type or subtype ("Person", "فاعل"),
 * case aside, or the name Hamish's own export in the file's format gives
 * exactly one tag (brat's "actor-person" for "actor.person": the exporter's
 * naming inverted, nothing fuzzy). Any other label is refused, all of them named, so nothing is
 * guessed: the user confirms each mapping.
 */

import { findTag, listTags, type Taxonomy } from '../../../../shared/taxonomy';
import { refuse } from '../import-check';
import type { ExportedTagName } from './foreign-types';

/** Label → tag id, or null to leave the label's spans out. */
export type LabelMapping = Map<string, string | null>;

/** The user's mapping from "LABEL=tag" pairs ("LABEL=-" leaves it out); the last "=" splits. */
export function parseLabelMap(pairs: readonly string[]): LabelMapping {
  const mapping: LabelMapping = new Map();
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at < 0)
      refuse('unmapped-label', `--map ${pair}`, 'a mapping is LABEL=tag (or LABEL=- to leave it out)');
    const tag = pair.slice(at + 1).trim();
    mapping.set(pair.slice(0, at).trim(), tag === '-' ? null : tag);
  }
  return mapping;
}

/**
 * The one tag `label` names in `taxonomy` (id or label, case aside; else,
 * given `exportedName`, the one tag our own export names exactly `label`), or undefined.
 */
export function tagNamed(
  taxonomy: Taxonomy,
  label: string,
  exportedName?: ExportedTagName,
): string | undefined {
  if (findTag(taxonomy, label)) return label;
  const wanted = label.trim().toLocaleLowerCase();
  const tags = listTags(taxonomy);
  const matches = tags.filter(
    (t) => t.id === wanted || t.label.en.toLocaleLowerCase() === wanted || t.label.ar === label.trim(),
  );
  if (matches.length === 1) return matches[0]?.id;
  if (matches.length > 1 || !exportedName) return undefined;
  const ours = tags.filter((t) => exportedName(t.id) === label);
  return ours.length === 1 ? ours[0]?.id : undefined;
}

/**
 * The tag (or null: left out) of every label in `labels` (`exportedName`:
 * the format's own naming of tags, see tagNamed). Refuses
 * (invalid-import, reason unmapped-label) naming every label it cannot map,
 * and (unknown-tag) a mapping to a tag the scheme lacks.
 */
export function resolveLabels(
  labels: Iterable<string>,
  taxonomy: Taxonomy,
  given: LabelMapping,
  exportedName?: ExportedTagName,
): LabelMapping {
  for (const [label, tag] of given) {
    if (tag !== null && !findTag(taxonomy, tag)) {
      refuse('unknown-tag', `--map ${label}=${tag}`, `"${tag}" is not a tag of this library's scheme`);
    }
  }
  const resolved: LabelMapping = new Map();
  const unmapped: string[] = [];
  for (const label of new Set(labels)) {
    const tag = given.has(label) ? given.get(label) : tagNamed(taxonomy, label, exportedName);
    if (tag === undefined) unmapped.push(label);
    else resolved.set(label, tag);
  }
  if (unmapped.length > 0) {
    refuse(
      'unmapped-label',
      `labels ${unmapped.map((l) => JSON.stringify(l)).join(', ')}`,
      'map each with --map LABEL=tag (or LABEL=- to leave it out)',
    );
  }
  return resolved;
}
