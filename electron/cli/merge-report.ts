/**
 * How `hamish import-annotations` prints what a merge did, whatever the file's
 * format: the report as JSON with --json, else the articles and annotations
 * lines, any lines the format adds, then each article not imported (stderr).
 */

import type { ImportReport } from '../../shared/export/export-request';
import type { CommandContext } from './commands';

/** Prints `report` (`more` adds the format's own lines after the counts); returns the exit code (1 when some articles were not imported). */
export function printMergeReport(
  { io, say, json }: CommandContext,
  report: ImportReport,
  more: () => void = () => undefined,
): number {
  if (json) {
    io.out(JSON.stringify(report, null, 2));
  } else {
    io.out(say.articlesMerged(report.articlesAdded, report.articlesMerged));
    io.out(
      say.annotationsMerged(
        report.annotationsAdded,
        report.annotationsReplaced,
        report.annotationsKept,
        report.annotationsUnchanged,
      ),
    );
    if (report.layersReplaced > 0) io.out(say.layersReplaced(report.layersReplaced));
    more();
    for (const p of report.problems) io.err(say.notImported(p.articleIndex, p.articleId, p.title, p.kind));
  }
  return report.problems.length > 0 ? 1 : 0;
}
