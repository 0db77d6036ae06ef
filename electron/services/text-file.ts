/**
 * Reads a text file the user picked for import: refuses what is too large,
 * binary or not valid Unicode, decodes UTF-8 (with or without BOM) and
 * UTF-16 with a BOM, and derives a title from the file name.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PickedTextFile } from '../../shared/ipc-contract';
import { MAX_TEXT_LENGTH } from '../../shared/model';
import { AppFailure } from '../../shared/result';

/** Largest file accepted for import, in bytes. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/** The encoding announced by a byte order mark; UTF-8 when there is none. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes `bytes` strictly (a BOM is removed); null when they are not text:
 * invalid in their encoding, or containing NUL characters.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes('\u0000') ? null : text;
}

/**
 * Reads and decodes the text file at `path`. Throws AppFailure with code
 * 'file-unreadable', 'file-too-large', 'file-not-text', 'text-too-large' or
 * 'empty-text' (params: { file }: the file name).
 */
export async function readTextFile(path: string): Promise<PickedTextFile> {
  const fileName = basename(path);
  const params = { file: fileName };
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > MAX_TEXT_FILE_BYTES) {
      throw new AppFailure('file-too-large', `${fileName} is larger than 20 MB`, params);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppFailure('file-unreadable', `Could not read ${fileName}: ${reason}`, params);
  }
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new AppFailure('file-too-large', `${fileName} is larger than 20 MB`, params);
  }
  const text = decodeText(bytes);
  if (text === null)
    throw new AppFailure('file-not-text', `${fileName} is not a UTF-8 or UTF-16 text file`, params);
  if (text.trim().length === 0) throw new AppFailure('empty-text', `${fileName} is empty`, params);
  if (text.length > MAX_TEXT_LENGTH) {
    throw new AppFailure('text-too-large', `${fileName} has more text than an article may hold`, params);
  }
  const title = basename(fileName, extname(fileName)).trim() || fileName;
  return { fileName, title, text };
}
