/**
 * Helpers for the export/import tests: a library seeded with real Arabic
 * articles (the sample, a fixture, one with astral characters and a span
 * across a line break) and annotations carrying notes, entities and
 * authors; a byte-level snapshot of a folder; a small RFC 4180 CSV reader.
 */

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CHECK_STAMPS_FILE } from '../../electron/services/library/check/check-stamps';
import { Library } from '../../electron/services/library/library';
import { HOLDER_NAME } from '../../electron/services/library/library-lock';
import { AGGREGATE_FILE } from '../../electron/services/analysis/analysis-store';
import { SEARCH_INDEX_FILE } from '../../electron/services/search/search-index';
import { SAMPLE_PATH, fixture, readUtf8 } from './helpers';

/** Code point offset of `phrase` in `text` (its first occurrence). */
export function cpOffset(text: string, phrase: string): [number, number] {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return [start, start + Array.from(phrase).length];
}

const opened: Library[] = [];

/** Opens a library and remembers it for closeLibraries(). */
export async function openLibrary(dir: string, samplePath?: string): Promise<Library> {
  const library = await Library.open(dir, samplePath ? { samplePath } : {});
  opened.push(library);
  return library;
}

/** Closes every library opened here (register with afterEach after useTempDirs, so it runs first). */
export async function closeLibraries(): Promise<void> {
  await Promise.all(opened.splice(0).map((l) => l.close()));
}

export const ENTITY_ID = '5b0f7c8e-3a51-4c7e-9d2a-6f1e2b3c4d5e';

/** Opens a library in `dir` with three articles and annotations of every kind. */
export async function seededLibrary(dir: string): Promise<Library> {
  const library = await openLibrary(dir, SAMPLE_PATH);
  await library.addArticle({ title: 'لقاء القاهرة', text: await readUtf8(fixture('short-article.ar.txt')) });
  await library.addArticle({
    title: 'رموز 🙂 وأسطر',
    source: 'وكالة',
    date: '2025-11-20',
    text: await readUtf8(fixture('astral-lines.ar.txt')),
  });
  // The entity the first annotation of each article links to (the library must hold it).
  await library.importEntities([
    {
      id: ENTITY_ID,
      name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
      kind: 'person',
      aliases: ['ويتكوف'],
      createdAt: '2025-11-01T09:00:00.000Z',
      updatedAt: '2025-11-02T10:30:00.000Z',
    },
  ]);
  const plan: Record<string, [string, string][]> = {
    ويتكوف: [
      ['ستيف ويتكوف', 'actor'],
      ['تبادل الأسرى والمعتقلين', 'demand.prisoners'],
    ],
    القاهرة: [['ووقف الاستيطان', 'demand.settlements']],
    رموز: [
      ['ستيف ويتكوف', 'actor'],
      ['تبادل الأسرى 👍', 'demand.prisoners'],
      ['صامد.\nوأكد خليل الحية', 'event'],
      ['المساعدات 🚑 إلى غزة', 'demand.other'],
    ],
  };
  for (const meta of await library.listArticles()) {
    const key = Object.keys(plan).find((k) => meta.title.includes(k));
    const { text } = await library.getArticle(meta.id);
    for (const [phrase, tag] of plan[key ?? ''] ?? []) {
      const [start, end] = cpOffset(text, phrase);
      await library.createAnnotation({ articleId: meta.id, start, end, tag });
    }
    // Notes (with a comma, quotes and a line break), an entity and an author on some.
    await library.updateAnnotations(meta.id, (list) =>
      list.map((a, i) =>
        i === 0
          ? { ...a, note: 'مبعوث، "خاص"\nسطر ثان', entityId: ENTITY_ID, author: 'محللة' }
          : i === 1
            ? { ...a, note: 'ملاحظة 𝕏' }
            : a,
      ),
    );
  }
  return library;
}

/** Every file under `dir` (relative path → SHA-256 of its bytes). */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    // check-stamps.tsv is the start-up check's cache (rewritten by any open), library-lock.json
    // names the lock's latest holder (rewritten by any writing open), and the search index and the
    // analysis aggregate (with their -wal/-shm files) are caches the services build in the
    // background after an open, whenever the scheduler lets them: none is library content.
    if (!entry.isFile() || entry.name === CHECK_STAMPS_FILE || entry.name === HOLDER_NAME) continue;
    if (entry.name.startsWith(SEARCH_INDEX_FILE) || entry.name.startsWith(AGGREGATE_FILE)) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

export { parseCsv } from './csv-parse';
