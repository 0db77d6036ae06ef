/**
 * @vitest-environment node
 * A scheme save against a changed scheme is refused, and the last scheme save
 * is undone (library-scheme.ts, scheme-undo.ts), on a real library folder of
 * real Arabic text with its lowdb files read back from disk: the earlier
 * scheme and the annotations the save moved, deleted or merged come back
 * (an annotation edited since keeps its edit); an undo on a scheme changed
 * since, a second undo, or an undo that would orphan a tag used since is
 * refused and writes nothing.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../electron/services/library/library';
import { codePointLength, utf16ToCodePoint } from '../../../../../shared/code-points';
import { schemeVersion } from '../../../../../shared/scheme-version';
import type { Taxonomy } from '../../../../../shared/taxonomy';
import { failureCode, storedAnnotations, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();
const TEXT = 'قال ستيف ويتكوف إن حماس تطالب بتبادل الأسرى قبل أي اتفاق، وأكد الوسطاء أن المفاوضات مستمرة.';
const ENVOY = 'ستيف ويتكوف';

/** `scheme` without the subtype `subtype` of type `type`. */
const without = (scheme: Taxonomy, type: string, subtype: string): Taxonomy => ({
  ...scheme,
  types: scheme.types.map((t) =>
    t.id === type ? { ...t, subtypes: t.subtypes.filter((s) => s.id !== subtype) } : t,
  ),
});

async function setup() {
  const dir = await tempDir();
  let tick = Date.parse('2026-01-01T00:00:00Z');
  const now = () => new Date((tick += 60_000));
  const library = await Library.open(dir, { dailyBackup: false, now });
  const meta = await library.addArticle({ title: 'ويتكوف والأسرى', text: TEXT });
  const span = (phrase: string) => {
    const start = utf16ToCodePoint(TEXT, TEXT.indexOf(phrase));
    return { articleId: meta.id, start, end: start + codePointLength(phrase) };
  };
  const onDisk = async () => (await storedAnnotations(dir, meta.id)).sort((x, y) => x.id.localeCompare(y.id));
  const schemeOnDisk = async () => JSON.parse(await readFile(join(dir, 'taxonomy.json'), 'utf8')) as Taxonomy;
  return { dir, library, articleId: meta.id, span, onDisk, schemeOnDisk };
}

describe('a scheme save', () => {
  it('is refused, writing nothing, when the scheme changed since the editor read it', async () => {
    const { library, span, onDisk, schemeOnDisk } = await setup();
    await library.createAnnotation({ ...span('تبادل الأسرى'), tag: 'demand.prisoners' });
    const read = await library.getTaxonomy();
    const version = schemeVersion(read);
    // Another save lands first (the editor's preview was of `read`).
    await library.saveTaxonomy(without(read, 'demand', 'aid'), {});
    const scheme = await schemeOnDisk();
    const annotations = await onDisk();
    const late = library.saveTaxonomy(
      without(read, 'demand', 'prisoners'),
      { 'demand.prisoners': 'demand' },
      undefined,
      version,
    );
    expect(await failureCode(late)).toBe('scheme-changed');
    expect(await schemeOnDisk()).toEqual(scheme);
    expect(await onDisk()).toEqual(annotations);
    // Against the current version it goes through.
    const current = await library.getTaxonomy();
    const saved = await library.saveTaxonomy(
      without(current, 'demand', 'prisoners'),
      { 'demand.prisoners': 'demand' },
      undefined,
      schemeVersion(current),
    );
    expect(saved.taxonomy).toEqual(await schemeOnDisk());
    expect((await onDisk()).map((a) => a.tag)).toEqual(['demand']);
    await library.close();
  });

  it('is undone: the earlier scheme and the moved, deleted and merged annotations come back', async () => {
    const { library, span, onDisk, schemeOnDisk } = await setup();
    await library.createAnnotation({ ...span(ENVOY), tag: 'actor', note: 'المبعوث' });
    await library.createAnnotation({ ...span(ENVOY), tag: 'actor.person', note: 'مبعوث ترامب' });
    await library.createAnnotation({ ...span('تبادل الأسرى'), tag: 'demand.prisoners' });
    const edited = await library.createAnnotation({ ...span('الوسطاء'), tag: 'actor.organisation' });
    await library.createAnnotation({ ...span('المفاوضات'), tag: 'event.negotiation' });
    const scheme = await schemeOnDisk();
    const annotations = await onDisk();

    const next = without(
      without(without(scheme, 'actor', 'person'), 'demand', 'prisoners'),
      'actor',
      'organisation',
    );
    const saved = await library.saveTaxonomy(next, {
      'actor.person': 'actor',
      'demand.prisoners': null,
      'actor.organisation': 'actor',
    });
    expect(saved.mergedTwins).toBe(1);
    expect((await onDisk()).map((a) => a.tag).sort()).toEqual(['actor', 'actor', 'event.negotiation']);
    // The mediator's note is edited after the save: that edit is kept by the undo.
    await library.updateAnnotation(edited.articleId, edited.id, { note: 'قطر ومصر' });

    const undone = await library.undoSchemeSave(schemeVersion(saved.taxonomy));
    expect(undone).toMatchObject({ restored: 3, kept: 1 });
    expect(await schemeOnDisk()).toEqual(scheme);
    expect(undone.taxonomy).toEqual(scheme);
    const after = await onDisk();
    const withoutMediator = (list: typeof after) => list.filter((a) => a.id !== edited.id);
    expect(withoutMediator(after)).toEqual(withoutMediator(annotations));
    expect(after.find((a) => a.id === edited.id)).toMatchObject({ tag: 'actor', note: 'قطر ومصر' });

    // Durable: read back by a fresh open of the same folder.
    const dir = library.paths.dir;
    await library.close();
    const reopened = await Library.open(dir, { dailyBackup: false });
    expect(await reopened.getTaxonomy()).toEqual(scheme);
    expect((await reopened.listAnnotations(edited.articleId)).map((a) => a.tag).sort()).toEqual(
      ['actor', 'actor', 'actor.person', 'demand.prisoners', 'event.negotiation'].sort(),
    );
    // Nothing left to undo in this session.
    expect(await failureCode(reopened.undoSchemeSave(schemeVersion(saved.taxonomy)))).toBe('not-found');
    await reopened.close();
  });

  it('is not undone, writing nothing, on a scheme changed since, twice, or over a tag used since', async () => {
    const { library, span, onDisk, schemeOnDisk } = await setup();
    await library.createAnnotation({ ...span('تبادل الأسرى'), tag: 'demand.prisoners' });
    const scheme = await schemeOnDisk();
    // A new subtype, used at once: undoing the save that made it would orphan the annotation.
    const added: Taxonomy = {
      ...scheme,
      types: scheme.types.map((t) =>
        t.id === 'demand'
          ? {
              ...t,
              subtypes: [
                ...t.subtypes,
                { id: 'truce', label: { ar: 'هدنة', en: 'Truce' }, color: '#2B7A4B', key: '7' },
              ],
            }
          : t,
      ),
    };
    const addedSave = await library.saveTaxonomy(added, {});
    await library.createAnnotation({ ...span('اتفاق'), tag: 'demand.truce' });
    const files = async () => [await schemeOnDisk(), await onDisk()];
    const before = await files();
    expect(await failureCode(library.undoSchemeSave(schemeVersion(addedSave.taxonomy)))).toBe('tag-in-use');
    expect(await files()).toEqual(before);

    // A save whose scheme was changed again since (by a later save, or an import's scheme merge, which
    // saves the same way) cannot be undone; the later one can, once; then the earlier one, its scheme back.
    const current = await library.getTaxonomy();
    const first = schemeVersion((await library.saveTaxonomy(without(current, 'demand', 'aid'), {})).taxonomy);
    const second = schemeVersion(
      (await library.saveTaxonomy(without(await library.getTaxonomy(), 'actor', 'organisation'), {}))
        .taxonomy,
    );
    const twice = await files();
    expect(await failureCode(library.undoSchemeSave(first))).toBe('scheme-changed');
    expect(await files()).toEqual(twice);
    await library.undoSchemeSave(second);
    const subtypesOf = async (type: string) =>
      (await schemeOnDisk()).types.find((t) => t.id === type)?.subtypes.map((s) => s.id);
    expect(await subtypesOf('actor')).toContain('organisation');
    const once = await files();
    expect(once).not.toEqual(twice);
    expect(await failureCode(library.undoSchemeSave(second))).toBe('not-found');
    expect(await files()).toEqual(once);
    expect(await subtypesOf('demand')).not.toContain('aid');
    await library.undoSchemeSave(first);
    expect(await subtypesOf('demand')).toContain('aid');
    await library.close();
  });
});
