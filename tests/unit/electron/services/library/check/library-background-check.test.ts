/**
 * The background part of the start-up check, on real library folders with
 * Arabic articles: open lists before the article files are read; a damaged
 * file is still quarantined and reported once the pass is over; an article
 * opened before the pass reaches it is checked on the spot; check stamps let
 * an unchanged file skip the next check, but never a racily stamped one.
 */

import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../../electron/services/library/library';
import { failureCode, useTempDirs } from '../../../../helpers';
import { SHORT_TITLE, damageArticleText, twoArticles } from '../../../../two-articles';
import { ageFiles, sameSizeEdit } from './stamp-helpers';

const tempDir = useTempDirs();
const NOW = new Date('2026-03-14T09:26:53.589Z');
const STAMP = '2026-03-14T09-26-53-589Z';

const open = (dir: string) => Library.open(dir, { now: () => NOW });

describe('background start-up check', () => {
  it('lists before the article files are checked, then quarantines a damaged text and reports it', async () => {
    const dir = await tempDir();
    const { short, long } = await twoArticles(dir, NOW);
    const path = join(dir, 'articles', `${short.id}.json`);
    await writeFile(path, '{"version":1,"id":');
    const library = await open(dir);
    // Open resolved with the check still running: the damaged article is still listed.
    expect(library.startupReport()).toMatchObject({ complete: false, quarantined: [] });
    expect((await library.listArticles()).map((a) => a.title).sort()).toEqual(
      [SHORT_TITLE, 'ويتكوف والحية'].sort(),
    );
    await library.checkDone;
    const report = library.startupReport();
    expect(report.complete).toBe(true);
    expect(report.quarantined.map((q) => [q.kind, q.title, q.movedTo])).toEqual([
      ['article', SHORT_TITLE, `quarantine/${STAMP}-articles-${short.id}.json`],
      ['annotations', SHORT_TITLE, `quarantine/${STAMP}-annotations-${short.id}.json`],
    ]);
    expect(await readFile(join(dir, 'quarantine', `${STAMP}-articles-${short.id}.json`), 'utf8')).toBe(
      '{"version":1,"id":',
    );
    expect((await library.listArticles()).map((a) => a.id)).toEqual([long.id]);
    await library.close();
  });

  it('checks an article opened before the pass reaches it: a damaged text fails clearly and is quarantined once', async () => {
    const dir = await tempDir();
    const { short, long, onLong } = await twoArticles(dir, NOW);
    const edited = await damageArticleText(dir, short.id);
    const library = await open(dir);
    // Asked at once: the article's lock is taken before the background pass can get to it.
    let failure: unknown;
    await library.getArticle(short.id).catch((error: unknown) => (failure = error));
    expect(failure).toMatchObject({
      code: 'file-damaged',
      params: { title: SHORT_TITLE, file: `articles/${short.id}.json` },
    });
    // Never garbage: the edited text is nowhere to be read, and the article has left the list.
    expect(await readFile(join(dir, 'quarantine', `${STAMP}-articles-${short.id}.json`), 'utf8')).toBe(
      edited,
    );
    expect(await failureCode(library.getArticle(short.id))).toBe('not-found');
    expect(await library.listAnnotations(long.id)).toEqual([onLong]);
    await library.checkDone;
    expect(library.startupReport().quarantined.map((q) => [q.kind, q.reason])).toEqual([
      ['article', 'text does not match its recorded hash'],
      ['annotations', 'its article text is damaged'],
    ]);
    await library.close();
  });

  it('opens an article whose annotations are damaged without them, before the pass reaches it', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    await writeFile(join(dir, 'annotations', `${short.id}.json`), '{"version":1,"articleId":');
    const library = await open(dir);
    expect(await library.listAnnotations(short.id)).toEqual([]);
    expect((await library.getArticle(short.id)).text).toContain('القاهرة');
    await library.checkDone;
    expect(library.startupReport().quarantined).toMatchObject([
      { kind: 'annotations', title: SHORT_TITLE, reason: 'not valid JSON' },
    ]);
    expect((await library.listArticles()).find((a) => a.id === short.id)?.annotationCount).toBe(0);
    await library.close();
  });

  it('quarantines a damaged entities.json and opens with no entities', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    const library = await open(dir);
    const entity = await library.saveEntity({
      name: { ar: 'خليل الحية', en: '' },
      kind: 'person',
      aliases: [],
    });
    expect(entity.name.ar).toBe('خليل الحية');
    await library.close();
    await writeFile(join(dir, 'entities.json'), '{"version":1,"entities":[{"id":"x"}]}');
    const reopened = await open(dir);
    await reopened.checkDone;
    expect(reopened.startupReport().quarantined).toMatchObject([
      { kind: 'entities', file: 'entities.json', movedTo: `quarantine/${STAMP}-entities.json` },
    ]);
    expect(await reopened.listEntities()).toEqual([]);
    expect((await reopened.getArticle(short.id)).meta.title).toBe(SHORT_TITLE);
    await reopened.close();
  });

  it('does not read again a file unchanged since its stamp, and does read one whose mtime changed', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    await ageFiles(dir);
    const stamping = await open(dir); // verifies everything and stamps it
    await stamping.close();
    expect(await readdir(dir)).toContain('check-stamps.tsv');
    const path = join(dir, 'articles', `${short.id}.json`);

    // Same size, mtime put back: the stamp matches, so the pass trusts it (the documented limit of stamps).
    await sameSizeEdit(path);
    const trusting = await open(dir);
    await trusting.checkDone;
    expect(trusting.startupReport().quarantined).toEqual([]);
    await trusting.close();

    // Any real write moves the mtime: verified again, and the edit is caught.
    await utimes(path, new Date(), new Date(Date.now() - 30_000));
    const checking = await open(dir);
    await checking.checkDone;
    expect(checking.startupReport().quarantined.map((q) => [q.file, q.reason])).toEqual([
      [`articles/${short.id}.json`, 'text does not match its recorded hash'],
      [`annotations/${short.id}.json`, 'its article text is damaged'],
    ]);
    await checking.close();
  });

  it('does not trust a stamp taken within moments of the file’s last write', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    // The files' last write a minute ahead of the clock: whatever the machine's load, the open
    // below stamps them within RACY_MS of it. Whole milliseconds, so the edit puts the mtime back
    // exactly (a fresh file's sub-millisecond mtime cannot be, and would be verified for that alone).
    const ahead = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
    for (const sub of ['articles', 'annotations']) {
      for (const name of await readdir(join(dir, sub))) await utimes(join(dir, sub, name), ahead, ahead);
    }
    await (await open(dir)).close();
    await sameSizeEdit(join(dir, 'articles', `${short.id}.json`));
    const library = await open(dir);
    await library.checkDone;
    expect(library.startupReport().quarantined.map((q) => q.kind)).toEqual(['article', 'annotations']);
    await library.close();
  });

  it('removes temp files of an earlier session but never one of a write started after open', async () => {
    const dir = await tempDir();
    const { short } = await twoArticles(dir, NOW);
    const old = join(dir, 'annotations', `.${short.id}.json.a1b2c3d4e5f6.tmp`);
    await writeFile(old, '{"half');
    await utimes(old, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const library = await open(dir);
    const fresh = join(dir, 'annotations', `.${short.id}.json.0123456789ab.tmp`);
    await writeFile(fresh, '{"being written');
    await library.checkDone;
    const names = await readdir(join(dir, 'annotations'));
    expect(names).toContain(`.${short.id}.json.0123456789ab.tmp`);
    expect(names).not.toContain(`.${short.id}.json.a1b2c3d4e5f6.tmp`);
    expect(library.startupReport().tempFilesRemoved).toBe(1);
    await library.close();
  });
});
