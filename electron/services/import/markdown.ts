/**
 * Markdown import: headings (# and underlined), paragraphs (soft-wrapped
 * lines joined), block quotes, list items and code kept as blocks of plain
 * text; inline markup, links' targets, images and raw HTML tags are dropped.
 * A YAML front matter's title, source/site, author, date, url and lang are read.
 */

import type { BlockInput } from '../../../shared/canonical-text';
import type { ExtractedDocument } from './html-article';
import { isoDate, primaryLanguage, safeUrl } from './html-article';

/** Strips inline Markdown and HTML from one line, keeping its visible text. */
export function inlineText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '') // images (remote references) are dropped entirely
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1') // links keep their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, '$1')
    .replace(/<[^>]*>/gu, '') // raw HTML tags
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(\*|_)(\S.*?\S|\S)\1/gu, '$2')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/~~(.+?)~~/gu, '$1');
}

function frontMatter(lines: string[]): { fields: Record<string, string>; rest: string[] } {
  if (lines[0]?.trim() !== '---') return { fields: {}, rest: lines };
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/u.test(line));
  if (end < 0) return { fields: {}, rest: lines };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(line);
    if (match?.[1]) fields[match[1].toLowerCase()] = (match[2] ?? '').replace(/^["']|["']$/gu, '').trim();
  }
  return { fields, rest: lines.slice(end + 1) };
}

/** Blocks and metadata of a Markdown document. */
export function extractMarkdown(source: string): ExtractedDocument {
  const { fields, rest } = frontMatter(source.replace(/\r\n?/gu, '\n').split('\n'));
  const blocks: BlockInput[] = [];
  let paragraph: string[] = [];
  let kind = 'paragraph' as 'paragraph' | 'quote';
  let fence: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind, text: paragraph.join(' ') });
    paragraph = [];
  };
  /** Soft-wrapped lines of one paragraph (or of one quote paragraph) are joined. */
  const addLine = (lineKind: typeof kind, text: string) => {
    if (lineKind !== kind) flush();
    kind = lineKind;
    if (text.trim() === '') flush();
    else paragraph.push(text.trim());
  };
  for (const raw of rest) {
    const line = raw.trimEnd();
    if (fence) {
      if (/^\s*(```|~~~)/u.test(line)) {
        blocks.push({ kind: 'paragraph', text: fence.join('\n') });
        fence = null;
      } else fence.push(line);
      continue;
    }
    if (/^\s*(```|~~~)/u.test(line)) {
      flush();
      fence = [];
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u.exec(line);
    const quote = /^\s{0,3}>\s?(.*)$/u.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/u.exec(line);
    if (/^\s*(=+|-+)\s*$/u.test(line) && paragraph.length > 0 && kind === 'paragraph') {
      blocks.push({ kind: 'heading', text: paragraph.join(' ') });
      paragraph = [];
    } else if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/u.test(line)) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: inlineText(heading[1] ?? '') });
    } else if (quote) {
      addLine('quote', inlineText(quote[1] ?? ''));
    } else if (item) {
      flush();
      blocks.push({ kind: 'paragraph', text: inlineText(item[1] ?? '') });
    } else addLine('paragraph', inlineText(line));
  }
  if (fence) blocks.push({ kind: 'paragraph', text: fence.join('\n') });
  flush();

  let title = fields['title'] ?? '';
  const [first] = blocks;
  if (!title && first?.kind === 'heading') {
    title = first.text.trim();
    blocks.shift();
  }
  return {
    title,
    blocks,
    source: fields['source'] ?? fields['site'] ?? '',
    author: fields['author'] ?? '',
    date: isoDate(fields['date'] ?? ''),
    url: safeUrl(fields['url'] ?? ''),
    language: primaryLanguage(fields['lang'] ?? fields['language']),
  };
}
