/**
 * File › Open text file…: the file the user picked, read by the app's one
 * importer (every format and encoding it knows, the same refusals), handed
 * to the New article form as canonical text to review, titled after the file
 * name (the form's long-standing default; the user edits it there).
 */

import { basename, extname } from 'node:path';
import type { PickedTextFile } from '../../../shared/ipc-contract';
import { readImportFile } from './import-file';

/** Reads `path` for the New article form; throws the importer's AppFailure (params.file) when refused. */
export async function readPickedText(path: string): Promise<PickedTextFile> {
  const { fileName, canonical } = await readImportFile(path);
  const title = basename(fileName, extname(fileName)).trim() || fileName;
  return { fileName, title, text: canonical.text };
}
