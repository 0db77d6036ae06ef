/**
 * Codes of a REFI-QDA project against the library's tag scheme: a proposed
 * mapping (the code Hamish itself wrote for a tag, a "hamish-tag:" line, or a
 * label equal to the code's name, preferring the parent code's type), which
 * the user confirms or changes, then the scheme with the codes the user chose
 * to add: a top-level code becomes a type, a code inside one becomes a
 * subtype of its nearest mapped ancestor's type (Hamish has two levels).
 */

import type { CodeChoice, CodeMapping } from '../../../../shared/export/refi-types';
import { arabicShare } from '../../../../shared/arabic-text';
import { MAX_LABEL_LENGTH, MAX_SCHEME_ITEMS } from '../../../../shared/schema/limits';
import { SCHEME_ID } from '../../../../shared/schema/fields';
import { findTag, listTags, type Label, type Taxonomy } from '../../../../shared/taxonomy';
import { refuse } from '../../transfer/import-check';
import { codeGuid, readDescription } from './refi-codebook';
import type { RefiCode, RefiProject } from './refi-model';

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase();

/** The tag the code stands for in `taxonomy`, when its GUID, Description or name says so. */
function proposedTag(code: RefiCode, taxonomy: Taxonomy, parentTag: string | undefined): string | undefined {
  const tags = listTags(taxonomy);
  const byGuid = tags.find((t) => codeGuid(t.id) === code.guid);
  if (byGuid) return byGuid.id;
  const said = readDescription(code.description).tag;
  if (said !== undefined && findTag(taxonomy, said)) return said;
  const named = tags.filter(
    (t) => fold(t.label.ar) === fold(code.name) || fold(t.label.en) === fold(code.name),
  );
  const parentType = parentTag?.split('.')[0];
  const inParent = named.filter((t) => t.typeId === parentType && t.id !== parentTag);
  const pick = inParent.length === 1 ? inParent : named;
  return pick.length === 1 ? pick[0]?.id : undefined;
}

/** The proposed mapping of every code of `project` (codebook order) onto `taxonomy`. */
export function proposeMapping(project: RefiProject, taxonomy: Taxonomy): CodeMapping[] {
  const uses = new Map<string, number>();
  for (const s of project.sources)
    for (const sel of s.selections) uses.set(sel.code, (uses.get(sel.code) ?? 0) + 1);
  const chosen = new Map<string, string | undefined>();
  return project.codes.map((code) => {
    const tag = proposedTag(code, taxonomy, code.parent ? chosen.get(code.parent) : undefined);
    chosen.set(code.guid, tag);
    return {
      guid: code.guid,
      path: code.path,
      uses: uses.get(code.guid) ?? 0,
      choice: tag === undefined ? 'new' : { tag },
      ...(code.color ? { color: code.color } : {}),
    };
  });
}

/** A scheme id from `name` (ASCII letters and digits), unique among `taken`. */
function freshId(wanted: string | undefined, name: string, taken: ReadonlySet<string>): string {
  if (wanted !== undefined && SCHEME_ID.test(wanted) && !taken.has(wanted)) return wanted;
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 32) || 'code';
  for (let n = 1; ; n++) {
    const id = n === 1 ? slug : `${slug}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A new tag's label: the Description's "ar:"/"en:" lines, else the name in the slot of its script. */
function labelOf(code: RefiCode): Label {
  const said = readDescription(code.description);
  const cut = (s: string) => Array.from(s).slice(0, MAX_LABEL_LENGTH).join('');
  if (said.ar !== undefined || said.en !== undefined)
    return { ar: cut(said.ar ?? ''), en: cut(said.en ?? '') };
  return arabicShare(code.name) > 0.5 ? { ar: cut(code.name), en: '' } : { ar: '', en: cut(code.name) };
}

/** Colour of a new tag with no colour of its own. */
const NEUTRAL = '#999999';

/**
 * The scheme after `choices` (code GUID → choice; codes absent keep
 * `proposeMapping`'s proposal) and the tag each code's selections get
 * (absent: skipped). Refuses ('invalid-import') a choice of a tag the scheme
 * lacks, or more new types or subtypes than a scheme may hold.
 */
export function applyMapping(
  project: RefiProject,
  taxonomy: Taxonomy,
  choices: ReadonlyMap<string, CodeChoice>,
): { taxonomy: Taxonomy; tagOf: Map<string, string> } {
  const next = structuredClone(taxonomy);
  const tagOf = new Map<string, string>();
  const proposals = new Map(proposeMapping(project, taxonomy).map((m) => [m.guid, m.choice]));
  for (const code of project.codes) {
    const choice = choices.get(code.guid) ?? proposals.get(code.guid) ?? 'new';
    const where = `codes › ${code.path.join(' › ')}`;
    if (choice === 'skip') continue;
    if (choice !== 'new') {
      if (!findTag(next, choice.tag))
        refuse('unknown-tag', where, `tag "${choice.tag}" is not in the scheme`);
      tagOf.set(code.guid, choice.tag);
      continue;
    }
    const parentTag = code.parent === undefined ? undefined : tagOf.get(code.parent);
    const said = readDescription(code.description).tag;
    const color = code.color ?? (parentTag ? findTag(next, parentTag)?.color : undefined) ?? NEUTRAL;
    if (parentTag === undefined) {
      if (next.types.length >= MAX_SCHEME_ITEMS)
        refuse('invalid-value', where, `a scheme holds at most ${MAX_SCHEME_ITEMS} types`);
      const id = freshId(said, code.name, new Set(next.types.map((t) => t.id)));
      next.types.push({ id, label: labelOf(code), color, key: '', subtypes: [] });
      tagOf.set(code.guid, id);
    } else {
      const typeId = parentTag.split('.')[0] ?? '';
      const type = next.types.find((t) => t.id === typeId);
      if (!type) refuse('unknown-tag', where, `tag "${typeId}" is not in the scheme`);
      if (type.subtypes.length >= MAX_SCHEME_ITEMS)
        refuse('invalid-value', where, `a type holds at most ${MAX_SCHEME_ITEMS} subtypes`);
      const wanted = said?.startsWith(`${typeId}.`) ? said.slice(typeId.length + 1) : undefined;
      const id = freshId(wanted, code.name, new Set(type.subtypes.map((s) => s.id)));
      type.subtypes.push({ id, label: labelOf(code), color, key: '' });
      tagOf.set(code.guid, `${typeId}.${id}`);
    }
  }
  return { taxonomy: next, tagOf };
}
