/**
 * Twins are per coder (issue 20) on a real library folder: a library opened
 * with a local coder stamps it as `author` on what it creates (one
 * annotation, "tag all mentions", claims); the same span and tag by another
 * coder (an import of a colleague's file) is kept beside the local coder's,
 * while the same coder's is still refused, and an annotation made before
 * coders existed (no author) counts as the local coder's.
 */

import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { importAnnotations } from '../../../../../electron/services/transfer/import-service';
import { openWithClaim } from '../../../claim-fixtures';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const TEXT = 'دعا البيان لتبادل الأسرى فوراً، وكرر البيان الدعوة لتبادل الأسرى.';
const TAG = 'demand.prisoners';

async function setup(coder: string | undefined) {
  const library = await Library.open(await tempDir(), { dailyBackup: false, coder: () => coder });
  const meta = await library.addArticle({ title: 'بيان', text: TEXT });
  const at = [...TEXT.slice(0, TEXT.indexOf('تبادل'))].length;
  const span = { articleId: meta.id, start: at, end: at + [...'تبادل الأسرى'].length };
  return { library, meta, span };
}

describe('twins per coder in the library', () => {
  it('stamps the local coder on a new annotation and refuses that coder’s twin', async () => {
    const { library, meta, span } = await setup('سامي');
    const first = await library.createAnnotation({ ...span, tag: TAG });
    expect(first.author).toBe('سامي');
    await expect(library.createAnnotation({ ...span, tag: TAG })).rejects.toMatchObject({
      code: 'duplicate',
    });
    expect(await library.listAnnotations(meta.id)).toHaveLength(1);
    await library.close();
  });

  it('stamps every annotation of "tag all mentions" (a batch) with the local coder', async () => {
    const { library, meta, span } = await setup('سامي');
    const second = [...TEXT.slice(0, TEXT.lastIndexOf('تبادل'))].length;
    const other = { articleId: meta.id, start: second, end: second + [...'تبادل الأسرى'].length, tag: TAG };
    const created = await library.createAnnotations(meta.id, [{ ...span, tag: TAG }, other]);
    expect(created.map((a) => a.author)).toEqual(['سامي', 'سامي']);
    await library.close();
  });

  it('keeps a colleague’s annotation on the same span and tag, and folds the same coder’s', async () => {
    const { library, meta, span } = await setup('سامي');
    const mine = await library.createAnnotation({ ...span, tag: TAG });
    const exported = await library.exportArticle(meta.id, 'test');
    const article = exported.articles[0];
    const copy = article?.annotations[0];
    if (!article || !copy) throw new Error('nothing exported');
    article.annotations = [
      { ...copy, id: '11111111-1111-4111-8111-111111111111', author: 'ليلى' },
      { ...copy, id: '22222222-2222-4222-8222-222222222222', author: 'سامي' },
    ];
    const report = await importAnnotations(library, JSON.stringify(exported), 'keep-both');
    expect(report).toMatchObject({ annotationsAdded: 1, annotationsUnchanged: 1 });
    const stored = await library.listAnnotations(meta.id);
    expect(stored.map((a) => [a.id, a.author]).sort()).toEqual(
      [
        [mine.id, 'سامي'],
        ['11111111-1111-4111-8111-111111111111', 'ليلى'],
      ].sort(),
    );
    await library.close();
  });

  it('counts an annotation without author as the local coder’s (a twin of the coder’s new one)', async () => {
    const { library, meta, span } = await setup(undefined);
    const old = await library.createAnnotation({ ...span, tag: TAG });
    expect(old.author).toBeUndefined();
    await library.close();
    const reopened = await Library.open(library.paths.dir, { dailyBackup: false, coder: () => 'سامي' });
    await expect(reopened.createAnnotation({ ...span, tag: TAG })).rejects.toMatchObject({
      code: 'duplicate',
    });
    expect(await reopened.listAnnotations(meta.id)).toHaveLength(1);
    await reopened.close();
  });

  it('stamps the local coder on a new claim', async () => {
    const { library, claim, hamas } = await openWithClaim(await tempDir(), { coder: () => 'سامي' });
    expect(claim.author).toBe('سامي');
    expect(hamas.author).toBe('سامي');
    await library.close();
  });
});
