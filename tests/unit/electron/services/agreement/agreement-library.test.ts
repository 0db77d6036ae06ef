/**
 * The agreement report over the library's coder layers (agreement-library.ts),
 * on a real library in a temp folder with the real Arabic sample article:
 * two coders' annotations placed by the test (author set directly, one left
 * without author for the local coder), the expected percent agreement,
 * Cohen's κ and Krippendorff's α worked out here from the units written out
 * by hand, the article only one coder coded named as left out, a trashed
 * article and another source's article kept out by the filter, and the
 * report computed in the worker thread.
 */

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgreementService } from '../../../../../electron/services/agreement/agreement-library';
import { Library } from '../../../../../electron/services/library/library';
import { createServices } from '../../../../../electron/services/services';
import { agreementReport } from '../../../../../shared/agreement/report';
import type { Annotation } from '../../../../../shared/model';
import type { AgreementRequest } from '../../../../../shared/schema/agreement-schema';
import { fixture, useTempDirs } from '../../../helpers';
import { turnsDuring } from '../../../../../bench/event-loop';
import { cohenKappa, nominalAlpha, percentAgreement, type Value } from './agreement-expected';

const SAMPLE = join(import.meta.dirname, '../../../../../../shared/sample-article.ar.txt');
const tempDir = useTempDirs();
const [A, B] = ['سارة', 'Omar'] as const;

/** The code point span of the first `phrase` in `text` at or after UTF-16 index `from` (+ `skip` code points). */
function spanOf(text: string, phrase: string, skip = 0): [number, number] {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`no ${phrase}`);
  const start = [...text.slice(0, at)].length + skip;
  return [start, [...text.slice(0, at)].length + [...phrase].length];
}

interface Placing {
  phrase: string;
  tag: string;
  author: string | undefined;
  skip?: number;
}

async function place(library: Library, articleId: string, placings: Placing[]): Promise<void> {
  const { text } = await library.getArticle(articleId);
  const now = new Date().toISOString();
  const points = [...text];
  const list: Annotation[] = placings.map(({ phrase, tag, author, skip }) => {
    const [start, end] = spanOf(text, phrase, skip);
    return {
      id: randomUUID(),
      articleId,
      start,
      end,
      tag,
      quote: points.slice(start, end).join(''),
      prefix: '',
      suffix: '',
      createdAt: now,
      updatedAt: now,
      ...(author ? { author } : {}),
    };
  });
  await library.restoreAnnotations(articleId, list);
}

/** The sample article coded by both (A's "اللقاء" without author: the local coder's), plus three more articles. */
async function twoCoderLibrary() {
  const dir = await tempDir();
  const library = await Library.open(join(dir, 'library'), { dailyBackup: false, coder: () => A });
  const services = createServices(library, { searchAtOnce: false });
  const sample = await readFile(SAMPLE, 'utf8');
  const add = (title: string, text: string, source: string) =>
    library.addArticle({ title, text, source, language: 'ar' });
  const main = await add('ويتكوف والحية', sample, 'الجزيرة');
  await place(library, main.id, [
    { phrase: 'ستيف ويتكوف', tag: 'actor.person', author: A },
    { phrase: 'ستيف ويتكوف', tag: 'actor.person', author: B },
    { phrase: 'خليل الحية', tag: 'actor.person', author: A },
    { phrase: 'خليل الحية', tag: 'actor.person', author: B },
    { phrase: 'حماس', tag: 'actor.organisation', author: A },
    { phrase: 'حماس', tag: 'actor.organisation', author: B },
    { phrase: 'وقف إطلاق النار', tag: 'demand.ceasefire', author: A },
    { phrase: 'وقف إطلاق النار', tag: 'event', author: B },
    { phrase: 'تبادل الأسرى', tag: 'demand.prisoners', author: A },
    // "الأسرى" inside A's "تبادل الأسرى": its own unit by exact span, the same unit by overlap.
    { phrase: 'تبادل الأسرى', tag: 'demand.prisoners', author: B, skip: [...'تبادل '].length },
    { phrase: 'اللقاء', tag: 'event.meeting', author: undefined },
    { phrase: 'اللقاء', tag: 'event.meeting', author: B },
    { phrase: 'غزة', tag: 'actor.organisation', author: B },
  ]);
  const onlyA = await add(
    'وزير الخارجية',
    await readFile(fixture('short-article.ar.txt'), 'utf8'),
    'الجزيرة',
  );
  const short = (await library.getArticle(onlyA.id)).text;
  const firstWord = short.split(/\s/u)[0] as string;
  await place(library, onlyA.id, [{ phrase: firstWord, tag: 'actor', author: A }]);
  const lines = sample.split('\n').filter((l) => l.trim());
  const trashed = await add('في السلة', lines.slice(0, 2).join('\n'), 'الجزيرة');
  await place(library, trashed.id, [
    { phrase: 'حماس', tag: 'actor', author: A },
    { phrase: 'حماس', tag: 'demand', author: B },
  ]);
  await library.trashArticle(trashed.id);
  const other = await add('مصدر آخر', lines.slice(0, 1).join('\n'), 'العربية');
  await place(library, other.id, [
    { phrase: 'ويتكوف', tag: 'event', author: A },
    { phrase: 'ويتكوف', tag: 'actor', author: B },
  ]);
  return { library, services, main, onlyA, other };
}

const request = (over: Partial<AgreementRequest> = {}): AgreementRequest => ({
  articles: { sources: ['الجزيرة'] },
  coders: [A, B],
  measure: 'kappa',
  by: 'tag',
  unit: 'exact',
  untagged: 'none',
  ...over,
});

// The units of the sample article by exact span, written out by hand (N = untagged), in text order.
const UNITS_EXACT: [Value, Value][] = [
  ['actor', 'actor'], // ستيف ويتكوف
  ['actor', 'actor'], // خليل الحية
  ['actor', 'actor'], // حماس
  [null, 'actor'], // غزة (B alone)
  ['event', 'event'], // اللقاء (A: no author, the local coder)
  ['demand', 'event'], // وقف إطلاق النار
  ['demand', null], // تبادل الأسرى (A alone)
  [null, 'demand'], // الأسرى (B alone)
];
// By overlap, "الأسرى" joins "تبادل الأسرى": one agreeing unit instead of two lone ones.
const UNITS_OVERLAP: [Value, Value][] = [...UNITS_EXACT.slice(0, 6), ['demand', 'demand']];

describe('AgreementService over the library', () => {
  it("computes the CLI's measures from the chosen coders' layers, equal to the values worked out by hand", async () => {
    const { library, services, onlyA } = await twoCoderLibrary();
    const kappa = await services.agreement.report(request());
    const [report] = kappa.reports;
    expect(report?.measure).toBe('cohen-kappa');
    expect(report?.articles.map((a) => a.title)).toEqual(['ويتكوف والحية']);
    expect(report?.overall.units).toBe(UNITS_EXACT.length);
    expect(report?.overall.alone).toEqual([1, 2]);
    expect(report?.annotations).toEqual([6, 7]);
    const value = (m: { defined: boolean; value?: number } | undefined) => (m?.defined ? m.value : NaN);
    expect(value(report?.overall.measure)).toBeCloseTo(cohenKappa(UNITS_EXACT), 12);
    expect(value(report?.overall.percent)).toBeCloseTo(percentAgreement(UNITS_EXACT), 12);
    // The article only A coded is left out and named; the trashed one and the other source's are not there at all.
    expect(kappa.leftOutCount).toBe(1);
    expect(kappa.leftOut).toEqual([{ id: onlyA.id, title: 'وزير الخارجية', missingFrom: [B] }]);

    const alpha = await services.agreement.report(request({ measure: 'alpha', unit: 'overlap' }));
    expect(alpha.reports[0]?.overall.units).toBe(UNITS_OVERLAP.length);
    expect(value(alpha.reports[0]?.overall.measure)).toBeCloseTo(nominalAlpha(UNITS_OVERLAP), 12);
    // The hand-worked α of the exact units: Do = 8/16, De = (256 − (7² + 3² + 3² + 3²)) / (16·15) = 180/240.
    const exactAlpha = await services.agreement.report(request({ measure: 'alpha' }));
    expect(value(exactAlpha.reports[0]?.overall.measure)).toBeCloseTo(1 - 8 / 16 / (180 / 240), 12);
    expect(nominalAlpha(UNITS_EXACT)).toBeCloseTo(1 - 8 / 16 / (180 / 240), 12);
    await library.close();
  });

  it('gives every measure at once, αu over the article as the shared report computes it on the same spans', async () => {
    const { library, services, main } = await twoCoderLibrary();
    const all = await services.agreement.report(request({ measure: 'all', by: 'subtype' }));
    expect(all.reports.map((r) => r.measure)).toEqual([
      'krippendorff-alpha-unitizing',
      'krippendorff-alpha-nominal',
      'cohen-kappa',
      'percent-agreement',
    ]);
    const annotations = await library.listAnnotations(main.id);
    const layer = (coder: string) =>
      annotations
        .filter((a) => (a.author ?? A) === coder)
        .map((a) => ({ start: a.start, end: a.end, tag: a.tag }));
    const expected = agreementReport(
      [A, B],
      [{ id: main.id, title: main.title, length: main.length, codings: [layer(A), layer(B)] }],
      { measure: 'alpha-u', by: 'subtype', unit: 'exact', untagged: 'none' },
    );
    expect(all.reports[0]).toEqual(expected);
    expect(all.reports[0]?.rows.map((r) => r.category)).toContain('demand.ceasefire');
    await library.close();
  });

  it('the article filter picks the set: without the source every untrashed article both coded counts', async () => {
    const { library, services, other } = await twoCoderLibrary();
    const report = (await services.agreement.report(request({ articles: {} }))).reports[0];
    expect(report?.articles.map((a) => a.id)).toHaveLength(2);
    expect(report?.articles.map((a) => a.id)).toContain(other.id);
    // One more unit, a disagreement (event × actor).
    expect(report?.overall.units).toBe(UNITS_EXACT.length + 1);
    const units: [Value, Value][] = [...UNITS_EXACT, ['event', 'actor']];
    expect(report?.overall.percent.defined && report.overall.percent.value).toBeCloseTo(
      percentAgreement(units),
      12,
    );
    await library.close();
  });

  it('lists the coders of the chosen articles, the local coder standing for annotations without author', async () => {
    const { library, services } = await twoCoderLibrary();
    expect(await services.agreement.coders({ sources: ['الجزيرة'] })).toEqual([
      { name: B, annotations: 7, articles: 1 },
      { name: A, annotations: 7, articles: 2 },
    ]);
    await library.close();
  });

  it('says α is undefined when there is no variation, with the reason', async () => {
    const dir = await tempDir();
    const library = await Library.open(join(dir, 'library'), { dailyBackup: false });
    const services = createServices(library, { searchAtOnce: false });
    const meta = await library.addArticle({ title: 'اتفاق تام', text: await readFile(SAMPLE, 'utf8') });
    await place(library, meta.id, [
      { phrase: 'حماس', tag: 'actor', author: A },
      { phrase: 'حماس', tag: 'actor', author: B },
    ]);
    const [report] = (await services.agreement.report(request({ measure: 'alpha', articles: {} }))).reports;
    expect(report?.overall.measure).toEqual({ defined: false, reason: 'no-variation', units: 1 });
    await library.close();
  });

  it('computes in the worker thread: main keeps turning while a large report is made', async () => {
    const dir = await tempDir();
    const library = await Library.open(join(dir, 'library'), { dailyBackup: false });
    const here = createServices(library, { searchAtOnce: false });
    const sample = await readFile(SAMPLE, 'utf8');
    const tags = ['actor.person', 'actor.organisation', 'demand.aid', 'event.meeting'];
    for (let a = 0; a < 30; a++) {
      const meta = await library.addArticle({ title: `مقال ${a}`, text: `${sample}\n${a}` });
      const now = new Date().toISOString();
      const list: Annotation[] = [];
      for (let i = 0; i < 100; i++) {
        const start = i * 20;
        for (const [c, author] of [A, B].entries()) {
          const tag = tags[(i + (c === 1 && i % 3 === 0 ? 1 : 0)) % tags.length] as string;
          const end = start + 5 + (c === 1 && i % 4 === 0 ? 1 : 0);
          const quote = [...sample].slice(start, end).join('');
          list.push({
            id: randomUUID(),
            articleId: meta.id,
            start,
            end,
            tag,
            quote,
            prefix: '',
            suffix: '',
            author,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      await library.restoreAnnotations(meta.id, list);
    }
    await here.agreement.coders({}); // builds the aggregate first: that part reads files on main
    const inWorker = await turnsDuring(() =>
      here.agreement.report(request({ measure: 'all', articles: {} })),
    );
    const onMain = new AgreementService(library, here.analysis.aggregate, (coders, articles, options) =>
      Promise.resolve(options.map((o) => agreementReport(coders, articles, o))),
    );
    const blocking = await turnsDuring(() => onMain.report(request({ measure: 'all', articles: {} })));
    expect(inWorker.value).toEqual(blocking.value);
    // Computed on main, the report holds the loop for its whole length (a few turns, between its awaits);
    // in the worker, main's loop keeps turning meanwhile. Counted turns, not wall-clock gaps: a busy
    // machine pauses the process either way, but cannot make a held loop turn.
    console.log(`agreement report turns: worker ${inWorker.turns}, main ${blocking.turns}`);
    expect(inWorker.turns).toBeGreaterThan(10 * (blocking.turns + 1));
    await library.close();
  }, 120_000);
});
