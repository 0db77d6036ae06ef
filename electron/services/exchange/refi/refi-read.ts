/**
 * Reads a .qdpx written by a QDA suite (MAXQDA, ATLAS.ti, NVivo, QualCoder,
 * Hamish): unzips it (JSZip), parses project.qde (fast-xml-parser) and
 * gathers users, the code tree, text sources with their plain text (from
 * Sources/ — found whatever the folder's case, as MAXQDA writes "sources/" —
 * or inline PlainTextContent), coded selections with their notes, and cases.
 * What Hamish cannot hold (pictures, PDFs, audio, video, whole-source
 * codings, selections without a code) is listed as skipped. A file that is
 * not a zip or has no project.qde is refused as 'not-refi', nothing read.
 */

import JSZip from 'jszip';
import { refuse } from '../../transfer/import-check';
import { parseClaimNote, type RefiClaim } from './refi-claims-read';
import type { RefiCase, RefiCode, RefiProject, RefiSelection, RefiSource } from './refi-model';
import { normaliseGuid } from './refi-ids';
import { attr, children, parseXml, textOf, type ParsedNode } from './refi-xml';

/** Source kinds REFI knows that have no text Hamish can annotate. */
const OTHER_SOURCES = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] as const;

const guidOf = (node: ParsedNode): string => normaliseGuid(attr(node, 'guid') ?? '');

/** "#rgb" or "#rrggbb" as "#rrggbb"; undefined for anything else. */
function colorOf(value: string | undefined): string | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/iu.exec(value ?? '');
  if (short)
    return `#${short
      .slice(1)
      .map((c) => c + c)
      .join('')}`;
  return /^#[0-9a-f]{6}$/iu.test(value ?? '') ? value : undefined;
}

function flattenCodes(nodes: ParsedNode[], parent: RefiCode | undefined, out: RefiCode[]): RefiCode[] {
  for (const node of nodes) {
    const name = (attr(node, 'name') ?? '').trim();
    const color = colorOf(attr(node, 'color'));
    const code: RefiCode = {
      guid: guidOf(node),
      name,
      description: textOf(node, 'Description'),
      path: [...(parent?.path ?? []), name],
      ...(color ? { color } : {}),
      ...(parent ? { parent: parent.guid } : {}),
    };
    out.push(code);
    flattenCodes(children(node, 'Code'), code, out);
  }
  return out;
}

/** Text variable values of `node` by variable name. */
function variablesOf(node: ParsedNode, names: Map<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const value of children(node, 'VariableValue')) {
    const name = names.get(normaliseGuid(attr(children(value, 'VariableRef')[0], 'targetGUID') ?? ''));
    const text = textOf(value, 'TextValue') || textOf(value, 'DateValue') || textOf(value, 'DateTimeValue');
    if (name !== undefined && text !== '') values[name] = text;
  }
  return values;
}

/** The zip entry a source path such as "internal://X.txt" names (any folder case), if present. */
function entryFor(zip: JSZip, path: string): JSZip.JSZipObject | undefined {
  const internal = /^internal:\/\/(.+)$/iu.exec(path.trim());
  if (!internal) return undefined;
  const wanted = `sources/${internal[1] ?? ''}`.toLowerCase();
  return Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase() === wanted);
}

/** Reads a note's text: inline PlainTextContent, else its internal text file. */
async function noteText(zip: JSZip, note: ParsedNode): Promise<string> {
  const inline = textOf(note, 'PlainTextContent');
  if (inline) return inline;
  const entry = entryFor(zip, attr(note, 'plainTextPath') ?? '');
  return entry ? (await entry.async('string')).replace(/^\uFEFF/u, '') : '';
}

/**
 * The project in the .qdpx `bytes`. Refuses ('invalid-import', reason
 * 'not-refi') a file that is not a zip holding a QDA-XML project.qde.
 */
export async function readQdpx(bytes: Uint8Array): Promise<RefiProject> {
  const zip = await JSZip.loadAsync(bytes).catch(() =>
    refuse('not-refi', '', 'the file is not a zip archive (a .qdpx is one)'),
  );
  const qde = Object.values(zip.files).find((f) => !f.dir && /^[^/]*\.qde$/iu.test(f.name));
  if (!qde) refuse('not-refi', '', 'the archive holds no project.qde');
  let root: ParsedNode | undefined;
  try {
    root = children(parseXml(await qde.async('string')), 'Project')[0];
  } catch (error) {
    refuse('not-refi', qde.name, error instanceof Error ? error.message : 'malformed XML');
  }
  if (!root) refuse('not-refi', qde.name, 'the root element is not a QDA-XML Project');

  const users = new Map(
    children(children(root, 'Users')[0], 'User').map((u) => [guidOf(u), attr(u, 'name') ?? '']),
  );
  const variables = new Map(
    children(children(root, 'Variables')[0], 'Variable').map((v) => [guidOf(v), attr(v, 'name') ?? '']),
  );
  const codes = flattenCodes(
    children(children(children(root, 'CodeBook')[0], 'Codes')[0], 'Code'),
    undefined,
    [],
  );
  const notes = new Map<string, string>();
  const claims: RefiClaim[] = [];
  for (const note of children(children(root, 'Notes')[0], 'Note')) {
    const content = await noteText(zip, note);
    notes.set(guidOf(note), content);
    const claim = parseClaimNote(textOf(note, 'Description'), content, {
      ...optional('user', users.get(normaliseGuid(attr(note, 'creatingUser') ?? ''))),
      ...optional('createdAt', attr(note, 'creationDateTime')),
      ...optional('updatedAt', attr(note, 'modifiedDateTime')),
    });
    if (claim) claims.push(claim);
  }
  const skipped: RefiProject['skipped'] = [];
  const userName = (node: ParsedNode | undefined): string | undefined => {
    const name = users.get(normaliseGuid(attr(node, 'creatingUser') ?? ''));
    return name === undefined || name.trim() === '' ? undefined : name;
  };

  const sources: RefiSource[] = [];
  const sourcesNode = children(root, 'Sources')[0];
  for (const kind of OTHER_SOURCES) {
    for (const other of children(sourcesNode, kind)) {
      skipped.push({ what: attr(other, 'name') ?? kind, reason: 'not-text-source' });
    }
  }
  for (const node of children(sourcesNode, 'TextSource')) {
    const name = (attr(node, 'name') ?? '').trim();
    const entry = entryFor(zip, attr(node, 'plainTextPath') ?? '');
    const inline = textOf(node, 'PlainTextContent');
    if (!entry && !inline) {
      skipped.push({ what: name, reason: 'no-plain-text' });
      continue;
    }
    const text = entry ? (await entry.async('string')).replace(/^\uFEFF/u, '') : inline;
    const selections: RefiSelection[] = [];
    for (const sel of children(node, 'PlainTextSelection')) {
      const codings = children(sel, 'Coding');
      if (codings.length === 0) {
        skipped.push({
          what: `${name} › ${attr(sel, 'name') ?? guidOf(sel)}`,
          reason: 'no-code',
        });
      }
      const note = [
        textOf(sel, 'Description'),
        ...children(sel, 'NoteRef').map((r) => notes.get(normaliseGuid(attr(r, 'targetGUID') ?? '')) ?? ''),
      ]
        .map((t) => t.trim())
        .filter((t) => t !== '')
        .join('\n\n');
      codings.forEach((coding, i) => {
        const user = userName(sel) ?? userName(coding);
        const createdAt = attr(sel, 'creationDateTime') ?? attr(coding, 'creationDateTime');
        const updatedAt = attr(sel, 'modifiedDateTime');
        selections.push({
          guid: i === 0 ? guidOf(sel) : guidOf(coding),
          start: Number(attr(sel, 'startPosition')),
          end: Number(attr(sel, 'endPosition')),
          code: normaliseGuid(attr(children(coding, 'CodeRef')[0], 'targetGUID') ?? ''),
          note,
          ...(user ? { user } : {}),
          ...(createdAt ? { createdAt } : {}),
          ...(updatedAt ? { updatedAt } : {}),
        });
      });
    }
    if (children(node, 'Coding').length > 0) {
      skipped.push({ what: name, reason: 'whole-source-coding' });
    }
    const createdAt = attr(node, 'creationDateTime');
    sources.push({
      guid: guidOf(node),
      name,
      text,
      variables: variablesOf(node, variables),
      selections,
      ...(createdAt ? { createdAt } : {}),
    });
  }

  const cases: RefiCase[] = children(children(root, 'Cases')[0], 'Case').map((c) => ({
    guid: guidOf(c),
    name: attr(c, 'name') ?? '',
    description: textOf(c, 'Description'),
    variables: variablesOf(c, variables),
    selections: children(c, 'SelectionRef').map((r) => normaliseGuid(attr(r, 'targetGUID') ?? '')),
  }));
  return {
    name: attr(root, 'name') ?? '',
    origin: attr(root, 'origin') ?? '',
    users,
    codes,
    sources,
    cases,
    claims,
    skipped,
  };
}

/** `{ [key]: value }` when value is a non-empty string, else `{}`. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
