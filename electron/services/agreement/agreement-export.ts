/**
 * The in-app agreement report written to a file the user chooses: main
 * computes the report again from the request (the renderer sends no
 * content, so what is written is exactly what the service computes), renders
 * it with the CLI's own renderers (shared/agreement/report-csv.ts,
 * report-html.ts; tags labelled from the library's scheme), then asks where
 * to save it. A request comparing no article is refused before any dialog.
 */

import { writeFile } from 'node:fs/promises';
import { agreementCsv } from '../../../shared/agreement/report-csv';
import { agreementHtml } from '../../../shared/agreement/report-html';
import { tagLabels, type ReportLanguage } from '../../../shared/agreement/report-words';
import { AppFailure } from '../../../shared/result';
import type { AgreementFileKind, AgreementRequest } from '../../../shared/schema/agreement-schema';
import type { Taxonomy } from '../../../shared/taxonomy';
import type { AgreementService } from './agreement-library';

/** The file's content: the report(s) as CSV (with BOM) or as a standalone HTML page in `language`. */
export async function agreementFileText(
  service: AgreementService,
  taxonomy: Taxonomy,
  request: AgreementRequest,
  kind: AgreementFileKind,
  language: ReportLanguage,
): Promise<string> {
  const { reports } = await service.report(request);
  if ((reports[0]?.articles.length ?? 0) === 0) {
    throw new AppFailure('invalid-argument', 'coders: no article coded by every chosen coder', {
      field: 'coders',
    });
  }
  const labels = tagLabels([taxonomy]);
  return kind === 'csv' ? agreementCsv(reports, labels) : agreementHtml(reports, labels, language);
}

/**
 * Renders the report (agreementFileText), asks `choosePath` where to save it
 * (proposing "agreement-report.<kind>") and writes it; null when the user cancels.
 */
export async function saveAgreementReport(
  service: AgreementService,
  taxonomy: Taxonomy,
  request: AgreementRequest,
  kind: AgreementFileKind,
  language: ReportLanguage,
  choosePath: (defaultName: string, kind: AgreementFileKind) => Promise<string | null>,
): Promise<{ path: string } | null> {
  const text = await agreementFileText(service, taxonomy, request, kind, language);
  const path = await choosePath(`agreement-report.${kind}`, kind);
  if (path === null) return null;
  await writeFile(path, text, 'utf8');
  return { path };
}
