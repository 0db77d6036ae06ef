/**
 * Word (.docx) import: mammoth turns the document body into simple HTML
 * (headings from Heading styles, paragraphs, lists, tables; right-to-left
 * paragraphs keep their logical order), which becomes blocks of plain text
 * as HTML does; images are never loaded and external files never read. The
 * core properties (docProps/core.xml: title, creator, created) become the
 * article's metadata.
 */

import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { AppFailure } from '../../../shared/result';
import { dropBoilerplate } from './boilerplate';
import type { ExtractedDocument } from './html-article';
import { domToBlocks } from './html-blocks';
import { cleanText, parseDocument } from './html-dom';
import { isoDate, primaryLanguage } from './html-metadata';

/** Title, author and creation date from a .docx's core properties ("" for each it lacks). */
export interface CoreProperties {
  title: string;
  author: string;
  /** ISO yyyy-mm-dd. */
  created: string;
  language: string;
}

interface XmlElement {
  textContent: string | null;
}
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

function textOf(xml: XmlDocument, name: string): string {
  return cleanText(xml.getElementsByTagName(name)[0]?.textContent);
}

/** Reads docProps/core.xml; empty properties when the package has none. */
export async function readCoreProperties(zip: JSZip): Promise<CoreProperties> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (!core) return { title: '', author: '', created: '', language: '' };
  const parser = new DOMParser() as unknown as { parseFromString(s: string, type: string): XmlDocument };
  const xml = parser.parseFromString(core, 'text/xml');
  return {
    title: textOf(xml, 'dc:title'),
    author: textOf(xml, 'dc:creator'),
    created: isoDate(textOf(xml, 'dcterms:created')),
    language: primaryLanguage(textOf(xml, 'dc:language')),
  };
}

/** Not a Word document (not a zip, or no word/document.xml), named for the user. */
function notWord(fileName: string): AppFailure {
  return new AppFailure('file-not-text', `${fileName} is not a Word document`, { file: fileName });
}

/** Blocks and metadata of a .docx file's bytes; throws AppFailure 'file-not-text' when it is not one. */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notWord(fileName);
  }
  if (!zip.file('word/document.xml')) throw notWord(fileName);
  const buffer = Buffer.from(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch {
    throw notWord(fileName);
  }
  const core = await readCoreProperties(zip);
  const body = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  let blocks = dropBoilerplate(body ? domToBlocks(body) : []);
  let title = core.title;
  const [first] = blocks;
  if (first?.kind === 'heading' && (!title || cleanText(first.text) === title)) {
    title = cleanText(first.text);
    blocks = blocks.slice(1);
  }
  return {
    title,
    blocks,
    source: '',
    author: core.author,
    date: core.created,
    url: '',
    language: core.language,
  };
}
