/**
 * A library with known annotations for the analysis tests: real Arabic
 * articles (the sample article, the short fixture, parts of the sample,
 * one typed article with a variant spelling and the Arabic semicolon), each
 * phrase below tagged at every occurrence by the test, coders alternating.
 * One article is trashed (it must count for nothing). Also the test's own,
 * independent reckoning of sentences, paragraphs and actor keys.
 */

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../../../../electron/services/library/library';
import { createServices, type Services } from '../../../../../electron/services/services';
import type { Annotation, ArticleMeta } from '../../../../../shared/model';
import { fixture } from '../../../helpers';

export const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');

/** Phrase → tag and, for linked actors, the entity (by key into the entities made). */
export const PHRASES: { phrase: string; tag: string; entity?: 'W' | 'H' }[] = [
  { phrase: 'ويتكوف', tag: 'actor.person', entity: 'W' },
  { phrase: 'حماس', tag: 'actor.organisation', entity: 'H' },
  { phrase: 'الحية', tag: 'actor.person' },
  { phrase: 'الحيّة', tag: 'actor.person' },
  { phrase: 'الوفد', tag: 'actor' },
  { phrase: 'وقف إطلاق النار', tag: 'demand.ceasefire' },
  { phrase: 'تبادل الأسرى', tag: 'demand.prisoners' },
  { phrase: 'الإفراج عن الأسرى', tag: 'demand.prisoners' },
  { phrase: 'مساعدات إنسانية', tag: 'demand.aid' },
  { phrase: 'المساعدات الإنسانية', tag: 'demand.aid' },
  { phrase: 'الاستيطان', tag: 'demand.settlements' },
  { phrase: 'غارة', tag: 'event.attack' },
  { phrase: 'اللقاء', tag: 'event.meeting' },
];

export const CODERS = ['سارة', 'Omar'];

/** One annotation the test placed, with what it knows of its article. */
export interface Placed {
  id: string;
  articleId: string;
  start: number;
  end: number;
  tag: string;
  entityId?: string;
  author: string;
  quote: string;
  /** The article's canonical text (for the test's own sentence reckoning). */
  text: string;
}

export interface KnownLibrary {
  library: Library;
  services: Services;
  dir: string;
  metas: Map<string, ArticleMeta>;
  /** Placed annotations of every article, the trashed one's included. */
  placed: Placed[];
  trashedId: string;
  entities: { W: string; H: string };
}

/** Every occurrence of `phrase` in `text`, as code point spans. */
function occurrences(text: string, phrase: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const start = [...text.slice(0, at)].length;
    out.push([start, start + [...phrase].length]);
  }
  return out;
}

/** Builds the library in `dir` (a new folder). */
export async function knownLibrary(dir: string): Promise<KnownLibrary> {
  const library = await Library.open(join(dir, 'library'), { dailyBackup: false });
  const services = createServices(library, { searchAtOnce: false });
  const sample = await readFile(SAMPLE, 'utf8');
  const lines = sample.split('\n').filter((l) => l.trim() !== '');
  const articles = [
    { title: 'ويتكوف والحية', text: sample, source: 'الجزيرة', date: '2026-03-02', status: 'done' as const },
    {
      title: 'وزير الخارجية في القاهرة',
      text: await readFile(fixture('short-article.ar.txt'), 'utf8'),
      source: 'العربية',
      date: '2026-03-10T08:00:00Z',
    },
    { title: 'بلا تاريخ', text: lines.slice(4, 9).join('\n'), source: 'الجزيرة', date: '' },
    {
      title: 'تصريح الحية',
      text: 'وقال خليل الحيّة إن تبادل الأسرى أولوية؛ وأكد أن حماس تريد وقف إطلاق النار.',
      source: 'الجزيرة',
      date: '2026-03-03',
      status: 'in-progress' as const,
    },
    { title: 'في السلة', text: lines.slice(0, 2).join('\n'), source: 'العربية', date: '2026-03-20' },
  ];
  const W = (
    await library.saveEntity({
      name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: [],
    })
  ).id;
  const H = (
    await library.saveEntity({ name: { ar: 'حماس', en: 'Hamas' }, kind: 'organisation', aliases: [] })
  ).id;
  const entities = { W, H };
  const metas = new Map<string, ArticleMeta>();
  const placed: Placed[] = [];
  let n = 0;
  for (const a of articles) {
    const added = await library.addArticle({
      title: a.title,
      text: a.text,
      source: a.source,
      date: a.date,
      language: 'ar',
    });
    const meta = a.status ? await library.updateMeta(added.id, { status: a.status }) : added;
    const { text } = await library.getArticle(meta.id);
    const now = new Date().toISOString();
    const mine: Annotation[] = [];
    for (const p of PHRASES) {
      for (const [start, end] of occurrences(text, p.phrase)) {
        const author = CODERS[n++ % CODERS.length] as string;
        const entityId = p.entity ? entities[p.entity] : undefined;
        const id = randomUUID();
        placed.push({
          id,
          articleId: meta.id,
          start,
          end,
          tag: p.tag,
          author,
          quote: p.phrase,
          text,
          ...(entityId ? { entityId } : {}),
        });
        mine.push({
          id,
          articleId: meta.id,
          start,
          end,
          tag: p.tag,
          quote: p.phrase,
          prefix: '',
          suffix: '',
          author,
          createdAt: now,
          updatedAt: now,
          ...(entityId ? { entityId } : {}),
        });
      }
    }
    await library.restoreAnnotations(meta.id, mine);
    metas.set(meta.id, meta);
  }
  const trashedId = [...metas.keys()][4] as string;
  await library.trashArticle(trashedId);
  return { library, services, dir, metas, placed, trashedId, entities };
}

/** The test's own sentence of code point `at`: where it starts (after the last . ! ? ؟ ؛ or line break before it). */
export function sentenceStart(text: string, at: number): number {
  const points = [...text];
  for (let i = at - 1; i >= 0; i--) if (/[.!?؟؛\n]/u.test(points[i] as string)) return i + 1;
  return 0;
}

/** The test's own paragraph of code point `at`: the line it is on. */
export function lineOf(text: string, at: number): number {
  return [...text].slice(0, at).filter((c) => c === '\n').length;
}

/** The test's own actor key: the entity, else the quote without harakat, with ة→ه, أإآ→ا, ى→ي. */
export function actorKey(p: Pick<Placed, 'entityId' | 'quote'>): string {
  if (p.entityId) return `e:${p.entityId}`;
  const folded = p.quote
    .replace(/[\u064B-\u065F\u0670]/gu, '')
    .replace(/ة/gu, 'ه')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي');
  return `q:${folded}`;
}
