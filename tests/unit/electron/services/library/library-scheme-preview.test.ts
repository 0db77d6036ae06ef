/**
 * Issue 14 follow-up: before a scheme save merges twins, the scheme editor
 * asks main what would merge (previewTwinMerges). The preview names each
 * group (article title, quote, destination tag, how many become one), writes
 * nothing, and is what the save then merges and reports (SchemeSaved.merges).
 * On a real library folder with real Arabic text.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { codePointLength, utf16ToCodePoint } from '../../../../../shared/code-points';
import type { Taxonomy } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const TEXT = 'قال ستيف ويتكوف إن حماس تطالب بتبادل الأسرى قبل أي اتفاق مع حماس.';

const withoutPerson = (scheme: Taxonomy): Taxonomy => ({
  ...scheme,
  types: scheme.types.map((t) =>
    t.id === 'actor' ? { ...t, subtypes: t.subtypes.filter((s) => s.id !== 'person') } : t,
  ),
});

/** Every file of the library folder with its bytes and modification time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isFile()) out.set(name, `${info.mtimeMs}:${(await readFile(path)).toString('base64')}`);
  }
  return out;
}

async function setup() {
  const dir = await tempDir();
  const library = await Library.open(dir, { dailyBackup: false });
  const meta = await library.addArticle({ title: 'لقاء ويتكوف', text: TEXT });
  const span = (phrase: string, from = 0) => {
    const start = utf16ToCodePoint(TEXT, TEXT.indexOf(phrase, from));
    return { articleId: meta.id, start, end: start + codePointLength(phrase) };
  };
  return { dir, library, articleId: meta.id, span };
}

describe('previewing the twins a scheme save would merge', () => {
  it('names each group and writes nothing; the save merges exactly those and reports them', async () => {
    const { dir, library, articleId, span } = await setup();
    const older = await library.createAnnotation({ ...span('ستيف ويتكوف'), tag: 'actor' });
    const younger = await library.createAnnotation({ ...span('ستيف ويتكوف'), tag: 'actor.person' });
    // A moved annotation landing on a free span, and twins the move does not touch: not listed.
    await library.createAnnotation({ ...span('حماس'), tag: 'actor.person' });
    await library.createAnnotation({ ...span('حماس', 30), tag: 'actor.state' });
    await library.checkDone;
    const before = await snapshot(dir);

    const preview = await library.previewTwinMerges({ 'actor.person': 'actor' });
    expect(preview).toEqual([
      {
        articleId,
        title: 'لقاء ويتكوف',
        quote: 'ستيف ويتكوف',
        tag: 'actor',
        count: 2,
        ids: [older.id, younger.id],
      },
    ]);
    expect(await snapshot(dir)).toEqual(before);
    expect(await library.listAnnotations(articleId)).toHaveLength(4);

    const saved = await library.saveTaxonomy(withoutPerson(await library.getTaxonomy()), {
      'actor.person': 'actor',
    });
    expect(saved.merges).toEqual(preview);
    expect(saved.mergedTwins).toBe(1);
    expect((await library.listAnnotations(articleId)).map((a) => [a.quote, a.tag])).toEqual([
      ['ستيف ويتكوف', 'actor'],
      ['حماس', 'actor'],
      ['حماس', 'actor.state'],
    ]);
    await library.close();
  });

  it('lists nothing when no tag moves or no move makes a twin', async () => {
    const { library, span } = await setup();
    await library.createAnnotation({ ...span('ستيف ويتكوف'), tag: 'actor.person' });
    expect(await library.previewTwinMerges({})).toEqual([]);
    expect(await library.previewTwinMerges({ 'actor.person': 'actor' })).toEqual([]);
    // A deleted tag (null) makes no twins either.
    expect(await library.previewTwinMerges({ 'actor.person': null })).toEqual([]);
    await library.close();
  });
});
