/**
 * A Hamish export as a REFI-QDA project (project.qde) plus its plain-text
 * sources. One TextSource per article, whose text file is the canonical
 * text as is (UTF-8, "\n" line ends): REFI counts selections in Unicode code
 * points from 0 (specification 1.5, §10.2), Hamish's own unit, so each
 * annotation's start/end are written unchanged and a consumer slicing the
 * file by code points gets exactly the quote. Coders are Users (annotations
 * without one are the library owner's); notes are Notes with a NoteRef;
 * article metadata are text Variables (source, date, language, author, URL,
 * the file it was imported from, reading status; ARTICLE_VARIABLES) and the
 * time it entered the library the TextSource's creationDateTime; entities are Cases (REFI's "subject by
 * which selections can be grouped") with their names as Variables and a
 * SelectionRef per linked annotation; claims are Notes and Links between
 * selections (refi-claims.ts).
 */

import type { ExportedAnnotation, HamishExport } from '../../../../shared/export-format';
import type { ArticleMeta, Entity } from '../../../../shared/model';
import { dropControls } from '../../../../shared/export/safe-text';
import { sliceCodePoints } from '../../../../shared/code-points';
import { claimNodes } from './refi-claims';
import { codeGuid, codeName, codesOf } from './refi-codebook';
import { refiGuid } from './refi-ids';
import { buildXml, PROJECT_NAMESPACE, type XmlNode } from './refi-xml';

/** Article metadata written as text Variables of each TextSource, by variable name. */
export const ARTICLE_VARIABLES = {
  Source: (m: ArticleMeta) => m.source,
  'Publication date': (m: ArticleMeta) => m.date,
  Language: (m: ArticleMeta) => m.language,
  Author: (m: ArticleMeta) => m.author ?? '',
  URL: (m: ArticleMeta) => m.url ?? '',
  'Imported from': (m: ArticleMeta) => m.importedFrom ?? '',
  'Reading status': (m: ArticleMeta) => m.status ?? '',
} as const;

/** Entity fields written as text Variables of each Case, by variable name. */
export const ENTITY_VARIABLES = {
  'Entity kind': (e: Entity) => e.kind,
  'Name (Arabic)': (e: Entity) => e.name.ar,
  'Name (English)': (e: Entity) => e.name.en,
  Aliases: (e: Entity) => e.aliases.join('\n'),
} as const;

/** What a project is built from. */
export interface RefiProjectInput {
  /** The export, with texts (includeText). */
  data: HamishExport;
  /** The library metadata of the exported articles, by id (author, URL, addedAt). */
  metas: ReadonlyMap<string, ArticleMeta>;
  /** The library owner (the OS user): the User of annotations that record no coder. */
  owner: string;
}

/** The built project: project.qde and the text of each source, by file name under Sources/. */
export interface RefiProjectFiles {
  projectXml: string;
  sources: Map<string, string>;
}

/** Longest selection name (a preview of the quote), in code points. */
const NAME_LENGTH = 80;

/** A selection's informative name: its quote on one line, shortened. */
function selectionName(quote: string): string {
  const line = quote.replace(/\s+/gu, ' ');
  const short = sliceCodePoints(line, 0, NAME_LENGTH);
  return short === line ? line : `${short}…`;
}

/** A text Variable value, or nothing when empty. */
function variableValue(name: string, value: string): XmlNode | undefined {
  return value === ''
    ? undefined
    : { VariableRef: { '@_targetGUID': refiGuid('variable', name) }, TextValue: { '#text': value } };
}

function valuesOf<T>(table: Record<string, (item: T) => string>, item: T, used: Set<string>): XmlNode[] {
  return Object.entries(table).flatMap(([name, get]) => {
    const value = variableValue(name, dropControls(get(item)));
    if (!value) return [];
    used.add(name);
    return [value];
  });
}

/** Builds project.qde and the source texts of `input`; `origin` names the writer, `now` is the export time. */
export function buildProject(input: RefiProjectInput, origin: string, now: string): RefiProjectFiles {
  const { data, metas, owner } = input;
  const userGuid = (name: string) => refiGuid('user', name);
  const users = new Set<string>([owner]);
  const usedVariables = new Set<string>();
  const notes: XmlNode[] = [];
  const sources = new Map<string, string>();
  const byEntity = new Map<string, string[]>();

  const selection = (a: ExportedAnnotation): XmlNode => {
    const coder = a.author ?? owner;
    users.add(coder);
    const note = a.note === undefined || a.note === '' ? undefined : refiGuid('note', a.id);
    if (note) {
      notes.push({
        '@_guid': note,
        '@_name': selectionName(a.quote),
        '@_creatingUser': userGuid(coder),
        '@_creationDateTime': a.updatedAt,
        PlainTextContent: { '#text': dropControls(a.note ?? '') },
      });
    }
    if (a.entityId) byEntity.set(a.entityId, [...(byEntity.get(a.entityId) ?? []), a.id]);
    return {
      '@_guid': a.id,
      '@_name': selectionName(a.quote),
      '@_startPosition': String(a.start),
      '@_endPosition': String(a.end),
      '@_creatingUser': userGuid(coder),
      '@_creationDateTime': a.createdAt,
      '@_modifyingUser': userGuid(coder),
      '@_modifiedDateTime': a.updatedAt,
      Coding: [
        {
          '@_guid': refiGuid('coding', a.id),
          '@_creatingUser': userGuid(coder),
          '@_creationDateTime': a.createdAt,
          CodeRef: { '@_targetGUID': codeGuid(a.tag) },
        },
      ],
      ...(note ? { NoteRef: [{ '@_targetGUID': note }] } : {}),
    };
  };

  const textSources = data.articles.map((article): XmlNode => {
    const file = `${article.id}.txt`;
    sources.set(file, article.text ?? '');
    const meta = metas.get(article.id);
    return {
      '@_guid': article.id,
      '@_name': article.title,
      '@_plainTextPath': `internal://${file}`,
      '@_creatingUser': userGuid(owner),
      ...(meta ? { '@_creationDateTime': meta.addedAt } : {}),
      PlainTextSelection: article.annotations.map(selection),
      VariableValue: meta ? valuesOf(ARTICLE_VARIABLES, meta, usedVariables) : [],
    };
  });

  const cases = (data.entities ?? []).map((entity): XmlNode => ({
    '@_guid': entity.id,
    '@_name': codeName(entity.name, entity.id),
    Description: { '#text': `Hamish entity (${entity.kind})` },
    VariableValue: valuesOf(ENTITY_VARIABLES, entity, usedVariables),
    SelectionRef: (byEntity.get(entity.id) ?? []).map((id) => ({ '@_targetGUID': id })),
  }));
  const claims = claimNodes(data.articles, data.taxonomy, (coder) => {
    users.add(coder ?? owner);
    return userGuid(coder ?? owner);
  });
  notes.push(...claims.notes);
  const variables = [...usedVariables].map((name) => ({
    '@_guid': refiGuid('variable', name),
    '@_name': name,
    '@_typeOfVariable': 'Text',
  }));
  const codes = codesOf(data.taxonomy);

  const projectXml = buildXml('Project', PROJECT_NAMESPACE, {
    '@_name': `Hamish: ${data.articles.length} articles`,
    '@_origin': origin,
    '@_creatingUserGUID': userGuid(owner),
    '@_creationDateTime': now,
    '@_modifiedDateTime': now,
    Users: { User: [...users].map((name) => ({ '@_guid': userGuid(name), '@_name': name })) },
    CodeBook: codes.length > 0 ? { Codes: { Code: codes } } : undefined,
    Variables: variables.length > 0 ? { Variable: variables } : undefined,
    Cases: cases.length > 0 ? { Case: cases } : undefined,
    Sources: textSources.length > 0 ? { TextSource: textSources } : undefined,
    Notes: notes.length > 0 ? { Note: notes } : undefined,
    Links: claims.links.length > 0 ? { Link: claims.links } : undefined,
  });
  return { projectXml, sources };
}
