/**
 * The analysis aggregate stays equal to a full recomputation from the files
 * (a fresh aggregate over the same library, and one over the library opened
 * again: a restart) after a seeded random sequence of every kind of change:
 * create, retag, link and unlink an entity, move a span, delete, undo a
 * delete, a merge as imports do, trash and restore an article, delete one
 * for good, add one, a scheme change that retags, and an entity's removal;
 * with queries made at random points in between, so each change reaches an
 * aggregate that was already built.
 */

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng } from '../../../../../bench/corpus';
import { AnalysisAggregate } from '../../../../../electron/services/analysis/analysis-aggregate';
import type { AnalysisRow } from '../../../../../electron/services/analysis/analysis-rows';
import { Library } from '../../../../../electron/services/library/library';
import type { Annotation } from '../../../../../shared/model';
import { DEFAULT_TAXONOMY, listTags } from '../../../../../shared/taxonomy';
import { useTempDirs } from '../../../helpers';
import { SAMPLE } from './analysis-library';

const tempDir = useTempDirs();

/** The rows as sorted lines, for comparison. */
async function snapshot(aggregate: AnalysisAggregate, library: Library): Promise<string[]> {
  const rows: AnalysisRow[] = [];
  for (const [id, list] of await aggregate.current()) if (library.getMeta(id)) rows.push(...list);
  return rows.map((r) => JSON.stringify(r)).sort();
}

describe('the analysis aggregate follows every change', () => {
  it('equals a recomputation from the files after 300 random edits, and after a restart', async () => {
    const dir = join(await tempDir(), 'library');
    const library = await Library.open(dir, { dailyBackup: false });
    const aggregate = new AnalysisAggregate(library);
    const random = prng(19);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const lines = (await readFile(SAMPLE, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    let articleNo = 0;
    const addArticle = async () => {
      const first = articleNo++ % lines.length;
      const text = [lines[first], lines[(first + 3) % lines.length], `مقال ${articleNo}.`].join('\n');
      const date = random() < 0.2 ? '' : `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      return (
        await library.addArticle({
          title: `مقال ${articleNo}`,
          text,
          source: pick(['الجزيرة', 'العربية']),
          date,
          language: 'ar',
        })
      ).id;
    };
    const ids = [await addArticle(), await addArticle(), await addArticle(), await addArticle()];
    const entities = [
      (await library.saveEntity({ name: { ar: 'ويتكوف', en: 'Witkoff' }, kind: 'person', aliases: [] })).id,
      (await library.saveEntity({ name: { ar: 'حماس', en: 'Hamas' }, kind: 'organisation', aliases: [] })).id,
    ];
    let tags = listTags(DEFAULT_TAXONOMY).map((t) => t.id);
    const deleted: Annotation[] = [];
    const done = new Set<string>();
    const live = () => ids.filter((id) => library.getMeta(id) && !library.getMeta(id)?.deletedAt);
    const wordSpan = async (id: string) => {
      const { text } = await library.getArticle(id);
      const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
      const w = pick(words);
      const start = [...text.slice(0, w.index)].length;
      return { start, end: start + [...w[0]].length };
    };
    await aggregate.current();

    for (let step = 0; step < 300; step++) {
      const id = pick(live());
      const existing = await library.listAnnotations(id);
      const one = existing.length > 0 ? pick(existing) : undefined;
      const roll = random();
      if (step === 150) {
        // A scheme change: one subtype goes, its annotations move to another.
        const next = structuredClone(await library.getTaxonomy());
        const demand = next.types.find((t) => t.id === 'demand');
        if (demand) demand.subtypes = demand.subtypes.filter((s) => s.id !== 'prisoners');
        await library.saveTaxonomy(next, { 'demand.prisoners': 'demand.other' });
        tags = listTags(next).map((t) => t.id);
        done.add('retag');
      } else if (step === 250) {
        await library.deleteEntity(entities[1] as string);
        entities.pop();
        done.add('entity removed');
      } else if (roll < 0.35 || !one) {
        const tag = pick(tags);
        const entity = tag.startsWith('actor') && random() < 0.6 ? { entityId: pick(entities) } : {};
        await library.createAnnotations(id, [{ articleId: id, ...(await wordSpan(id)), tag, ...entity }]);
        done.add('create');
      } else if (roll < 0.45) {
        await library.updateAnnotation(
          id,
          one.id,
          random() < 0.5 ? { tag: pick(tags) } : { entityId: random() < 0.5 ? pick(entities) : null },
        );
      } else if (roll < 0.52) {
        await library.updateAnnotation(id, one.id, await wordSpan(id)).catch(() => undefined); // a twin is refused
      } else if (roll < 0.64) {
        await library.deleteAnnotation(id, one.id);
        deleted.push(one);
        done.add('delete');
      } else if (roll < 0.7 && deleted.length > 0) {
        const back = deleted.pop() as Annotation;
        if (library.getMeta(back.articleId) && tags.includes(back.tag))
          await library.restoreAnnotations(back.articleId, [back]).then(
            () => done.add('undo'),
            () => undefined,
          );
      } else if (roll < 0.76) {
        // What an annotation import does: the article's list through a merge.
        await library.updateAnnotations(id, (mine) => [
          ...mine,
          { ...one, id: randomUUID(), tag: pick(tags), author: 'زميل' },
        ]);
      } else if (roll < 0.82) {
        await library.trashArticle(id);
        if (random() < 0.6) await library.restoreArticle(id);
        done.add('trash');
      } else if (roll < 0.86) {
        ids.push(await addArticle());
        done.add('add article');
      } else if (roll < 0.88 && live().length > 3) {
        await library.trashArticle(id);
        await library.emptyTrash();
        done.add('delete article');
      }
      if (random() < 0.2) await aggregate.current();
    }

    const followed = await snapshot(aggregate, library);
    expect(followed.length).toBeGreaterThan(60);
    expect([...done].sort()).toEqual(
      [
        'add article',
        'create',
        'delete',
        'delete article',
        'entity removed',
        'retag',
        'trash',
        'undo',
      ].sort(),
    );
    expect(followed).toEqual(await snapshot(new AnalysisAggregate(library), library));
    await library.close();

    const reopened = await Library.open(dir, { dailyBackup: false });
    expect(await snapshot(new AnalysisAggregate(reopened), reopened)).toEqual(followed);
    await reopened.close();
  });

  it('starts over after a backup restore', async () => {
    const dir = join(await tempDir(), 'library');
    let now = new Date('2026-03-01T10:00:00Z');
    const library = await Library.open(dir, { now: () => now });
    const aggregate = new AnalysisAggregate(library);
    const id = (
      await library.addArticle({ title: 'بيان', text: 'طالبت حماس بوقف إطلاق النار.', language: 'ar' })
    ).id;
    await library.createAnnotation({ articleId: id, start: 6, end: 10, tag: 'actor' });
    now = new Date('2026-03-02T10:00:00Z');
    const backup = await library.backupIfDue();
    if (!backup) throw new Error('no backup was made');
    await library.createAnnotation({ articleId: id, start: 11, end: 28, tag: 'demand.ceasefire' });
    expect((await snapshot(aggregate, library)).length).toBe(2);
    await library.restoreBackup(backup.name);
    expect(await snapshot(aggregate, library)).toEqual(
      await snapshot(new AnalysisAggregate(library), library),
    );
    expect((await snapshot(aggregate, library)).length).toBe(1);
    await library.close();
  });
});
