/**
 * Reads one file for import and turns it into canonical text with metadata:
 * .txt (heading guess of canonical-text), .md/.markdown (Markdown structure),
 * .html/.htm (article extraction). Refusals are AppFailures naming the file:
 * unsupported type, unreadable, over 20 MB, binary, empty, or too much text.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { detectLanguage } from '../../../shared/arabic-text';
import {
  blockTexts,
  canonicalize,
  canonicalizeBlocks,
  type CanonicalText,
} from '../../../shared/canonical-text';
import { MAX_TEXT_LENGTH } from '../../../shared/model';
import { MAX_ARTICLE_FILE_BYTES } from '../../../shared/schema/limits';
import { AppFailure } from '../../../shared/result';
import { decodeBytes, declaredCharset } from './decode';
import { extractHtmlArticle, type ExtractedDocument } from './html-article';
import { extractMarkdown } from './markdown';

export type ImportFormat = 'text' | 'markdown' | 'html';

const FORMATS: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** File extensions the importer reads (lower case, with the dot). */
export const IMPORT_EXTENSIONS = Object.keys(FORMATS);

/** The import format of a file name, or null when it is not supported. */
export function formatOf(fileName: string): ImportFormat | null {
  return FORMATS[extname(fileName).toLowerCase()] ?? null;
}

/** A file read, decoded and reduced to canonical text, ready to enter the library. */
export interface ImportedArticle {
  fileName: string;
  format: ImportFormat;
  encoding: string;
  title: string;
  canonical: CanonicalText;
  source: string;
  author: string;
  date: string;
  url: string;
  language: string;
}

async function readBytes(path: string, fileName: string): Promise<Buffer> {
  const params = { file: fileName };
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > MAX_ARTICLE_FILE_BYTES) {
      throw new AppFailure('file-too-large', `${fileName} is larger than 20 MB`, params);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppFailure('file-unreadable', `Could not read ${fileName}: ${reason}`, params);
  }
}

function extract(format: ImportFormat, text: string): ExtractedDocument & { canonical: CanonicalText } {
  if (format === 'text') {
    const canonical = canonicalize(text);
    const [first] = canonical.blocks;
    const title = first?.kind === 'heading' ? (blockTexts(canonical.text, [first])[0] ?? '') : '';
    return { title, blocks: [], source: '', author: '', date: '', url: '', language: '', canonical };
  }
  const doc = format === 'markdown' ? extractMarkdown(text) : extractHtmlArticle(text);
  return { ...doc, canonical: canonicalizeBlocks(doc.blocks) };
}

/** Reads the file at `path` for import; throws AppFailure (params.file = the file name) when it is refused. */
export async function readImportFile(path: string): Promise<ImportedArticle> {
  const fileName = basename(path);
  const params = { file: fileName };
  const format = formatOf(fileName);
  if (!format) {
    throw new AppFailure(
      'file-unsupported',
      `${fileName}: only .txt, .md and .html files can be imported`,
      params,
    );
  }
  const bytes = await readBytes(path, fileName);
  if (bytes.length === 0) throw new AppFailure('empty-text', `${fileName} is empty`, params);
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded) throw new AppFailure('file-not-text', `${fileName} is not a text file`, params);
  if (decoded.text.length > MAX_TEXT_LENGTH * 4) {
    throw new AppFailure('text-too-large', `${fileName} has more text than an article may hold`, params);
  }
  const doc = extract(format, decoded.text);
  const { canonical } = doc;
  if (canonical.text.length === 0)
    throw new AppFailure('empty-text', `${fileName} has no article text`, params);
  if (canonical.text.length > MAX_TEXT_LENGTH) {
    throw new AppFailure('text-too-large', `${fileName} has more text than an article may hold`, params);
  }
  const stem = basename(fileName, extname(fileName)).trim() || fileName;
  return {
    fileName,
    format,
    encoding: decoded.encoding,
    title: (doc.title.trim() || stem).slice(0, 500),
    canonical,
    source: doc.source.slice(0, 500),
    author: doc.author.slice(0, 500),
    date: doc.date,
    url: doc.url.slice(0, 2000),
    language: doc.language || detectLanguage(canonical.text),
  };
}
