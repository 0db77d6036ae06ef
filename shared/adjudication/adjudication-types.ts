/**
 * The shapes of adjudication (issue 20): the two coders compared, the gold
 * coder written, a decision per disagreement and the file that keeps them
 * (adjudication.json in the library). One zod schema per shape, used by the
 * IPC validation and the library file check alike. Offsets are code points.
 */

import { z } from 'zod';
import { annotationSchema } from '../schema/annotation-schema';
import { idSchema, offsetSchema, tagIdSchema, timestampSchema } from '../schema/fields';
import { MAX_CODER_NAME_LENGTH, MAX_NOTE_LENGTH } from '../schema/limits';
import { CHOICES, MAX_ADJUDICATION_ARTICLES } from './adjudication-constants';

export {
  ADJUDICATION_FILE,
  CHOICES,
  DEFAULT_GOLD_CODER,
  MAX_ADJUDICATION_ARTICLES,
  type Choice,
} from './adjudication-constants';

const coderNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_CODER_NAME_LENGTH)
  .describe('A coder name (the annotations\u2019 author), trimmed.');

/** Who is compared and where the result goes. `coderA` is "mine", `coderB` is "theirs". */
export const adjudicationSetupSchema = z
  .strictObject({
    coderA: coderNameSchema,
    coderB: coderNameSchema,
    gold: coderNameSchema,
    articleIds: z.array(idSchema).min(1).max(MAX_ADJUDICATION_ARTICLES),
  })
  .refine((s) => s.coderA !== s.coderB, { message: 'two different coders', path: ['coderB'] })
  .refine((s) => s.gold !== s.coderA && s.gold !== s.coderB, {
    message: 'the gold coder must not be one of the two compared',
    path: ['gold'],
  });
export type AdjudicationSetup = z.infer<typeof adjudicationSetupSchema>;

/** A span and tag the adjudicator set with "edit" (code points, `end` exclusive). */
export const goldSpanSchema = z
  .strictObject({ start: offsetSchema, end: offsetSchema.min(1), tag: tagIdSchema })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });
export type GoldSpan = z.infer<typeof goldSpanSchema>;

/** One decision: a choice, and for "edit" the span and tag chosen. */
export const decisionSchema = z.union([
  z.strictObject({ choice: z.enum(['mine', 'theirs', 'both', 'neither']) }),
  z.strictObject({ choice: z.literal('edit'), span: goldSpanSchema }),
]);
export type Decision = z.infer<typeof decisionSchema>;

/**
 * A decision as stored: with the gold annotations it wrote ("agreed": copied
 * without asking). `basis` is the versions of the two codings it was made on
 * (unitBasis in adjudication-units.ts; absent in files written before it):
 * the key holds their spans and tags, the basis their ids and edit times, so
 * a unit whose coding changed since is known. `pending`: written before its
 * gold, removed once the gold is on disk (a crash between them is reconciled
 * when the adjudication is opened again: electron/services/adjudication/pending-reconcile.ts).
 */
export const decisionRecordSchema = z.strictObject({
  choice: z.enum([...CHOICES, 'agreed']),
  span: goldSpanSchema.optional(),
  goldIds: z.array(idSchema).max(2),
  at: timestampSchema,
  basis: z.string().max(400).optional(),
  pending: z.literal(true).optional(),
  /** While pending: the gold ids of the decision it replaces, deleted once its own gold is written. */
  replaces: z.array(idSchema).max(2).optional(),
  /** While pending: the decision is being taken back (the record goes once `replaces` is deleted). */
  takeBack: z.literal(true).optional(),
  /** An agreed copy's: the note it wrote to gold (agreed-note.ts), to follow the coders' notes later. */
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/**
 * A decision whose unit is gone, as it was when it was taken back, with the gold annotations the
 * take-back deleted: what an undo puts back (DecideRequest.restore). Dropped once put back.
 */
export const takenBackSchema = z.strictObject({
  record: decisionRecordSchema,
  annotations: z.array(annotationSchema).max(2),
});
export type TakenBack = z.infer<typeof takenBackSchema>;

/** One adjudication's progress: its setup and each unit's decision by unit key. */
export const adjudicationSessionSchema = z.strictObject({
  coderA: coderNameSchema,
  coderB: coderNameSchema,
  gold: coderNameSchema,
  articleIds: z.array(idSchema).max(MAX_ADJUDICATION_ARTICLES),
  updatedAt: timestampSchema,
  /** True after the copy of agreed units was undone: opening copies none until it is redone. */
  skipAgreed: z.literal(true).optional(),
  decisions: z.record(z.string().min(1).max(2000), decisionRecordSchema),
  /** Decisions of gone units taken back, by unit key, kept so that an undo can put them back. */
  takenBack: z.record(z.string().min(1).max(2000), takenBackSchema).optional(),
});
export type AdjudicationSession = z.infer<typeof adjudicationSessionSchema>;

/** adjudication.json: every adjudication started in this library. */
export const adjudicationFileSchema = z.strictObject({
  version: z.literal(1),
  sessions: z.array(adjudicationSessionSchema).max(1000),
});
export type AdjudicationFile = z.infer<typeof adjudicationFileSchema>;

/** What the window sends to decide one unit (or take its decision back: `decision` null). */
export const decideRequestSchema = z.strictObject({
  coderA: coderNameSchema,
  coderB: coderNameSchema,
  gold: coderNameSchema,
  key: z.string().min(1).max(2000),
  decision: decisionSchema.nullable(),
  /**
   * Undo of taking back the decision of a unit that is gone (DecideResult.restorable): puts that
   * decision and its gold back as they were; `decision` is then ignored.
   */
  restore: z.literal(true).optional(),
});
export type DecideRequest = z.infer<typeof decideRequestSchema>;

/** What the window sends to undo (copy false) or redo (true) the copy of the agreed units. */
export const agreedCopyRequestSchema = z.strictObject({
  coderA: coderNameSchema,
  coderB: coderNameSchema,
  gold: coderNameSchema,
  copy: z.boolean(),
});
export type AgreedCopyRequest = z.infer<typeof agreedCopyRequestSchema>;

/** One coder's annotation in a unit, as the view shows it. */
export interface Coding {
  id: string;
  start: number;
  end: number;
  tag: string;
  quote: string;
}

/** One disagreement to settle, with the text around it. */
export interface DisagreementView {
  key: string;
  articleId: string;
  title: string;
  /** Coder A's ("mine") and coder B's ("theirs") annotation in the unit, or null. */
  a: Coding | null;
  b: Coding | null;
  /** A stretch of the article around the unit: its text and where it starts (code points). */
  context: { text: string; start: number };
  decision: DecisionRecord | null;
  /**
   * Why the decision needs review (null: it does not, or there is none):
   * 'changed' — a coding of the unit was edited or re-imported since;
   * 'gone' — the unit is no longer there (its gold is kept until removed).
   */
  review: ReviewReason | null;
}

/** Why a stored decision needs review (see DisagreementView.review). */
export type ReviewReason = 'changed' | 'gone';

/** What opening an adjudication found of decisions a crash interrupted (see DecisionRecord.pending). */
export interface Recovered {
  /** Decisions whose gold was on disk: kept. */
  adopted: number;
  /** Decisions whose gold was not written: taken back (the unit is undecided again). */
  undone: number;
}

/** An adjudication as the view walks it. */
export interface AdjudicationState {
  setup: AdjudicationSetup;
  items: DisagreementView[];
  /** Units both coders agree on, copied into gold automatically (all of them, and how many this opening). */
  agreed: number;
  agreedCopiedNow: number;
  /** Whether agreed units are copied (false after the copy was undone, until it is redone). */
  copyAgreed: boolean;
  /** Gold annotations written by decisions that now need review (review items, agreed copies whose unit is gone). */
  staleGold: number;
  recovered: Recovered;
  /** Agreed copies whose gold note this opening brought up to their coders' notes (agreed-note.ts). */
  agreedNotesUpdated: number;
}

/** The coders found in the library and, per article, who coded it. */
export interface CoderSummary {
  coders: string[];
  articles: { id: string; title: string; coders: string[] }[];
}

/** What a decision changed: the record now and the decision it replaced (for undo). */
export interface DecideResult {
  record: DecisionRecord | null;
  previous: Decision | null;
  /** The decision taken back was of a unit that is gone: undo puts it back with `restore`, not `previous`. */
  restorable?: true;
}
