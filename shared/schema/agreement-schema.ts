/**
 * The shapes of the in-app agreement report's calls: which articles (the
 * article part of the analysis filter), which coders (two or more, an
 * annotation's `author`), and the options of `hamish agreement` (measure, or
 * every measure at once; categories by tag or subtype; units by exact span
 * or overlap; untagged as missing or "none"). Validated in main (IPC).
 */

import { z } from 'zod';
import {
  AGREEMENT_MEASURE_CHOICES,
  LEVELS,
  UNIT_RULES,
  UNTAGGED,
  type AgreementReport,
} from '../agreement/report';
import { analysisFilterSchema } from './analysis-schema';
import { MAX_CODER_NAME_LENGTH } from './limits';

/** Most coders one report compares. */
export const MAX_AGREEMENT_CODERS = 20;

/** A coder's name as annotations carry it in `author` (trimmed, not empty). */
export const coderNameSchema = z
  .string()
  .min(1)
  .max(MAX_CODER_NAME_LENGTH)
  .refine((name) => name === name.trim(), { message: 'a coder name without spaces around it' });

/** The articles a report covers: the analysis filter's article part (sources, dates, statuses, ids). */
export const agreementArticlesSchema = analysisFilterSchema.pick({
  sources: true,
  from: true,
  to: true,
  statuses: true,
  articleIds: true,
});

export const agreementRequestSchema = z.strictObject({
  articles: agreementArticlesSchema,
  coders: z
    .array(coderNameSchema)
    .min(2)
    .max(MAX_AGREEMENT_CODERS)
    .refine((coders) => new Set(coders).size === coders.length, { message: 'each coder once' }),
  measure: z.enum(AGREEMENT_MEASURE_CHOICES),
  by: z.enum(LEVELS),
  unit: z.enum(UNIT_RULES),
  untagged: z.enum(UNTAGGED),
});

/** The files the report exports to. */
export const AGREEMENT_FILE_KINDS = ['csv', 'html'] as const;
export type AgreementFileKind = (typeof AGREEMENT_FILE_KINDS)[number];

export type AgreementArticles = z.infer<typeof agreementArticlesSchema>;
export type AgreementRequest = z.infer<typeof agreementRequestSchema>;

/** A coder of the library's annotations, as the Agreement view offers them. */
export interface AgreementCoder {
  /** The name (an annotation's `author`; annotations without one count as the local coder's). */
  name: string;
  /** Annotations this coder made in the chosen articles. */
  annotations: number;
  /** Chosen articles in which this coder made at least one annotation. */
  articles: number;
}

/** An article some chosen coders coded and others did not: left out of the report. */
export interface AgreementLeftOut {
  id: string;
  title: string;
  /** The chosen coders with no annotation in it. */
  missingFrom: string[];
}

/** Left-out articles named in a result; past these only their number is given. */
export const LEFT_OUT_NAMED = 50;

/** The report(s) over the library, with the articles compared and those left out. */
export interface LibraryAgreement {
  /** One report per measure: the one asked for, or (measure "all") alpha-u, alpha, kappa, percent. */
  reports: AgreementReport[];
  /** Articles in the chosen set in which some but not all chosen coders made annotations. */
  leftOutCount: number;
  /** The first LEFT_OUT_NAMED of them, in library order. */
  leftOut: AgreementLeftOut[];
}
