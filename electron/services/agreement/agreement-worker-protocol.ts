/**
 * The messages between main and the agreement worker (agreement-worker.ts):
 * a job (the coders, the articles every one of them coded, one set of
 * options per measure) and its answer (the reports, or why it failed).
 */

import type { AgreementOptions, AgreementReport, CodedArticle } from '../../../shared/agreement/report';

export interface AgreementJob {
  seq: number;
  coders: string[];
  articles: CodedArticle[];
  options: AgreementOptions[];
}

export type AgreementAnswer =
  { seq: number; ok: true; reports: AgreementReport[] } | { seq: number; ok: false; message: string };
