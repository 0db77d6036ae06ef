/**
 * What `hamish` says about the library's start-up check before its own
 * output: files set aside as damaged (moved to quarantine/, or left in place
 * when the library was opened read-only), an index rebuilt (and what its
 * articles lost; read-only: in memory only, said so), unknown files found under articles/ or annotations/.
 * Written to stderr, so that piped output stays the command's own.
 */

import type { StartupReport } from '../../shared/startup-report';
import type { Io } from './commands';

/** Prints the report's findings to `io.err`; true when something was set aside or rebuilt (exit 1). */
export function reportStartup(report: StartupReport, io: Io): boolean {
  const { quarantined } = report;
  if (quarantined.length > 0) {
    io.err(`The start-up check found ${quarantined.length} damaged library file(s):`);
    for (const q of quarantined) {
      const article = q.articleId ? ` (article ${q.title ? `"${q.title}", ` : ''}${q.articleId})` : '';
      const where = q.movedTo
        ? `; moved to ${q.movedTo}`
        : q.leftInPlace
          ? '; left in place (the library is open read-only: nothing was moved)'
          : '';
      io.err(`  ${q.file}${article}: ${q.reason}${where}`);
    }
  }
  if (report.indexRebuilt) {
    io.err(
      report.readOnly
        ? 'index.json is damaged: the list of articles was rebuilt in memory for this command only (nothing was written: the library is open read-only).'
        : 'index.json was damaged and has been rebuilt.',
    );
    for (const loss of report.indexLosses ?? []) {
      io.err(`  article ${loss.articleId} ("${loss.title}") lost: ${loss.lost.join(', ')}`);
    }
  }
  for (const file of report.unknownFiles ?? []) {
    const adopt = file.kind === 'article' ? ` (adopt it with "hamish adopt ${file.file}")` : '';
    io.err(`Unknown file ${file.file}: ${file.reason}${adopt}.`);
  }
  if (report.tempFilesRemoved > 0) {
    io.err(`Removed ${report.tempFilesRemoved} unfinished temp file(s) left by an interrupted write.`);
  }
  if (report.journalLinesDropped) {
    io.err(
      `Dropped ${report.journalLinesDropped} unfinished annotation change(s) cut off by an interrupted write.`,
    );
  }
  if (report.indexJournalLinesDropped) {
    io.err(
      `Dropped ${report.indexJournalLinesDropped} unfinished listing(s) of imported articles cut off by an interrupted write (their files are reported as unknown and can be adopted).`,
    );
  }
  for (const repair of report.claimsRepaired ?? []) {
    const done = repair.repaired ? 'detached' : 'left out for this command (read-only)';
    io.err(
      `Claim ${repair.claimId} of article ${repair.articleId} pointed to ${repair.annotationIds.length} missing annotation(s): ${done}.`,
    );
  }
  return quarantined.length > 0 || report.indexRebuilt;
}
