/**
 * What `hamish` says about the library's start-up check before its own
 * output: files set aside as damaged (moved to quarantine/, or left in place
 * when the library was opened read-only), an index rebuilt (and what its
 * articles lost; read-only: in memory only, said so), unknown files found under articles/ or annotations/.
 * Written to stderr, so that piped output stays the command's own, in the
 * CLI's language (startup-words.ts).
 */

import type { StartupReport } from '../../shared/startup-report';
import type { Io } from './commands';
import type { CliLanguage } from './messages';
import { startupWords } from './startup-words';

/** Prints the report's findings to `io.err` in `language`; true when something was set aside or rebuilt (exit 1). */
export function reportStartup(report: StartupReport, io: Io, language: CliLanguage = 'en'): boolean {
  const say = startupWords(language);
  const { quarantined } = report;
  if (quarantined.length > 0) {
    io.err(say.damaged(quarantined.length));
    for (const q of quarantined) {
      const article = q.articleId ? say.article(q.title, q.articleId) : '';
      const where = q.movedTo ? say.movedTo(q.movedTo) : q.leftInPlace ? say.leftInPlace : '';
      io.err(say.quarantined(q, article, where));
    }
  }
  if (report.indexRebuilt) {
    io.err(report.readOnly ? say.indexRebuiltReadOnly : say.indexRebuilt);
    for (const loss of report.indexLosses ?? []) io.err(say.indexLoss(loss.articleId, loss.title, loss.lost));
  }
  for (const file of report.unknownFiles ?? []) io.err(say.unknownFile(file));
  if (report.tempFilesRemoved > 0) io.err(say.tempFilesRemoved(report.tempFilesRemoved));
  if (report.journalLinesDropped) io.err(say.journalLinesDropped(report.journalLinesDropped));
  if (report.indexJournalLinesDropped) io.err(say.indexJournalLinesDropped(report.indexJournalLinesDropped));
  for (const repair of report.claimsRepaired ?? []) {
    io.err(say.claimRepaired(repair.claimId, repair.articleId, repair.annotationIds.length, repair.repaired));
  }
  return quarantined.length > 0 || report.indexRebuilt;
}
