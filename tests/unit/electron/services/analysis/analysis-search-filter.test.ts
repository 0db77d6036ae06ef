/**
 * The analysis filter's `search` (issue 19's "saved search": there are no
 * saved searches, so the view filters by the library's current query): the
 * views count only the articles the full-text query matches, as the test
 * reckons from the article texts itself; with the coder filter on top, only
 * the annotations of that author.
 */

import { describe, expect, it } from 'vitest';
import type { AnalysisRequest, FrequenciesResult } from '../../../../../shared/analysis-types';
import { analysisRequestSchema } from '../../../../../shared/schema/analysis-schema';
import { useTempDirs } from '../../../helpers';
import { knownLibrary } from './analysis-library';
import { asMap, countBy, kept } from './analysis-expected';

const tempDir = useTempDirs();

describe('the analysis search filter', () => {
  it('counts only the articles the library search matches, and the coder filter keeps one author', async () => {
    const known = await knownLibrary(await tempDir());
    const word = 'ويتكوف';
    const texts = new Map(known.placed.map((p) => [p.articleId, p.text]));
    const matching = [...texts].filter(([, text]) => text.includes(word)).map(([id]) => id);
    // The word narrows the library: some articles have it, some do not.
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(texts.size);
    const ask = async (request: AnalysisRequest) =>
      (await known.services.analysis.getAnalysis(analysisRequestSchema.parse(request))) as FrequenciesResult;

    const searched = await ask({ view: 'frequencies', filter: { search: ` ${word} ` }, by: 'tag' });
    const expected = kept(known).filter((p) => matching.includes(p.articleId));
    expect(expected.length).toBeGreaterThan(5);
    expect(asMap(searched)).toEqual(countBy(expected, (p) => p.tag));
    expect(searched.total).toBe(expected.length);

    const omar = await ask({ view: 'frequencies', filter: { search: word, coders: ['Omar'] }, by: 'tag' });
    const byOmar = expected.filter((p) => p.author === 'Omar');
    expect(byOmar.length).toBeGreaterThan(0);
    expect(byOmar.length).toBeLessThan(expected.length);
    expect(asMap(omar)).toEqual(countBy(byOmar, (p) => p.tag));

    const none = await ask({ view: 'frequencies', filter: { search: 'كلمةلاتوجد' }, by: 'tag' });
    expect(none.total).toBe(0);
    const blank = await ask({ view: 'frequencies', filter: { search: '  ' }, by: 'tag' });
    expect(blank.total).toBe(kept(known).length);
    expect(
      analysisRequestSchema.safeParse({ view: 'frequencies', filter: { search: 'x'.repeat(501) }, by: 'tag' })
        .success,
    ).toBe(false);
    await known.library.close();
  });
});
