/**
 * "Tag all mentions" on the real sample article: the other places its words
 * occur (Arabic-normalised), plus its entity's names and aliases, leaving out
 * spans an annotation with the same tag already covers; the article's
 * normalised text is computed once per article, not per edit or selection.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { canonicalize } from '../../../../shared/canonical-text';
import { CodePointIndex, sliceCodePoints } from '../../../../shared/code-points';
import type { Annotation, Article, EntitySummary } from '../../../../shared/model';
import { normalizeText } from '../../../../shared/find-mentions';
import { mentionsOf } from '../../../../renderer/src/reader/mentions';
import { SAMPLE_PATH } from '../../helpers';

// The real normaliser, counted: how often the reader normalises a whole text.
vi.mock('../../../../shared/find-mentions', async (original) => {
  const real = await original<typeof import('../../../../shared/find-mentions')>();
  return { ...real, normalizeText: vi.fn(real.normalizeText) };
});

const { text, blocks } = canonicalize(readFileSync(SAMPLE_PATH, 'utf8'));
const index = new CodePointIndex(text);
const article = { meta: { id: 'a', language: 'ar' }, text, blocks } as unknown as Article;

/** Every [start, end) of `phrase` in the text, in code points. */
function occurrences(phrase: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const start = index.toCodePoint(at);
    out.push([start, start + [...phrase].length]);
  }
  return out;
}

function annotationAt([start, end]: [number, number], tag: string, entityId?: string): Annotation {
  return {
    id: `${tag}:${start}`,
    articleId: 'a',
    start,
    end,
    quote: sliceCodePoints(text, start, end),
    prefix: '',
    suffix: '',
    tag,
    createdAt: '',
    updatedAt: '',
    ...(entityId ? { entityId } : {}),
  };
}

describe('mentionsOf', () => {
  const witkoff = occurrences('ويتكوف');

  it('finds the other mentions of the same word, not the ones already tagged alike', () => {
    expect(witkoff.length).toBeGreaterThan(2);
    const first = annotationAt(witkoff[0] as [number, number], 'actor.person');
    const found = mentionsOf({ article, index, annotations: [first], entities: [] }, first);
    expect(found).toEqual(witkoff.slice(1));
    // Tagged with another tag, a mention still counts.
    const other = annotationAt(witkoff[1] as [number, number], 'event');
    expect(mentionsOf({ article, index, annotations: [first, other], entities: [] }, first)).toEqual(
      witkoff.slice(1),
    );
  });

  it("adds the linked entity's names and aliases", () => {
    const first = annotationAt(witkoff[0] as [number, number], 'actor.person', 'e1');
    const entities = [
      {
        entity: {
          id: 'e1',
          name: { ar: 'ويتكوف', en: 'Witkoff' },
          kind: 'person',
          aliases: ['المبعوث الخاص'],
        },
        mentions: 1,
      },
    ] as unknown as EntitySummary[];
    const found = mentionsOf({ article, index, annotations: [first], entities }, first);
    for (const span of occurrences('المبعوث الخاص')) expect(found).toContainEqual(span);
    expect(found).not.toContainEqual(witkoff[0]);
  });
});

describe('the normalised text', () => {
  it('is computed once per article, whatever the edits and selections', () => {
    const count = vi.mocked(normalizeText);
    const spans = occurrences('ويتكوف');
    const other = { ...article, meta: { ...article.meta, id: 'b', textSha256: 'b' } };
    const ofA = { ...article, meta: { ...article.meta, id: 'a2', textSha256: 'a2' } };
    count.mockClear();
    let annotations: Annotation[] = [];
    // Ten edits in a row, each a new list (as the reader's state makes), each followed by a selection.
    for (const span of spans.concat(spans)) {
      const a = annotationAt(span, annotations.length % 2 ? 'event' : 'actor.person');
      annotations = [...annotations, a];
      mentionsOf({ article: ofA, index, annotations, entities: [] }, a);
    }
    expect(count).toHaveBeenCalledTimes(1);
    // Another article is normalised once too; the same text reloaded (a new object) is not again.
    mentionsOf(
      { article: other, index, annotations: [], entities: [] },
      annotationAt(spans[0] as [number, number], 'event'),
    );
    mentionsOf(
      { article: { ...other }, index, annotations: [], entities: [] },
      annotationAt(spans[1] as [number, number], 'event'),
    );
    expect(count).toHaveBeenCalledTimes(2);
  });
});
