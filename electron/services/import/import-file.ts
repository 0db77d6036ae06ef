/**
 * Reads one file for import and turns it into canonical text with metadata:
 * .txt (headline, then heading guess of canonical-text), .md/.markdown (Markdown),
 * .html/.htm (article extraction), .docx (Word, through mammoth). Refusals are AppFailures naming the file:
 * unsupported type, unreadable, over 20 MB, binary, empty, or too much text.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { resolveLanguage } from '../../../shared/arabic-text';
import { canonicalize, canonicalizeBlocks, type CanonicalText } from '../../../shared/canonical-text';
import { MAX_TEXT_LENGTH } from '../../../shared/model';
import { MAX_ARTICLE_FILE_BYTES } from '../../../shared/schema/limits';
import { AppFailure } from '../../../shared/result';
import { decodeBytes, declaredCharset } from './decode';
import { extractDocx } from './docx';
import { extractHtmlArticle, SHORT_EXTRACTION_SHARE, type ExtractedDocument } from './html-article';
import { wordCount } from './html-dom';
import { extractMarkdown } from './markdown';
import { splitHeadline } from './text-headline';
import { fileReason } from '../../../shared/file-reason';

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

const FORMATS: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
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
  /** Words of the canonical text (runs of non-space characters). */
  words: number;
  /** HTML only: set when the text kept is much shorter than the page's main text (see SHORT_EXTRACTION_SHARE). */
  shortfall?: { keptWords: number; pageWords: number };
  /** HTML only: set when body copy hidden on the page was left out (see hidden-copy). */
  hidden?: { words: number };
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
    const detail = error instanceof Error ? error.message : String(error);
    // Why, in the words every door shares (missing, denied, not-a-file), for the report's sentence.
    throw new AppFailure('file-unreadable', `Could not read ${fileName}: ${detail}`, {
      ...params,
      reason: fileReason(error),
    });
  }
}

function extract(
  format: Exclude<ImportFormat, 'docx'>,
  text: string,
): ExtractedDocument & { canonical: CanonicalText } {
  if (format === 'text') {
    const { title, body } = splitHeadline(text);
    const canonical = canonicalize(body);
    return { title, blocks: [], source: '', author: '', date: '', url: '', language: '', canonical };
  }
  const doc = format === 'markdown' ? extractMarkdown(text) : extractHtmlArticle(text);
  return { ...doc, canonical: canonicalizeBlocks(doc.blocks) };
}

/** The document in `bytes`: a Word file through mammoth, text decoded then extracted by format. */
async function readDocument(
  format: ImportFormat,
  bytes: Buffer,
  fileName: string,
): Promise<{ doc: ExtractedDocument & { canonical: CanonicalText }; encoding: string }> {
  const params = { file: fileName };
  if (format === 'docx') {
    const doc = await extractDocx(bytes, fileName);
    return { doc: { ...doc, canonical: canonicalizeBlocks(doc.blocks) }, encoding: 'docx' };
  }
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded) throw new AppFailure('file-not-text', `${fileName} is not a text file`, params);
  if (decoded.text.length > MAX_TEXT_LENGTH * 4) {
    throw new AppFailure('text-too-large', `${fileName} has more text than an article may hold`, params);
  }
  return { doc: extract(format, decoded.text), encoding: decoded.encoding };
}

/** Reads the file at `path` for import; throws AppFailure (params.file = the file name) when it is refused. */
export async function readImportFile(path: string): Promise<ImportedArticle> {
  const fileName = basename(path);
  const params = { file: fileName };
  const format = formatOf(fileName);
  if (!format) {
    throw new AppFailure(
      'file-unsupported',
      `${fileName}: only .txt, .md, .html and .docx files can be imported`,
      params,
    );
  }
  const bytes = await readBytes(path, fileName);
  if (bytes.length === 0) throw new AppFailure('empty-text', `${fileName} is empty`, params);
  const { doc, encoding } = await readDocument(format, bytes, fileName);
  const { canonical } = doc;
  if (canonical.text.length === 0)
    throw new AppFailure('empty-text', `${fileName} has no article text`, params);
  if (canonical.text.length > MAX_TEXT_LENGTH) {
    throw new AppFailure('text-too-large', `${fileName} has more text than an article may hold`, params);
  }
  const stem = basename(fileName, extname(fileName)).trim() || fileName;
  const words = wordCount(canonical.text);
  const pageWords = doc.check?.pageWords ?? 0;
  const hiddenWords = doc.check?.hiddenWords ?? 0;
  return {
    ...(hiddenWords > 0 ? { hidden: { words: hiddenWords } } : {}),
    ...(words < pageWords * SHORT_EXTRACTION_SHARE ? { shortfall: { keptWords: words, pageWords } } : {}),
    words,
    fileName,
    format,
    encoding,
    title: (doc.title.trim() || stem).slice(0, 500),
    canonical,
    source: doc.source.slice(0, 500),
    author: doc.author.slice(0, 500),
    date: doc.date,
    url: doc.url.slice(0, 2000),
    language: resolveLanguage(doc.language, canonical.text),
  };
}
