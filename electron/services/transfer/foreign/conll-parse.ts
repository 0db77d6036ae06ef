/**
 * Reads CoNLL/IOB token files (CoNLL-2002/2003, ANERcorp and NewsFANE
 * layouts): one token a line, its tag in the last column (separated by tabs
 * or spaces), a blank line between sentences, "-DOCSTART-" lines between
 * documents. The text is rebuilt as the tokens joined by one space, one
 * sentence a line, so every span's text is its tokens. Tags: B-X opens an
 * X span, I-X continues it (or opens one after O or another type, as IOB1
 * does), E-X closes and S-X is a one-token span (BIOES); O is outside.
 */

import { refuse } from '../import-check';
import type { ForeignDocument, ForeignParse, ForeignSpan } from './foreign-types';

const TAG = /^(?:([BIES])[-_])?(.+)$/u;

interface Open {
  label: string;
  start: number;
  ref: string;
}

/** Parses a CoNLL file; `name` is the file's name. Refuses a line with no tag column. */
export function parseConll(raw: string, name: string): ForeignParse {
  const documents: ForeignDocument[] = [];
  let lines: string[] = [];
  let spans: ForeignSpan[] = [];
  let sentence: string[] = [];
  let offset = 0;
  let open: Open | null = null;
  /** End of the last token read (code points). */
  let lastEnd = 0;
  let doc = 1;
  const close = () => {
    if (open) spans.push({ ref: open.ref, start: open.start, end: lastEnd, label: open.label });
    open = null;
  };
  const endSentence = () => {
    close();
    if (sentence.length > 0) {
      lines.push(sentence.join(' '));
      offset += 1; // the "\n" after the sentence
    }
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    if (lines.length > 0)
      documents.push({ name: `${name} document ${doc++}`, text: lines.join('\n'), spans });
    lines = [];
    spans = [];
    offset = 0;
  };
  raw
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .forEach((line, i) => {
      const columns = line.trim().split(/\s+/u);
      if (line.trim() === '') return endSentence();
      if (columns[0] === '-DOCSTART-') return endDocument();
      if (columns.length < 2) refuse('not-this-format', `${name} line ${i + 1}`, 'no tag column');
      const token = line.split(/[\t ]/u)[0] ?? '';
      const tag = columns.at(-1) ?? 'O';
      const [, prefix, label = ''] = TAG.exec(tag) ?? [];
      const current: Open | null = open;
      const continues = tag !== 'O' && (prefix === 'I' || prefix === 'E') && current?.label === label;
      if (!continues) close();
      if (sentence.length > 0) offset += 1; // the space before the token
      const start = offset;
      offset += [...token].length;
      lastEnd = offset;
      sentence.push(token);
      if (tag !== 'O' && !continues) open = { label, start, ref: `line ${i + 1}` };
      if (prefix === 'E' || prefix === 'S') close();
    });
  endDocument();
  if (documents.length === 0) refuse('not-this-format', name, 'no tokens');
  return { kind: 'documents', documents, skipped: [] };
}
