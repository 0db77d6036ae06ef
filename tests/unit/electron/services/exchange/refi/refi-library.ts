/**
 * A small real library for the REFI-QDA tests: one Arabic article imported
 * from CRLF text with astral characters (𝕏, an emoji flag), annotations of
 * types and subtypes (one on the astral span, one across a line end) with
 * notes and a coder, an entity linked to one of them, and a second article.
 */

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { Library } from '../../../../../../electron/services/library/library';
import { readUtf8 } from '../../../../helpers';

/** ../shared/refi-qda/, the REFI-QDA schemas and samples (read in place). */
export const REFI_DIR = join(import.meta.dirname, '../../../../../../../shared/refi-qda');

/** Real Arabic news copy with CRLF line ends and characters outside the BMP. */
export const RAW_ARABIC = [
  'كشفت مصادر إخبارية عن استعداد المبعوث الخاص للرئيس الأمريكي، ستيف ويتكوف، للقاء خليل الحية.',
  'ونشر الحساب الرسمي على منصة 𝕏 صورة العلم 🇵🇸 مع تعليق قصير.',
  'ويأتي في ظل تصاعد التوترات بين إسرائيل وحماس، واستمرار الخلافات حول شروط التهدئة وتبادل الأسرى.',
].join('\r\n');

/** Code point offsets of `quote` in `text` (first occurrence). */
export function spanOf(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}

/** Fills a new library in `dir` and returns it (open) with the article ids. */
export async function refiLibrary(dir: string) {
  const library = await Library.open(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
  const arabic = await library.addArticle({ title: 'ويتكوف والحية 𝕏', text: RAW_ARABIC, source: 'الجزيرة' });
  const { text } = await library.getArticle(arabic.id);
  const span = (quote: string) => ({ articleId: arabic.id, ...spanOf(text, quote) });
  const entity = await library.saveEntity({
    name: { ar: 'ستيف ويتكوف', en: 'Steve Witkoff' },
    kind: 'person',
    aliases: ['ويتكوف'],
  });
  await library.createAnnotation({ ...span('ستيف ويتكوف'), tag: 'actor.person', entityId: entity.id });
  await library.createAnnotation({
    ...span('منصة 𝕏'),
    tag: 'actor.organisation',
    note: 'حساب على 𝕏\nسطر ثانٍ',
  });
  await library.createAnnotation({ ...span('العلم 🇵🇸'), tag: 'actor' });
  await library.createAnnotation({
    ...span('خليل الحية.\nونشر'),
    tag: 'event.meeting',
    note: 'across a line end',
  });
  await library.createAnnotation({ ...span('تبادل الأسرى'), tag: 'demand.prisoners' });
  const english = await library.addArticle({
    title: 'Envoy to meet Hamas official',
    text: 'The US envoy Steve Witkoff is ready to meet Khalil al-Hayya.\n\nA ceasefire is on the table.',
    language: 'en',
  });
  const { text: en } = await library.getArticle(english.id);
  await library.createAnnotation({
    articleId: english.id,
    ...spanOf(en, 'A ceasefire'),
    tag: 'demand.ceasefire',
  });
  return { library, arabicId: arabic.id, englishId: english.id, entityId: entity.id };
}

const run = promisify(execFile);

/** Runs `xmllint --noout --schema <xsd> <file>`; resolves to its exit code and messages. */
export async function xmllint(xsd: string, file: string): Promise<{ code: number; output: string }> {
  try {
    const { stderr } = await run('xmllint', ['--noout', '--schema', join(REFI_DIR, xsd), file]);
    return { code: 0, output: stderr };
  } catch (error) {
    const e = error as { code?: number; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: e.stderr ?? String(error) };
  }
}

/** Unpacks a .qdpx into `dir` (every entry as a file) and returns the entry names. */
export async function unpack(qdpx: string, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(qdpx)));
  const names: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await mkdir(join(dir, entry.name, '..'), { recursive: true });
    await writeFile(join(dir, entry.name), await entry.async('nodebuffer'));
    names.push(entry.name);
  }
  return names.sort();
}

export { readUtf8 };
