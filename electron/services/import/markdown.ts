/**
 * Markdown import through micromark/mdast (CommonMark with GFM tables and
 * YAML front matter): headings, paragraphs, block quotes, list items, table
 * rows and code blocks become blocks of plain text. Inline markup, link
 * targets, images and raw HTML tags are dropped; soft line breaks join, hard
 * breaks split. Each table row is one block, its cells joined by " | ".
 * The front matter's title, source/site, author, date, url and lang are read.
 */

import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import type { BlockInput } from '../../../shared/canonical-text';
import type { BlockKind } from '../../../shared/model';
import type { ExtractedDocument } from './html-article';
import { isoDate, primaryLanguage, safeUrl } from './html-metadata';

/** Separator between the cells of a table row. */
export const CELL_SEPARATOR = ' | ';

/** The visible text of inline content: images and raw HTML tags dropped, soft breaks as spaces. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\n/gu, ' ');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    case 'html':
      return node.value.replace(/<[^>]*>/gu, '');
    default:
      return 'children' in node ? node.children.map((child) => inlineText(child as Nodes)).join('') : '';
  }
}

/** Front matter fields as strings, keys lower-cased; {} when it is not a YAML mapping. */
function frontFields(value: string): Record<string, string> {
  let data: unknown;
  try {
    data = parseYaml(value);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const fields: Record<string, string> = {};
  for (const [key, field] of Object.entries(data as Record<string, unknown>)) {
    if (typeof field === 'string' || typeof field === 'number')
      fields[key.toLowerCase()] = String(field).trim();
    else if (field instanceof Date) fields[key.toLowerCase()] = field.toISOString();
  }
  return fields;
}

/** Appends the blocks of `node` to `out`; `kind` is 'quote' inside a block quote. */
function collect(
  node: RootContent,
  kind: BlockKind,
  out: BlockInput[],
  fields: Record<string, string>,
): void {
  switch (node.type) {
    case 'yaml':
      Object.assign(fields, frontFields(node.value));
      return;
    case 'heading':
      out.push({ kind: kind === 'quote' ? 'quote' : 'heading', text: inlineText(node) });
      return;
    case 'paragraph':
      out.push({ kind, text: inlineText(node) });
      return;
    case 'code':
      out.push({ kind, text: node.value });
      return;
    case 'html':
      out.push({ kind, text: inlineText(node) });
      return;
    case 'table':
      for (const row of node.children) {
        out.push({ kind, text: row.children.map((cell) => inlineText(cell).trim()).join(CELL_SEPARATOR) });
      }
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, 'quote', out, fields);
      return;
    case 'list':
    case 'listItem':
    case 'footnoteDefinition':
      for (const child of node.children) collect(child, kind, out, fields);
      return;
    default:
      return; // thematic breaks, definitions
  }
}

/** Parses Markdown into its syntax tree (GFM and YAML front matter). */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** Blocks and metadata of a Markdown document; the first heading is the title when the front matter has none. */
export function extractMarkdown(source: string): ExtractedDocument {
  const fields: Record<string, string> = {};
  const blocks: BlockInput[] = [];
  for (const node of parseMarkdown(source).children) collect(node, 'paragraph', blocks, fields);
  const nonEmpty = blocks.filter((block) => block.text.trim() !== '');
  let title = fields['title'] ?? '';
  const [first] = nonEmpty;
  if (!title && first?.kind === 'heading') {
    title = first.text.trim();
    nonEmpty.shift();
  }
  return {
    title,
    blocks: nonEmpty,
    source: fields['source'] ?? fields['site'] ?? '',
    author: fields['author'] ?? '',
    date: isoDate(fields['date'] ?? ''),
    url: safeUrl(fields['url'] ?? ''),
    language: primaryLanguage(fields['lang'] ?? fields['language']),
  };
}
