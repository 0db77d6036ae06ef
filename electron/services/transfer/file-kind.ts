/**
 * What a file given to "Choose file and import…" is when it is not Hamish
 * JSON: told from its first bytes (a ZIP's magic, the CSV headers Hamish
 * writes, a JSON-LD @context, brat T lines, an HTML page), so the refusal
 * can name the kind and the button or format that imports it instead of
 * "not valid JSON". Nothing is written; the file is only read.
 */

import { open } from 'node:fs/promises';
import { CSV_COLUMNS } from '../../../shared/export/csv';
import { CLAIMS_CSV_LEADING } from '../../../shared/export/claims-csv';
import { AppFailure } from '../../../shared/result';

/** The kinds told apart; each has its sentence (transfer.importErrors.looks-like-<kind>). */
export const FILE_KINDS = ['qdpx', 'zip', 'csv', 'claims-csv', 'w3c', 'brat', 'html'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

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

/**
 * The kind of a file from its first bytes `head` (up to SNIFF_BYTES) and its
 * `name` (only its extension is read): 'qdpx' (a ZIP named .qdpx or whose
 * first entry is project.qde), 'zip' (another ZIP), 'csv' (Hamish's
 * annotation CSV header, CSV_COLUMNS), 'claims-csv' (its claims CSV header,
 * CLAIMS_CSV_LEADING first), 'w3c' (JSON with an "@context" before any other
 * key, or a .jsonld), 'brat' (a first line "T<n><TAB>label start end<TAB>",
 * or an .ann), 'html' (a doctype or an <html>/<head>/<body> tag); null when
 * none fits (a truncated Hamish JSON stays "not valid JSON").
 */
export function sniffFileKind(head: Uint8Array, name: string): FileKind | null {
  const ext = /\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? '';
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
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (ext === '.jsonld' || /^[[{]\s*\{?\s*"@context"\s*:/u.test(body)) return 'w3c';
  if (ext === '.ann' || /^T\d+\t\S+ \d+ \d+(?:;\d+ \d+)*\t/u.test(body)) return 'brat';
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/iu.test(body)) return 'html';
  return null;
}

/** The first SNIFF_BYTES bytes of the file at `path` (fewer when it is shorter). */
async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
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
 * a file whose kind sniffFileKind tells is rethrown with reason
 * `looks-like-<kind>` (its `where` and English detail kept, `kind` added);
 * any other error, or a file of no known kind, is rethrown as it came.
 */
export function withFileKind(path: string): (error: unknown) => Promise<never> {
  return async (error: unknown) => {
    if (!isNotHamishJson(error)) throw error;
    const kind = sniffFileKind(await readHead(path).catch(() => new Uint8Array()), path);
    if (!kind) throw error;
    throw new AppFailure(error.code, `${error.message} (the file looks like: ${kind})`, {
      ...error.params,
      reason: `looks-like-${kind}`,
      kind,
    });
  };
}
