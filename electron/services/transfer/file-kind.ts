/**
 * The one detector of what a file is when it is not Hamish JSON: told from
 * its name and first bytes (a ZIP's magic, the CSV headers Hamish writes, a
 * JSON-LD @context, brat T lines, CoNLL token-tag lines, a REFI-QDA codebook,
 * an HTML page, a plain-text article) and, for a .json, its shape (Label
 * Studio tasks, W3C annotations). "Choose file and import…" names the kind
 * and the button that imports it instead of "not valid JSON" (withFileKind);
 * the other-annotator import dialog and the CLI's `--from` hint take the
 * foreign formats from it (foreign-preview's detectForeignFormat). Nothing
 * is written; the file is only read.
 */

import { access, open } from 'node:fs/promises';
import { CSV_COLUMNS } from '../../../shared/export/csv';
import { CLAIMS_CSV_LEADING } from '../../../shared/export/claims-csv';
import { FOREIGN_FORMATS, type ForeignFormat } from '../../../shared/export/foreign-import-types';
import { AppFailure } from '../../../shared/result';
import { readText } from './foreign/foreign-import';
import { asList, asObject } from './foreign/json-input';

/** The kinds told apart; each has its sentence (transfer.importErrors.looks-like-<kind>). */
export const FILE_KINDS = [
  'qdpx',
  'qdc',
  'zip',
  'csv',
  'claims-csv',
  'w3c',
  'brat',
  'labelstudio',
  'doccano',
  'conll',
  'html',
  'article',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Extensions that name one kind whatever the content (a ZIP is told by its bytes first). */
const BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  '.qdc': 'qdc',
  '.ann': 'brat',
  '.jsonl': 'doccano',
  '.jsonld': 'w3c',
  '.conll': 'conll',
  '.iob': 'conll',
  '.iob2': 'conll',
  '.bio': 'conll',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'article',
  '.md': 'article',
  '.markdown': 'article',
};

/**
 * How a web page opens: a doctype, or an HTML element a page may start with;
 * a saved page can open with what its server printed first (a PHP warning,
 * "<br />\n<b>Deprecated</b>…", fills the whole first 4 KiB of one corpus page).
 */
const HTML_START = /^(?:<!doctype html|<(?:html|head|body|meta|link|title|script|style|div|p|br|b)[\s/>])/iu;

/** A CoNLL/IOB line: a token, white space, then O or a B-/I-/E-/S-/L-/U- tag (other columns may stand between). */
const CONLL_LINE = /^\S+(?:[\t ]+\S+)*[\t ]+(?:O|[BIESLU]-\S+)$/u;

/** How many bytes of the file are read to tell its kind. */
export const SNIFF_BYTES = 4096;

/** A ZIP local file header ("PK\x03\x04"): a .qdpx, or another archive (.docx, .zip). */
function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The first line of `text` without a BOM or its line end. */
function firstLine(text: string): string {
  return (text.replace(/^\uFEFF/u, '').split(/\r?\n/u)[0] ?? '').trim();
}

/** The lower-case extension of `name` with its dot (".qdc"), or "" when it has none. */
function extensionOf(name: string): string {
  return /\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? '';
}

/** True when the first (up to 8) non-empty lines of `text` all read as CoNLL token-tag lines (the last may be cut). */
function looksLikeConll(text: string): boolean {
  const lines = text
    .split(/\r?\n/u)
    .slice(0, -1)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = lines.slice(0, 8);
  return first.length >= 2 && first.every((l) => l.startsWith('-DOCSTART-') || CONLL_LINE.test(l));
}

/** The kind `body` (text without BOM or leading blanks) shows by its content alone, or null. */
function kindOfContent(body: string): FileKind | null {
  if (/^[[{]\s*\{?\s*"@context"\s*:/u.test(body)) return 'w3c';
  if (/^T\d+\t\S+ \d+ \d+(?:;\d+ \d+)*\t/u.test(body)) return 'brat';
  // An XML declaration and comments may come before the root element.
  const root = body.replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+/u, '');
  if (/^<CodeBook[\s>]/u.test(root)) return 'qdc';
  if (HTML_START.test(root)) return 'html';
  if (looksLikeConll(body)) return 'conll';
  return null;
}

/**
 * The kind of a file from its first bytes `head` (up to SNIFF_BYTES) and its
 * `name` (only its extension is read): 'qdpx' (a ZIP named .qdpx or whose
 * first entry is project.qde), 'zip' (another ZIP), 'csv' (Hamish's
 * annotation CSV header, CSV_COLUMNS), 'claims-csv' (its claims CSV header,
 * CLAIMS_CSV_LEADING first); then by content: 'w3c' (JSON with an "@context"
 * before any other key), 'brat' (a first line "T<n><TAB>label start
 * end<TAB>"), 'qdc' (an XML root <CodeBook>), 'html' (a doctype or an
 * HTML element a page opens with (HTML_START), after any XML declaration or
 * comments),
 * 'conll' (its first lines "token … TAG", TAG O or B-/I-/E-/S-X); else by
 * extension (BY_EXTENSION: .qdc, .ann, .jsonl doccano, .jsonld, .conll/.iob/
 * .iob2/.bio, .html/.htm, .txt/.md 'article'); null when none fits (a
 * truncated Hamish JSON stays "not valid JSON"). Pure; see detectFileKind
 * for what needs the rest of the file or its neighbours.
 */
export function sniffFileKind(head: Uint8Array, name: string): FileKind | null {
  const ext = extensionOf(name);
  if (isZip(head)) {
    // The local header's name length is at bytes 26-27, the name from byte 30.
    const nameLength = (head[26] ?? 0) | ((head[27] ?? 0) << 8);
    const entry = new TextDecoder('latin1').decode(head.subarray(30, 30 + nameLength));
    return ext === '.qdpx' || entry === 'project.qde' ? 'qdpx' : 'zip';
  }
  const text = new TextDecoder('utf-8').decode(head);
  const line = firstLine(text);
  if (line === CSV_COLUMNS.join(',')) return 'csv';
  if (line.startsWith(`${CLAIMS_CSV_LEADING.join(',')},`)) return 'claims-csv';
  return kindOfContent(text.replace(/^\uFEFF/u, '').trimStart()) ?? BY_EXTENSION[ext] ?? null;
}

/** A JSON value's kind from its shape: Label Studio tasks (or one task), or W3C/Hypothesis annotations; else null. */
function jsonKind(value: unknown): FileKind | null {
  const first = asObject(asList(value)[0]);
  if ('data' in first && ('annotations' in first || 'predictions' in first)) return 'labelstudio';
  const top = asObject(value);
  const w3c = '@context' in top || Array.isArray(top.rows) || 'target' in first || 'target' in top;
  return w3c ? 'w3c' : null;
}

/**
 * The kind of the file at `path`: sniffFileKind of its first bytes, except
 * that a .txt with its .ann twin beside it is 'brat' (not an article) and a
 * .json the first bytes do not tell is read whole and told by its shape
 * (jsonKind). Refuses (file-unreadable, invalid-import too-large) a file it
 * cannot read.
 */
export async function detectFileKind(path: string): Promise<FileKind | null> {
  const kind = sniffFileKind(await readHead(path), path);
  const ext = extensionOf(path);
  if (kind === 'article' && ext === '.txt') {
    const twin = `${path.slice(0, -ext.length)}.ann`;
    return access(twin).then(
      () => 'brat' as const,
      () => kind,
    );
  }
  if (kind !== null || ext !== '.json') return kind;
  try {
    return jsonKind(JSON.parse((await readText(path)).replace(/^\uFEFF/u, '')));
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/** The foreign format (another annotator's file) of `kind`, or null when it is none. */
export function foreignFormatOf(kind: FileKind | null): ForeignFormat | null {
  return (FOREIGN_FORMATS as readonly string[]).includes(kind ?? '') ? (kind as ForeignFormat) : null;
}

/** The first SNIFF_BYTES bytes of the file at `path` (fewer when it is shorter). */
async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch(() => {
    throw new AppFailure('file-unreadable', `Cannot read ${path}`, { file: path });
  });
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * True for a Hamish JSON import's refusal of a file as not JSON or not
 * Hamish JSON ('invalid-import' with reason not-json or wrong-format): the
 * refusals a hint of what the file is instead can improve (the app's
 * withFileKind, the CLI's --from hint).
 */
export function isNotHamishJson(error: unknown): error is AppFailure {
  const reason = error instanceof AppFailure ? error.params?.['reason'] : undefined;
  return reason === 'not-json' || reason === 'wrong-format';
}

/**
 * A catch handler for a Hamish JSON import of the file at `path`: a refusal
 * as not JSON or not Hamish JSON ('invalid-import' not-json/wrong-format) of
 * a file whose kind detectFileKind tells is rethrown with reason
 * `looks-like-<kind>` (its `where` and English detail kept, `kind` added);
 * any other error, or a file of no known kind, is rethrown as it came.
 */
export function withFileKind(path: string): (error: unknown) => Promise<never> {
  return async (error: unknown) => {
    if (!isNotHamishJson(error)) throw error;
    const kind = await detectFileKind(path).catch(() => null);
    if (!kind) throw error;
    throw new AppFailure(error.code, `${error.message} (the file looks like: ${kind})`, {
      ...error.params,
      reason: `looks-like-${kind}`,
      kind,
    });
  };
}
