/**
 * The analysis coder filter counts an annotation made before coders existed
 * (no `author`) as the local coder's, as exports and agreement do
 * (shared/coders.ts): filtering by the local coder keeps it, filtering by a
 * colleague does not.
 */

import { describe, expect, it } from 'vitest';
import { osUserName } from '../../../../../electron/services/coder-preference';
import type { FrequenciesResult } from '../../../../../shared/analysis-types';
import { useTempDirs } from '../../../helpers';
import { knownLibrary } from './analysis-library';
import { asMap, countBy, kept } from './analysis-expected';

const tempDir = useTempDirs();

describe('the analysis coder filter', () => {
  it('counts an annotation without a coder as the local coder’s', async () => {
    const known = await knownLibrary(await tempDir());
    // The library names no local coder: as in the CLI, the OS user is the local coder.
    expect(known.library.localCoder()).toBeUndefined();
    const [first] = kept(known);
    const { text } = await known.library.getArticle(first?.articleId ?? '');
    const start = [...text].indexOf('ة');
    const made = await known.library.createAnnotation({
      articleId: first?.articleId ?? '',
      start,
      end: start + 1,
      tag: 'event',
    });
    expect(made.author).toBeUndefined();
    const byCoder = async (coders: string[]) =>
      asMap(
        (await known.services.analysis.getAnalysis({
          view: 'frequencies',
          filter: { coders },
          by: 'tag',
        })) as FrequenciesResult,
      );
    const omar = kept(known).filter((p) => p.author === 'Omar');
    expect(await byCoder(['Omar'])).toEqual(countBy(omar, (p) => p.tag));
    expect(await byCoder([osUserName()])).toEqual(new Map([['event', 1]]));
    expect(await byCoder([osUserName(), 'Omar'])).toEqual(countBy([...omar, { tag: 'event' }], (p) => p.tag));
    await known.library.close();
  });
});
