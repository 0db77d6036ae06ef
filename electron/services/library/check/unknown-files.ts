/**
 * Files under articles/ and annotations/ that are not part of the library:
 * an article text the index does not list (left by a kill during an import,
 * or copied in by hand), an annotations file without its article, a name
 * the library never writes (an upper-case id, another extension; an
 * annotations journal counts as its annotations file). Found
 * after the deep check, reported at start-up, and offered for adoption
 * (Library.adoptArticle, `hamish adopt`); never silently ignored, never
 * removed. Temp files of interrupted writes are the deep check's.
 */

import type { UnknownFile } from '../../../../shared/startup-report';
import { dirNames } from '../../storage/dir-names';
import { Slicer } from '../../storage/slicer';
import type { LibraryPaths } from '../library-paths';
import { idsOf } from './library-check';
import { isTempFileName } from './quarantine';

const names = (dir: string) => dirNames(dir); // in batches: 100,000+ names at 100k articles

/** The unknown files of the library in `paths`, given the ids its index lists and those quarantined. */
export async function findUnknownFiles(
  paths: LibraryPaths,
  listed: ReadonlySet<string>,
): Promise<UnknownFile[]> {
  const found: UnknownFile[] = [];
  const articleNames = (await names(paths.articlesDir)).filter((n) => !isTempFileName(n));
  const texts = new Set<string>();
  // In slices: 200,000 names at 100k articles (main stays free meanwhile).
  const slices = new Slicer();
  for (const name of articleNames) {
    if (slices.due) await slices.next();
    const [id] = idsOf([name]);
    if (id) texts.add(id);
    if (id && listed.has(id)) continue;
    found.push(
      id
        ? {
            kind: 'article',
            file: `articles/${name}`,
            articleId: id,
            reason: 'an article text the list of articles does not include',
          }
        : { kind: 'name', file: `articles/${name}`, reason: 'not a file name the library writes' },
    );
  }
  for (const name of (await names(paths.annotationsDir)).filter((n) => !isTempFileName(n))) {
    if (slices.due) await slices.next();
    // An article's journal (annotation-journal.ts) goes with its annotations file.
    const [id] = idsOf([name.replace(/\.journal$/u, '.json')]);
    if (id && (listed.has(id) || texts.has(id))) continue; // an unlisted text's annotations go with it
    found.push(
      id
        ? {
            kind: 'annotations',
            file: `annotations/${name}`,
            reason: 'annotations of an article this library does not have',
          }
        : { kind: 'name', file: `annotations/${name}`, reason: 'not a file name the library writes' },
    );
  }
  // In name order (code units), whatever order the file system lists them in.
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
