/**
 * The XML side of REFI-QDA: the namespaces, one fast-xml-builder builder
 * (attributes under "@_", text under "#text", escaped) and one parser that
 * reads namespaced QDA-XML into plain objects (prefixes dropped, entities and
 * character references decoded, repeating elements always arrays).
 */

import XMLBuilder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** An element for the builder: attributes as "@_name", children by element name, text as "#text". */
export type XmlNode = { [key: string]: string | XmlNode | XmlNode[] | undefined };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: ' ',
  suppressEmptyNode: true,
  // isCodable="true" must keep its value (XML has no bare attributes).
  suppressBooleanAttributes: false,
});

/**
 * The UTF-8 XML document of `root` named `name` in `namespace`. Undefined
 * attributes and children are left out; values are escaped by the builder.
 */
export function buildXml(name: string, namespace: string, root: XmlNode): string {
  const body = builder.build({ [name]: { '@_xmlns': namespace, ...root } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/** Elements that may repeat in a project or codebook: parsed as arrays even when there is one. */
const REPEATING = new Set([
  'User',
  'Code',
  'Variable',
  'Case',
  'VariableValue',
  'SourceRef',
  'SelectionRef',
  'CodeRef',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'Link',
  'Set',
  'MemberCode',
  'MemberSource',
  'MemberNote',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  processEntities: true,
  isArray: (name) => REPEATING.has(name),
});

/** A parsed element: attributes and children by name (repeating ones as arrays), text as "#text". */
export type ParsedNode = Record<string, unknown>;

/** Parses an XML document into plain objects; may throw (fast-xml-parser's error) on malformed XML. */
export function parseXml(xml: string): ParsedNode {
  return parser.parse(xml) as ParsedNode;
}

/** The child elements `name` of `node` (always a list of objects; text-only children become `{ '#text': … }`). */
export function children(node: unknown, name: string): ParsedNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as ParsedNode)[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item: unknown) =>
    typeof item === 'object' && item !== null ? (item as ParsedNode) : { '#text': String(item) },
  );
}

/** The attribute (or text-only child) `name` of `node` as a string, or undefined. */
export function attr(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as ParsedNode)[name];
  return typeof value === 'string' ? value : undefined;
}

/** The text of a child element such as Description or PlainTextContent ("" when absent or empty). */
export function textOf(node: unknown, name: string): string {
  const [child] = children(node, name);
  if (!child) return '';
  const text = child['#text'];
  return typeof text === 'string' ? text : '';
}
