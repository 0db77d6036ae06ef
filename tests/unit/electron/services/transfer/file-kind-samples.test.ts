/**
 * The one file-kind detector (file-kind.ts) over real samples that are not
 * Hamish JSON: REFI-QDA projects from ATLAS.ti and MAXQDA and a codebook
 * Hamish writes, a CoNLL excerpt, the Arabic sample article as .txt and .md,
 * and all 150 saved web pages of the shared corpus; what "Choose file and
 * import…" says of them (the kind, nothing written); and the other-annotator
 * dialog's detectForeignFormat, which takes its formats from the same
 * detector.
 */

import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services/services';
import {
  detectFileKind,
  sniffFileKind,
  type FileKind,
} from '../../../../../electron/services/transfer/file-kind';
import { detectForeignFormat } from '../../../../../electron/services/transfer/foreign/foreign-preview';
import { useTempDirs } from '../../../helpers';
import { closeLibraries, seededLibrary } from '../../../transfer-helpers';
import { expectRefusedByKind, head } from './wrong-kind';
import { REFI_DIR } from '../exchange/refi/refi-library';
import { CORPUS_DIR } from '../import/corpus-score';
import { SAMPLE_ARTICLE_PATH } from '../../../shared/export/claims-sample';

const tempDir = useTempDirs();
afterEach(closeLibraries);

const CONLL = join(import.meta.dirname, '../../../../fixtures/foreign/newsfane-excerpt.conll');

/** A library with three articles, its services, and the REFI-QDA codebook (.qdc) Hamish writes of its scheme. */
async function withCodebook() {
  const dir = await tempDir();
  const library = await seededLibrary(join(dir, 'library'));
  const services = createServices(library, { generator: 'Hamish (unit test)' });
  const summary = await services.exporter.write({ format: 'qdc' }, join(dir, 'scheme'));
  return { dir, library, services, qdc: summary.path };
}

describe('the file-kind detector on real samples', () => {
  it('names REFI-QDA projects and codebooks, CoNLL, articles and web pages, by content when renamed', async () => {
    const { qdc } = await withCodebook();
    const samples: [string, FileKind][] = [
      [join(REFI_DIR, 'samples/atlas-codebook-sample.qdpx'), 'qdpx'],
      [join(REFI_DIR, 'samples/maxqda-codebook-sources.qdpx'), 'qdpx'],
      [qdc, 'qdc'],
      [CONLL, 'conll'],
    ];
    for (const [path, kind] of samples) {
      expect(sniffFileKind(await head(path), path), path).toBe(kind);
      expect(sniffFileKind(await head(path), 'renamed.bin'), `${path} renamed`).toBe(kind);
    }
    // An article is plain text: told by its name, and never taken for another kind by its content.
    const article = await head(SAMPLE_ARTICLE_PATH);
    expect(sniffFileKind(article, 'sample-article.ar.txt')).toBe('article');
    expect(sniffFileKind(article, 'مقال.MD')).toBe('article');
    expect(sniffFileKind(article, 'renamed.bin')).toBeNull();
  });

  it('names every saved page of the corpus a web page, whatever it is called', async () => {
    const pages = (await readdir(join(CORPUS_DIR, 'pages'))).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBe(150);
    const misnamed: string[] = [];
    for (const name of pages) {
      const bytes = await head(join(CORPUS_DIR, 'pages', name));
      if (sniffFileKind(bytes, name) !== 'html') misnamed.push(name);
      if (sniffFileKind(bytes, 'page.json') !== 'html') misnamed.push(`${name} as page.json`);
    }
    expect(misnamed).toEqual([]);
  });

  it('gives the other-annotator dialog its formats: CoNLL by content, a .txt with its .ann twin as brat, an article as none', async () => {
    const dir = await tempDir();
    const conllAsTxt = join(dir, 'tokens.txt');
    await copyFile(CONLL, conllAsTxt);
    const article = join(dir, 'article.txt');
    await copyFile(SAMPLE_ARTICLE_PATH, article);
    const paired = join(dir, 'paired.txt');
    await copyFile(SAMPLE_ARTICLE_PATH, paired);
    await copyFile(SAMPLE_ARTICLE_PATH, join(dir, 'paired.ann'));
    expect(await detectFileKind(conllAsTxt)).toBe('conll');
    expect(await detectForeignFormat(conllAsTxt)).toBe('conll');
    expect(await detectFileKind(article)).toBe('article');
    expect(await detectForeignFormat(article)).toBeNull();
    expect(await detectFileKind(paired)).toBe('brat');
    expect(await detectForeignFormat(paired)).toBe('brat');
  });
});

describe('"Choose file and import…" given a codebook, CoNLL, an article or a saved page', () => {
  it('is refused naming the kind (not "not valid JSON"), and the library is left as it was', async () => {
    const { dir, library, services, qdc } = await withCodebook();
    const md = join(dir, 'مقال.md');
    await copyFile(SAMPLE_ARTICLE_PATH, md);
    const page = join(CORPUS_DIR, 'pages', 'Solarserver.de.solarthermisches kraftwerk dubai.html');
    const files: [FileKind, string][] = [
      ['qdc', qdc],
      ['conll', CONLL],
      ['article', SAMPLE_ARTICLE_PATH],
      ['article', md],
      ['html', page],
    ];
    await expectRefusedByKind(library, services, files);
  });
});
