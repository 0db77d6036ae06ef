/**
 * Article importers for `hamish import`, by file extension. Plain text only
 * for now; another importer (HTML, DOCX…) registers here with its extension.
 */

import { basename, extname } from 'node:path';
import type { NewArticle } from '../../shared/model';
import { readTextFile } from '../services/text-file';

/** Reads one file into an article to add. */
export type ArticleImporter = (path: string) => Promise<NewArticle>;

export const IMPORTERS: Record<string, ArticleImporter> = {
  '.txt': async (path) => {
    const file = await readTextFile(path);
    return { title: file.title || basename(path, extname(path)), text: file.text };
  },
};

/** The importer for `path`, by its extension (case-insensitive), or undefined. */
export function importerFor(path: string): ArticleImporter | undefined {
  return IMPORTERS[extname(path).toLowerCase()];
}
