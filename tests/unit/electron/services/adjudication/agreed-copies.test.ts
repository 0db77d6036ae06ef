/**
 * @vitest-environment node
 * The notes of agreed units' gold copies (agreed-copies.ts, shared/adjudication/agreed-note.ts)
 * on a real library in a temp folder with two coders' work on real Arabic articles. A note does
 * not count for agreement (the unit stays agreed, as alpha has it), but the gold copy carries
 * both coders' notes when they differ (it used to keep coder A's alone), follows a coder who
 * later changes only a note (it used to keep the old one, unflagged), and keeps a gold note
 * edited by hand since the copy.
 */

import { describe, expect, it } from 'vitest';
import { CODER_A, CODER_B } from '../../../adjudication-fixture';
import { storedAnnotations, useTempDirs } from '../../../helpers';
import { setUpIn } from './adjudication-setup';

const tempDir = useTempDirs();
type Fixture = Awaited<ReturnType<typeof setUpIn>>;

/** The annotation of `coder` on `quote` in the article `articleId`, as the library lists it. */
async function codingOf({ library }: Fixture, articleId: string, coder: string, quote: string) {
  const found = (await library.listAnnotations(articleId)).find(
    (a) => a.author === coder && a.quote === quote,
  );
  if (!found) throw new Error(`${coder} did not code «${quote}»`);
  return found;
}

/** The gold annotation on `quote`, as stored on disk (read without the library's code). */
async function goldOn({ dir }: Fixture, articleId: string, text: string, quote: string) {
  const gold = (await storedAnnotations(dir, articleId)).filter(
    (a) => a['author'] === 'gold' && [...text].slice(a.start, a.end).join('') === quote,
  );
  expect(gold, `one gold copy of «${quote}»`).toHaveLength(1);
  return gold[0];
}

describe('the gold copy of an agreed unit', () => {
  it('carries both coders’ notes, follows a note changed later, and keeps a hand-edited gold note', async () => {
    const fixture = await setUpIn(await tempDir());
    const { library, service, setup, articles } = fixture;
    const [first, second] = articles;
    if (!first || !second) throw new Error('two articles expected');
    const envoy = 'ستيف ويتكوف';
    const aid = 'إدخال المساعدات الإنسانية';
    const note = async (coder: string, id: string, quote: string, text: string) =>
      library.updateAnnotation(id, (await codingOf(fixture, id, coder, quote)).id, { note: text });
    await note(CODER_A, first.id, envoy, 'مبعوث ترامب');
    await note(CODER_B, first.id, envoy, 'المبعوث الأمريكي');

    const opened = await service.open(setup);
    expect(opened).toMatchObject({ agreed: 3, agreedCopiedNow: 3, agreedNotesUpdated: 0, staleGold: 0 });
    // Notes do not break agreement: the unit is not listed as a disagreement.
    expect(opened.items.map((i) => i.a?.quote ?? i.b?.quote)).not.toContain(envoy);
    expect((await goldOn(fixture, first.id, first.text, envoy))?.['note']).toBe(
      `${CODER_A}: مبعوث ترامب\n${CODER_B}: المبعوث الأمريكي`,
    );
    expect((await goldOn(fixture, second.id, second.text, aid))?.['note']).toBeUndefined();

    // Omar adds a note to an agreed coding, nothing else: the copy follows at the next opening.
    await note(CODER_B, second.id, aid, 'عبر معبر رفح');
    const next = await service.open(setup);
    expect(next).toMatchObject({ agreedCopiedNow: 0, agreedNotesUpdated: 1, staleGold: 0 });
    expect(next.items).toEqual(opened.items);
    expect((await goldOn(fixture, second.id, second.text, aid))?.['note']).toBe('عبر معبر رفح');
    expect((await service.open(setup)).agreedNotesUpdated).toBe(0);

    // A gold note edited by hand since the copy is the adjudicator's: a coder's later note leaves it.
    const gold = await goldOn(fixture, first.id, first.text, envoy);
    await library.updateAnnotation(first.id, gold?.id ?? '', { note: 'راجعته: مبعوث أمريكي' });
    await note(CODER_A, first.id, envoy, 'مبعوث الرئيس الأمريكي');
    expect((await service.open(setup)).agreedNotesUpdated).toBe(0);
    expect((await goldOn(fixture, first.id, first.text, envoy))?.['note']).toBe('راجعته: مبعوث أمريكي');
    await library.close();
  });
});
