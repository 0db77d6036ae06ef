/**
 * Two coders' work on two real Arabic articles (the sample article and the
 * short fixture), for the adjudication tests: each coding names a phrase of
 * the text (its first occurrence, or a part of it with `within`), so offsets
 * are found in the text, never written by hand. Coders are set directly in
 * `author` (as an import "as a coder layer" writes them).
 * Three units are agreed; five are disagreements (tag, boundary, one coder only).
 */

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Library } from '../../electron/services/library/library';
import { utf16ToCodePoint } from '../../shared/code-points';
import type { HamishExport } from '../../shared/export-format';
import type { Annotation } from '../../shared/model';

// Paths without tests/unit/helpers.ts (it needs vitest): the e2e specs use this fixture too.
const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE_PATH = join(ROOT, 'resources', 'sample-article.ar.txt');
const fixture = (name: string): string => join(ROOT, 'tests', 'fixtures', name);
const readUtf8 = (path: string): Promise<string> => readFile(path, 'utf8');

export const CODER_A = 'سلمى';
export const CODER_B = 'Omar';

/** One coding: `phrase` (or `part` inside the first `phrase`) tagged `tag` by coder A ("a") or B ("b"). */
export interface PlannedCoding {
  coder: 'a' | 'b';
  phrase: string;
  part?: string;
  tag: string;
}

export const ARTICLES = [
  {
    title: 'ويتكوف والحية',
    path: SAMPLE_PATH,
    codings: [
      { coder: 'a', phrase: 'ستيف ويتكوف', tag: 'actor.person' },
      { coder: 'b', phrase: 'ستيف ويتكوف', tag: 'actor.person' },
      { coder: 'a', phrase: 'خليل الحية', tag: 'actor.person' },
      { coder: 'b', phrase: 'خليل الحية', tag: 'actor.armed-group' },
      { coder: 'a', phrase: 'حركة حماس', tag: 'actor.armed-group' },
      { coder: 'b', phrase: 'حركة حماس', part: 'حماس', tag: 'actor.armed-group' },
      { coder: 'a', phrase: 'وقف إطلاق النار', tag: 'demand.ceasefire' },
      { coder: 'b', phrase: 'اتفاق سلام دائم', tag: 'demand.other' },
    ],
  },
  {
    title: 'لقاء في القاهرة',
    path: fixture('short-article.ar.txt'),
    codings: [
      { coder: 'a', phrase: 'وزير الخارجية', tag: 'actor.person' },
      { coder: 'b', phrase: 'وزير الخارجية', tag: 'actor.person' },
      { coder: 'a', phrase: 'تبادل الأسرى', tag: 'demand.prisoners' },
      { coder: 'b', phrase: 'تبادل الأسرى', tag: 'event.negotiation' },
      { coder: 'a', phrase: 'إدخال المساعدات الإنسانية', tag: 'demand.aid' },
      { coder: 'b', phrase: 'إدخال المساعدات الإنسانية', tag: 'demand.aid' },
    ],
  },
] as const satisfies readonly { title: string; path: string; codings: readonly PlannedCoding[] }[];

/** The span [start, end) in code points of `coding` in `text`; throws when the phrase is not there. */
export function spanOf(
  text: string,
  coding: { phrase: string; part?: string },
): { start: number; end: number } {
  const at = text.indexOf(coding.phrase);
  if (at < 0) throw new Error(`«${coding.phrase}» is not in the text`);
  const inner = coding.part ?? coding.phrase;
  const from = at + coding.phrase.indexOf(inner);
  return { start: utf16ToCodePoint(text, from), end: utf16ToCodePoint(text, from + inner.length) };
}

/** Adds both articles to `library` with both coders' annotations; returns the articles' ids and texts in order. */
export async function writeTwoCoders(
  library: Library,
): Promise<{ id: string; text: string; title: string }[]> {
  const out: { id: string; text: string; title: string }[] = [];
  for (const planned of ARTICLES) {
    const meta = await library.addArticle({ title: planned.title, text: await readUtf8(planned.path) });
    const { text } = await library.getArticle(meta.id);
    const at = new Date().toISOString();
    const annotations = planned.codings.map((c): Annotation => ({
      id: randomUUID(),
      articleId: meta.id,
      ...spanOf(text, c),
      tag: c.tag,
      quote: '-',
      prefix: '',
      suffix: '',
      author: c.coder === 'a' ? CODER_A : CODER_B,
      createdAt: at,
      updatedAt: at,
    }));
    await library.restoreAnnotations(meta.id, annotations);
    out.push({ id: meta.id, text, title: planned.title });
  }
  return out;
}

/**
 * Coder B's newer export, as the layer-change tests re-import it: from `file`
 * (B's export), «وزير الخارجية» dropped (an agreed unit), «تبادل الأسرى»
 * retagged demand.aid, and «حماس» given a note (a new version, same span and tag).
 */
export function newerLayerOfB(file: HamishExport): HamishExport {
  const later = new Date(Date.now() + 60_000).toISOString();
  const copy = structuredClone(file);
  for (const article of copy.articles) {
    article.annotations = article.annotations
      .filter((a) => a.quote !== 'وزير الخارجية')
      .map((a) => {
        if (a.quote === 'تبادل الأسرى') return { ...a, tag: 'demand.aid', updatedAt: later };
        if (a.quote === 'حماس') return { ...a, note: 'الجناح العسكري؟', updatedAt: later };
        return a;
      });
  }
  return copy;
}
