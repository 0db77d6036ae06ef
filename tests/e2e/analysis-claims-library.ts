/**
 * The analysis library (analysis-library.ts) with claims the test places:
 * two more actors tagged in the sample article (إسرائيل, a state, and الحية,
 * a person, both linked to no entity, so they count by their quote), then
 * "claim" claims in the sample and the second article; the undated third
 * article gets none (the claims view says it leaves one article out).
 * Returns the claims as the test made them, to count from.
 */

import { Library } from '../../electron/services/library/library';
import { writeAnalysisLibrary, type AnalysisLibrary, type PlacedMention } from './analysis-library';

/** One placed claim: its claimant's, demand's and addressee's mentions. */
export interface PlacedClaim {
  claimant: PlacedMention;
  demand: PlacedMention;
  addressee: PlacedMention;
}

export interface ClaimsLibrary extends AnalysisLibrary {
  claims: PlacedClaim[];
}

/** Code-point span of the `nth` occurrence of `phrase` in `text`, or null. */
function nth(text: string, phrase: string, n: number): [number, number] | null {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) return null;
  }
  const start = [...text.slice(0, at)].length;
  return [start, start + [...phrase].length];
}

/** Writes the library with claims into `dir` (closed after). */
export async function writeClaimsLibrary(dir: string): Promise<ClaimsLibrary> {
  const known = await writeAnalysisLibrary(dir);
  const library = await Library.open(dir);
  const metas = await library.listArticles();
  const byTitle = new Map(metas.map((m) => [m.title, m.id]));
  const claims: PlacedClaim[] = [];
  // Titles of the sample and of the second article (analysis-library.ts).
  for (const title of ['ويتكوف يلتقي الحية', 'متابعة: المفاوضات']) {
    const articleId = byTitle.get(title) as string;
    const { text } = await library.getArticle(articleId);
    const extra = [
      { phrase: 'إسرائيل', tag: 'actor.state' },
      { phrase: 'الحية', tag: 'actor.person' },
    ].flatMap((p) => {
      const span = nth(text, p.phrase, 0);
      return span ? [{ ...p, start: span[0], end: span[1] }] : [];
    });
    await library.createAnnotations(
      articleId,
      extra.map((e) => ({ articleId, start: e.start, end: e.end, tag: e.tag })),
    );
    for (const e of extra)
      known.placed.push({ articleId, title, start: e.start, end: e.end, tag: e.tag, phrase: e.phrase });
    known.byTag = new Map();
    for (const p of known.placed) known.byTag.set(p.tag, (known.byTag.get(p.tag) ?? 0) + 1);
    const annotations = await library.listAnnotations(articleId);
    const mention = (phrase: string, n: number) => {
      const span = nth(text, phrase, n);
      const found = span && annotations.find((a) => a.start === span[0] && a.end === span[1]);
      const placed = found && known.placed.find((p) => p.articleId === articleId && p.start === found.start);
      return found && placed ? { id: found.id, placed } : null;
    };
    const plan: [string, number, string, number, string, number][] =
      title === 'ويتكوف يلتقي الحية'
        ? [
            ['حماس', 0, 'تبادل الأسرى', 0, 'إسرائيل', 0],
            ['حماس', 1, 'وقف إطلاق النار', 0, 'إسرائيل', 0],
            ['ويتكوف', 0, 'وقف إطلاق النار', 1, 'الحية', 0],
            ['الحية', 0, 'مساعدات', 0, 'ويتكوف', 1],
          ]
        : [['حماس', 0, 'تبادل الأسرى', 0, 'إسرائيل', 0]];
    for (const [c, ci, d, di, a, ai] of plan) {
      const claimant = mention(c, ci);
      const demand = mention(d, di);
      const addressee = mention(a, ai);
      if (!claimant || !demand || !addressee)
        throw new Error(`claim ${c} ${d} ${a} not placeable in ${title}`);
      await library.createClaim({
        articleId,
        frame: 'claim',
        members: [
          { role: 'claimant', annotationId: claimant.id },
          { role: 'demand', annotationId: demand.id },
          { role: 'addressee', annotationId: addressee.id },
        ],
      });
      claims.push({ claimant: claimant.placed, demand: demand.placed, addressee: addressee.placed });
    }
  }
  await library.close();
  return { ...known, claims };
}
