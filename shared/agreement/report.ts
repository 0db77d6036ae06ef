/**
 * The agreement report: from two or more coders' annotations of the same
 * articles, the chosen measure per category (tag type or subtype) and
 * overall, per article, the percent agreement, the units each coder alone
 * tagged, and the matrix of confusions. Pure: the CLI and the app feed it
 * annotations and render what it returns (report-text.ts, report-csv.ts,
 * report-html.ts). Offsets are code points.
 */

import { recodeToCategory, someUnits, unitsWith, confusionCells } from './category-data';
import type { CodingData, Measured } from './coding-data';
import { cohenKappa, fleissKappa } from './kappa';
import { krippendorffAlphaNominal } from './krippendorff-alpha';
import { percentAgreement } from './percent-agreement';
import {
  codingDataOf,
  matchUnits,
  NONE,
  type CodedSpan,
  type MatchedUnit,
  type UnitRule,
  type UntaggedAs,
} from './units';
import {
  unitizingAlpha,
  unitizingCategoryAlpha,
  type ContinuumUnit,
  type UnitizingStudy,
} from './unitizing-alpha';

export const MEASURES = ['alpha-u', 'alpha', 'kappa', 'percent'] as const;
export type MeasureChoice = (typeof MEASURES)[number];
/** The app's measure choices: one of the CLI's, or "all" (every measure, side by side). */
export const AGREEMENT_MEASURE_CHOICES = [...MEASURES, 'all'] as const;
export const LEVELS = ['tag', 'subtype'] as const;
/** Compare tag types ("tag") or full tags with their subtype ("subtype"). */
export type CategoryLevel = (typeof LEVELS)[number];
export const UNIT_RULES = ['exact', 'overlap'] as const;
export const UNTAGGED = ['none', 'missing'] as const;

export interface AgreementOptions {
  measure: MeasureChoice;
  by: CategoryLevel;
  unit: UnitRule;
  untagged: UntaggedAs;
}

/** The measure actually computed ("kappa" is Cohen's for two coders, Fleiss' for more). */
export type MeasureName =
  | 'krippendorff-alpha-unitizing'
  | 'krippendorff-alpha-nominal'
  | 'cohen-kappa'
  | 'fleiss-kappa'
  | 'percent-agreement';

/** One coder's annotation of an article: [start, end) in code points and its tag id ("type" or "type.subtype"). */
export interface TagSpan {
  start: number;
  end: number;
  tag: string;
}

/** One article all coders coded: its length in code points and each coder's annotations (same order as the coders). */
export interface CodedArticle {
  id: string;
  title: string;
  length: number;
  codings: readonly (readonly TagSpan[])[];
}

/** One line of the report: a category (NONE-free key) or the whole, "" for overall. */
export interface ReportRow {
  category: string;
  /** Units (matched spans) in which some coder gave the category (overall: all units). */
  units: number;
  measure: Measured;
  /** Percent agreement (0..1) over those units. */
  percent: Measured;
  /** Per coder: units only that coder tagged (with this category). */
  alone: number[];
  /** Coders who gave the category at least once (overall: every coder). */
  coders: number;
}

export interface ArticleRow {
  id: string;
  title: string;
  units: number;
  measure: Measured;
}

export interface AgreementReport {
  options: AgreementOptions;
  measure: MeasureName;
  coders: string[];
  /** Per coder: annotations given (duplicates included). */
  annotations: number[];
  overall: ReportRow;
  rows: ReportRow[];
  articles: ArticleRow[];
  /** Contingency table (two coders) or coincidence matrix (more), untagged shown as NONE (last). */
  confusion: { kind: 'contingency' | 'coincidence'; categories: string[]; cells: number[][] };
}

/** The category of a tag at `by`: its type ("actor") or the whole tag ("actor.person"). */
export const categoryOf = (tag: string, by: CategoryLevel): string =>
  by === 'tag' ? (tag.split('.')[0] ?? tag) : tag;

/** The measure `options.measure` names for `coders` coders. */
export function measureName(measure: MeasureChoice, coders: number): MeasureName {
  if (measure === 'alpha-u') return 'krippendorff-alpha-unitizing';
  if (measure === 'alpha') return 'krippendorff-alpha-nominal';
  if (measure === 'percent') return 'percent-agreement';
  return coders === 2 ? 'cohen-kappa' : 'fleiss-kappa';
}

const CODING: Record<Exclude<MeasureName, 'krippendorff-alpha-unitizing'>, (d: CodingData) => Measured> = {
  'krippendorff-alpha-nominal': krippendorffAlphaNominal,
  'cohen-kappa': cohenKappa,
  'fleiss-kappa': fleissKappa,
  'percent-agreement': percentAgreement,
};

/** The articles as one continuum (each article after the previous one), categories at `by`. */
export function continuumOf(
  articles: readonly CodedArticle[],
  coders: number,
  by: CategoryLevel,
): UnitizingStudy {
  const units: ContinuumUnit[][] = Array.from({ length: coders }, () => []);
  let offset = 0;
  for (const article of articles) {
    article.codings.forEach((spans, r) =>
      units[r]?.push(
        ...spans.map((s) => ({
          start: offset + s.start,
          end: offset + s.end,
          category: categoryOf(s.tag, by),
        })),
      ),
    );
    offset += article.length;
  }
  return { begin: 0, length: offset, coders: units };
}

/**
 * Per category (and under "" for all), per coder, the units in which only that
 * coder has an annotation; one pass over the units.
 */
function aloneCounts(units: readonly MatchedUnit[], coders: number): Map<string, number[]> {
  const counts = new Map<string, number[]>([['', new Array<number>(coders).fill(0)]]);
  const bump = (key: string, coder: number) => {
    const row = counts.get(key) ?? new Array<number>(coders).fill(0);
    row[coder] = (row[coder] ?? 0) + 1;
    counts.set(key, row);
  };
  for (const unit of units) {
    let only = -1;
    for (let c = 0; c < unit.members.length; c++) {
      if (!unit.members[c]) continue;
      only = only === -1 ? c : -2;
      if (only === -2) break;
    }
    const member = only >= 0 ? unit.members[only] : null;
    if (!member) continue;
    bump('', only);
    bump(member.category, only);
  }
  return counts;
}

function articleUnits(article: CodedArticle, options: AgreementOptions): MatchedUnit[] {
  const spans = article.codings.map((list) =>
    list.map((s): CodedSpan => ({
      start: s.start,
      end: s.end,
      category: categoryOf(s.tag, options.by),
      group: categoryOf(s.tag, 'tag'),
    })),
  );
  return matchUnits(spans, options.unit);
}

/**
 * The report for `coders` (names, in the order of each article's `codings`)
 * over `articles`, with `options`. Categories are those any coder used, sorted.
 */
export function agreementReport(
  coders: readonly string[],
  articles: readonly CodedArticle[],
  options: AgreementOptions,
): AgreementReport {
  const name = measureName(options.measure, coders.length);
  const perArticle = articles.map((a) => articleUnits(a, options));
  const units = perArticle.flat();
  const data = codingDataOf(coders, units, options.untagged);
  const study = continuumOf(articles, coders.length, options.by);
  const categories = [
    ...new Set(units.flatMap((u) => u.members.flatMap((m) => (m ? [m.category] : [])))),
  ].sort();
  const coding = name === 'krippendorff-alpha-unitizing' ? undefined : CODING[name];
  const alone = aloneCounts(units, coders.length);
  const overall: ReportRow = {
    category: '',
    units: units.length,
    measure: coding ? coding(data) : unitizingAlpha(study).measured,
    percent: percentAgreement(data),
    alone: alone.get('') ?? [],
    coders: coders.length,
  };
  const rows = categories.map((category): ReportRow => {
    const involved = unitsWith(data, category);
    const recoded = recodeToCategory(data, category);
    const percent = percentAgreement(someUnits(recoded, involved));
    // A category's percent agreement is over the units where someone gave it (docs/agreement.md),
    // whether it is the measure asked for or the column beside another measure: one figure, not two.
    const measure =
      name === 'percent-agreement'
        ? percent
        : coding
          ? coding(recoded)
          : unitizingCategoryAlpha(study, category).measured;
    return {
      category,
      units: involved.length,
      measure,
      percent,
      alone: alone.get(category) ?? new Array<number>(coders.length).fill(0),
      coders: coders.filter((_, c) => units.some((u) => u.members[c]?.category === category)).length,
    };
  });
  const articleRows = articles.map((article, i): ArticleRow => {
    const own = perArticle[i] ?? [];
    return {
      id: article.id,
      title: article.title,
      units: own.length,
      measure: coding
        ? coding(codingDataOf(coders, own, options.untagged))
        : unitizingAlpha(continuumOf([article], coders.length, options.by)).measured,
    };
  });
  const shown = [...categories, NONE];
  return {
    options,
    measure: name,
    coders: [...coders],
    annotations: coders.map((_, c) => articles.reduce((n, a) => n + (a.codings[c]?.length ?? 0), 0)),
    overall,
    rows,
    articles: articleRows,
    confusion: {
      kind: coders.length === 2 ? 'contingency' : 'coincidence',
      categories: shown,
      cells: confusionCells(codingDataOf(coders, units, 'none'), shown),
    },
  };
}
