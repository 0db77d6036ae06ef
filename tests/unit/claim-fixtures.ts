/** Shared fixture of the claims tests: the sample article in a fresh library with four spans tagged. */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library, type LibraryOptions } from '../../electron/services/library/library';
import { codePointLength, utf16ToCodePoint } from '../../shared/code-points';
import { SAMPLE_PATH } from './helpers';

/**
 * Opens a library in `dir` with the sample article and tags Hamas (actor),
 * the prisoner exchange (demand), Israel (actor) and the meeting (event);
 * `lines()` reads the article's journal lines.
 */
export async function openTagged(dir: string, options: LibraryOptions = {}) {
  const library = await Library.open(dir, { samplePath: SAMPLE_PATH, ...options });
  const [meta] = await library.listArticles();
  if (!meta) throw new Error('sample not seeded');
  const articleId = meta.id;
  const { text } = await library.getArticle(articleId);
  const span = (phrase: string) => {
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`${phrase} not found`);
    const start = utf16ToCodePoint(text, at);
    return { start, end: start + codePointLength(phrase) };
  };
  const [hamas, exchange, israel, meeting] = await library.createAnnotations(articleId, [
    { articleId, ...span('حماس'), tag: 'actor.armed-group' },
    { articleId, ...span('تبادل الأسرى'), tag: 'demand.prisoners' },
    { articleId, ...span('إسرائيل'), tag: 'actor.state' },
    { articleId, ...span('اللقاء'), tag: 'event.meeting' },
  ]);
  if (!hamas || !exchange || !israel || !meeting) throw new Error('not created');
  const journal = join(dir, 'annotations', `${articleId}.journal`);
  const lines = async () => (await readFile(journal, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { dir, library, articleId, hamas, exchange, israel, meeting, lines };
}

/** openTagged, plus one complete claim: Hamas demands the prisoner exchange from Israel (stance: for). */
export async function openWithClaim(dir: string, options: LibraryOptions = {}) {
  const tagged = await openTagged(dir, options);
  const { library, articleId, hamas, exchange, israel } = tagged;
  const claim = await library.createClaim({
    articleId,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: hamas.id },
      { role: 'demand', annotationId: exchange.id },
      { role: 'addressee', annotationId: israel.id },
    ],
    attributes: { stance: 'for' },
  });
  return { ...tagged, claim };
}
