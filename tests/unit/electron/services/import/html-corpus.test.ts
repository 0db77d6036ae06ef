/**
 * @vitest-environment node
 * The whole shared corpus of 150 real saved pages (../shared/corpus) through
 * the HTML importer and through plain Readability: no page may keep fewer
 * must-keep snippets than Readability keeps, and the totals must stay at or
 * above 95 % of must-keep and 90 % of must-not snippets.
 */

import { describe, expect, it } from 'vitest';
import {
  hamishText,
  loadCorpus,
  pageHtml,
  readabilityText,
  scorePage,
  totals,
  type PageScore,
} from './corpus-score';

describe('extraction on the shared corpus of real pages', () => {
  it('keeps on every page at least what plain Readability keeps, and 95 % / 90 % overall', () => {
    const pages = loadCorpus();
    expect(pages.length).toBe(150);
    const ours: PageScore[] = [];
    const theirs: PageScore[] = [];
    for (const page of pages) {
      const html = pageHtml(page);
      ours.push(scorePage(page, hamishText(html)));
      theirs.push(scorePage(page, readabilityText(html)));
    }
    const worse = ours
      .map((score, i) => ({ file: score.file, ours: score.kept, readability: theirs[i]?.kept ?? 0 }))
      .filter((row) => row.ours < row.readability);
    expect(worse).toEqual([]);
    const sum = totals(pages, ours);
    const baseline = totals(pages, theirs);
    console.log(
      `corpus: must-keep ${sum.kept}/${sum.withTotal} (Readability ${baseline.kept}), ` +
        `must-not excluded ${sum.excluded}/${sum.withoutTotal} (Readability ${baseline.excluded})`,
    );
    expect(sum.kept / sum.withTotal).toBeGreaterThanOrEqual(0.95);
    expect(sum.excluded / sum.withoutTotal).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
