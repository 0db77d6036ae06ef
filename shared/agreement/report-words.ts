/**
 * The words of the agreement report in English and Arabic: measure names,
 * column headings, the reasons a value is undefined, and number formatting
 * (three decimals, as reliability coefficients are reported). Shared by the
 * text, CSV and HTML renderings.
 */

import { listTags, type Label, type Taxonomy } from '../taxonomy';
import type { Measured, UndefinedReason } from './coding-data';
import type { MeasureName } from './report';

export type ReportLanguage = 'en' | 'ar';

type Pair = Readonly<Record<ReportLanguage, string>>;

export const MEASURE_NAMES: Record<MeasureName, Pair> = {
  'krippendorff-alpha-unitizing': {
    en: "Krippendorff's unitizing alpha (αu)",
    ar: 'ألفا كريبندورف للتقطيع (αu)',
  },
  'krippendorff-alpha-nominal': { en: "Krippendorff's alpha (nominal)", ar: 'ألفا كريبندورف (اسمي)' },
  'cohen-kappa': { en: "Cohen's kappa", ar: 'كابا كوهين' },
  'fleiss-kappa': { en: "Fleiss' kappa", ar: 'كابا فلايس' },
  'percent-agreement': { en: 'Percent agreement', ar: 'نسبة الاتفاق' },
};

export const REASONS: Record<UndefinedReason, Pair> = {
  'no-variation': {
    en: 'undefined: no variation (every value is the same)',
    ar: 'غير معرّف: لا تباين (القيم كلها واحدة)',
  },
  'no-pairable-units': {
    en: 'undefined: no unit coded by two coders',
    ar: 'غير معرّف: لا وحدة رمّزها مرمّزان',
  },
  'two-coders-only': {
    en: "undefined: Cohen's kappa is for two coders",
    ar: 'غير معرّف: كابا كوهين لمرمّزَين فقط',
  },
  'no-complete-units': {
    en: 'undefined: no unit coded by every coder',
    ar: 'غير معرّف: لا وحدة رمّزها كل المرمّزين',
  },
  'too-few-coders': { en: 'undefined: fewer than two coders', ar: 'غير معرّف: أقل من مرمّزَين' },
};

export const WORDS = {
  title: { en: 'Inter-coder agreement', ar: 'الاتفاق بين المرمّزين' },
  overall: { en: 'All categories', ar: 'كل الفئات' },
  none: { en: '(untagged)', ar: '(بلا وسم)' },
  category: { en: 'Category', ar: 'الفئة' },
  units: { en: 'Units', ar: 'الوحدات' },
  percent: { en: 'Agreement', ar: 'الاتفاق' },
  alone: { en: 'Only', ar: 'انفرد به' },
  coders: { en: 'Coders', ar: 'المرمّزون' },
  articles: { en: 'Articles', ar: 'المقالات' },
  article: { en: 'Article', ar: 'المقال' },
  annotations: { en: 'annotations', ar: 'التوسيمات' },
  confusion: { en: 'Confusions', ar: 'مصفوفة الالتباس' },
  contingency: {
    en: 'Rows: first coder; columns: second coder; units counted once.',
    ar: 'الصفوف: المرمّز الأول؛ الأعمدة: المرمّز الثاني؛ كل وحدة تُعدّ مرة.',
  },
  coincidence: {
    en: "Krippendorff's coincidence matrix: pairs of values within a unit, each unit weighted 1/(m − 1).",
    ar: 'مصفوفة التوافق لكريبندورف: أزواج القيم داخل الوحدة، ووزن كل وحدة 1/(m − 1).',
  },
  unit: { en: 'Units matched by', ar: 'مطابقة الوحدات' },
  continuumUnits: {
    en: 'Units: the text itself (αu compares the stretches each coder marked, character by character; no units are matched, untagged text is part of the comparison)',
    ar: 'الوحدات: النص نفسه (يقارن αu المقاطع التي علّمها كل مرمّز حرفًا حرفًا؛ لا تُطابَق وحدات، والنص غير الموسوم جزء من المقارنة)',
  },
  exact: { en: 'exact span', ar: 'المقطع نفسه' },
  overlap: { en: 'overlapping spans', ar: 'تداخل المقاطع' },
  untagged: { en: 'Untagged counts as', ar: 'غير الموسوم يُعدّ' },
  missingValue: { en: 'a missing value', ar: 'قيمة مفقودة' },
  noneValue: { en: 'the category "none"', ar: 'فئة «بلا وسم»' },
  by: { en: 'Categories', ar: 'الفئات' },
  byTag: { en: 'tag types', ar: 'أنواع الوسوم' },
  bySubtype: { en: 'tags with subtypes', ar: 'الوسوم بأنواعها الفرعية' },
  offsets: {
    en: 'Offsets and lengths in Unicode code points.',
    ar: 'المواضع والأطوال بنقاط الترميز في يونيكود.',
  },
} as const satisfies Record<string, Pair>;

/**
 * A value to three decimals ("0.743", "−0.700"), or the sentence saying why it
 * is undefined. A value that rounds to zero is "0.000" whatever its sign: κ of
 * exactly chance agreement computes as ±1e-17 depending on the coders' order,
 * and must not read "−0.000" one way and "0.000" the other.
 */
export function formatMeasured(m: Measured, language: ReportLanguage): string {
  if (!m.defined) return REASONS[m.reason][language];
  const text = m.value.toFixed(3);
  return text === '-0.000' ? '0.000' : text.replace(/^-/u, '−');
}

/** The label of a category key in `language`: the taxonomy's, "(untagged)" for NONE, else the key. */
export function categoryLabel(
  key: string,
  labels: ReadonlyMap<string, Label>,
  language: ReportLanguage,
): string {
  if (key === '') return WORDS.none[language];
  return labels.get(key)?.[language] || key;
}

/**
 * Labels of every tag of `taxonomies` (the first that names a tag wins): a
 * type's own label, and for "type.subtype" "Type: Subtype" in each language.
 */
export function tagLabels(taxonomies: readonly Taxonomy[]): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const tag of taxonomies.flatMap(listTags)) {
    if (labels.has(tag.id)) continue;
    const whole = tag.id === tag.typeId;
    labels.set(
      tag.id,
      whole
        ? tag.label
        : { ar: `${tag.typeLabel.ar}: ${tag.label.ar}`, en: `${tag.typeLabel.en}: ${tag.label.en}` },
    );
  }
  return labels;
}
