/**
 * The library the analysis e2e tests and screenshots open: the sample
 * article and two more made of its paragraphs (one a fortnight later from
 * another outlet, one undated), each phrase below tagged by the test at
 * every occurrence (actors linked to entities). Returns the test's own
 * counts, reckoned from the texts with indexOf, independent of the app.
 */

import { readFile } from 'node:fs/promises';
import { Library } from '../../electron/services/library/library';
import { SAMPLE_PATH } from './harness';

/** Phrase → tag, and the entity it names (by key of ENTITIES). */
export const PHRASES: { phrase: string; tag: string; entity?: 'witkoff' | 'hamas' }[] = [
  { phrase: 'ويتكوف', tag: 'actor.person', entity: 'witkoff' },
  { phrase: 'حماس', tag: 'actor.organisation', entity: 'hamas' },
  { phrase: 'وقف إطلاق النار', tag: 'demand.ceasefire' },
  { phrase: 'تبادل الأسرى', tag: 'demand.prisoners' },
  { phrase: 'مساعدات', tag: 'demand.aid' },
  { phrase: 'اللقاء', tag: 'event.meeting' },
];

const ENTITIES = {
  witkoff: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
  hamas: { ar: 'حماس', en: 'Hamas' },
} as const;

/** One annotation the test placed. */
export interface PlacedMention {
  articleId: string;
  title: string;
  /** Code points into the canonical text. */
  start: number;
  end: number;
  tag: string;
  phrase: string;
}

export interface AnalysisLibrary {
  placed: PlacedMention[];
  /** Annotations per tag, counted by the test. */
  byTag: Map<string, number>;
  entityIds: Record<keyof typeof ENTITIES, string>;
  /** Each article's canonical text and source, by id. */
  articles: Map<string, { text: string; source: string }>;
}

/** Code-point spans of every occurrence of `phrase` in `text`. */
function occurrences(text: string, phrase: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    const start = [...text.slice(0, at)].length;
    spans.push([start, start + [...phrase].length]);
  }
  return spans;
}

/** Writes the library into `dir` (closed again after) and returns what the test placed. */
export async function writeAnalysisLibrary(dir: string): Promise<AnalysisLibrary> {
  const library = await Library.open(dir);
  const sample = (await readFile(SAMPLE_PATH, 'utf8')).trim();
  const paragraphs = sample.split(/\n+/u);
  const articles = [
    { title: 'ويتكوف يلتقي الحية', text: sample, source: 'الجزيرة', date: '2026-03-02' },
    {
      title: 'متابعة: المفاوضات',
      text: paragraphs.slice(0, 3).join('\n'),
      source: 'العربية',
      date: '2026-03-16',
    },
    { title: 'تحليل بلا تاريخ', text: paragraphs.slice(-2).join('\n'), source: 'العربية' },
  ];
  const entityIds = {
    witkoff: (await library.saveEntity({ name: ENTITIES.witkoff, kind: 'person', aliases: [] })).id,
    hamas: (await library.saveEntity({ name: ENTITIES.hamas, kind: 'organisation', aliases: [] })).id,
  };
  const placed: PlacedMention[] = [];
  const texts = new Map<string, { text: string; source: string }>();
  for (const a of articles) {
    const meta = await library.addArticle({ ...a, language: 'ar' });
    const { text } = await library.getArticle(meta.id);
    texts.set(meta.id, { text, source: a.source });
    const inputs = PHRASES.flatMap((p) =>
      occurrences(text, p.phrase).map(([start, end]) => {
        placed.push({ articleId: meta.id, title: a.title, start, end, tag: p.tag, phrase: p.phrase });
        return {
          articleId: meta.id,
          start,
          end,
          tag: p.tag,
          ...(p.entity ? { entityId: entityIds[p.entity] } : {}),
        };
      }),
    );
    await library.createAnnotations(meta.id, inputs);
  }
  await library.close();
  const byTag = new Map<string, number>();
  for (const p of placed) byTag.set(p.tag, (byTag.get(p.tag) ?? 0) + 1);
  return { placed, byTag, entityIds, articles: texts };
}
