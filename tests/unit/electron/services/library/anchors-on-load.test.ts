/**
 * Issue 14 on a real library folder: an annotation whose quote is lost is
 * orphaned (not moved to a lookalike inside another word), a moved one is
 * re-attached only with context and reported once with old and new
 * position, and reading, listing and exporting never write the
 * annotations file (same bytes, same mtime). Orphans are left out of
 * exports with a count in the export report.
 */

import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../../../../electron/services/export/export-service';
import { Library } from '../../../../../electron/services/library/library';
import { codePointLength, utf16ToCodePoint } from '../../../../../shared/code-points';
import type { HamishExport } from '../../../../../shared/export-format';
import { useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const TEXT = [
  'استقبل الجمهور الفريق بكثير من الحماسة بعد الفوز في المباراة النهائية.',
  'وقال المبعوث ستيف ويتكوف إن اللقاء مع الوفد كان مثمراً.',
].join('\n');

interface StoredFile {
  annotations: Record<string, unknown>[];
}

describe('anchors on load', () => {
  it('orphans instead of moving, reports each move once, and never writes on read', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir, { dailyBackup: false });
    const meta = await library.addArticle({ title: 'الحماسة', text: TEXT });
    const name = utf16ToCodePoint(TEXT, TEXT.indexOf('ستيف ويتكوف'));
    const moved = await library.createAnnotation({
      articleId: meta.id,
      start: name,
      end: name + codePointLength('ستيف ويتكوف'),
      tag: 'actor.person',
    });
    const lost = await library.createAnnotation({ articleId: meta.id, start: 0, end: 6, tag: 'actor' });
    await library.close();

    // Stale records: the name's offsets are 3 off; the other claims «حماس» with context found nowhere.
    const path = join(dir, 'annotations', `${meta.id}.json`);
    const stored = JSON.parse(await readFile(path, 'utf8')) as StoredFile;
    stored.annotations = stored.annotations.map((a) =>
      a['id'] === moved.id
        ? { ...a, start: moved.start - 3, end: moved.end - 3 }
        : { ...a, quote: 'حماس', prefix: 'وقالت مصادر مقربة من حركة ', suffix: ' إن الوفد سيصل غداً' },
    );
    const bytes = JSON.stringify(stored);
    await writeFile(path, bytes);
    const mtime = (await stat(path)).mtimeMs;

    const reopened = await Library.open(dir, { dailyBackup: false });
    const list = await reopened.listAnnotations(meta.id);
    expect(list.find((a) => a.id === lost.id)).toMatchObject({
      start: 0,
      end: 6,
      quote: 'حماس',
      prefix: 'وقالت مصادر مقربة من حركة ',
      orphaned: true,
    });
    expect(list.find((a) => a.id === moved.id)).toMatchObject({ start: moved.start, end: moved.end });

    // Reported once, with old and new position.
    expect(await reopened.takeAnchorMoves(meta.id)).toEqual([
      {
        articleId: meta.id,
        id: moved.id,
        quote: 'ستيف ويتكوف',
        from: { start: moved.start - 3, end: moved.end - 3 },
        to: { start: moved.start, end: moved.end },
      },
    ]);
    expect(await reopened.takeAnchorMoves(meta.id)).toEqual([]);

    // Read-only operations: export (all formats' path), search, list again.
    const out = join(dir, 'out.hamish.json');
    const summary = await writeExport(reopened, { format: 'json' }, out, 'test');
    expect(summary).toMatchObject({ articles: 1, annotations: 1, orphaned: 1 });
    const exported = JSON.parse(await readFile(out, 'utf8')) as HamishExport;
    expect(exported.articles[0]?.annotations.map((a) => a.id)).toEqual([moved.id]);
    await writeExport(reopened, { format: 'csv' }, join(dir, 'out.csv'), 'test');
    await reopened.exportAnnotations(meta.id, join(dir, 'one.hamish.json'), 'test');
    await reopened.listAnnotations(meta.id);
    await reopened.flush();
    expect(await readFile(path, 'utf8')).toBe(bytes);
    expect((await stat(path)).mtimeMs).toBe(mtime);

    // An edit writes the file: the orphan keeps its original record (quote and context).
    await reopened.updateAnnotation(meta.id, moved.id, { note: 'ملاحظة' });
    const after = JSON.parse(await readFile(path, 'utf8')) as StoredFile;
    expect(after.annotations.find((a) => a['id'] === lost.id)).toMatchObject({
      quote: 'حماس',
      suffix: ' إن الوفد سيصل غداً',
      start: 0,
      end: 6,
    });
    await reopened.close();
  });
});
