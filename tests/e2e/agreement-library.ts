/**
 * The two-coder library the Agreement e2e and its screenshots open: the
 * sample article and the short fixture, each coded by سلمى and Omar as
 * layers of the same library (author set directly, as coders' imports will
 * leave them). Then, for the CLI, each coder's export: `hamish export
 * --format json` of the whole library, split by author (what the export's
 * coder filter of branch h-coders will do), so `hamish agreement` can be run
 * on the same coders' work (the built CLI, as a process).
 */

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Library } from '../../electron/services/library/library';
import type { HamishExport } from '../../shared/export-format';
import type { Annotation } from '../../shared/model';
import { REPO_ROOT, SAMPLE_PATH } from './harness';

/** The built CLI (npm run build), run as its own process as a user runs it. */
const CLI = join(REPO_ROOT, 'out', 'cli', 'hamish.mjs');

/** `hamish …args` in English; rejects (with its stderr) on a non-zero exit. */
async function hamish(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], {
    env: { ...process.env, LANG: 'en_GB.UTF-8', HAMISH_LIBRARY_DIR: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export const CODERS = ['سلمى', 'Omar'] as const;

type Plan = Record<(typeof CODERS)[number], [phrase: string, tag: string][]>;

const SAMPLE_PLAN: Plan = {
  سلمى: [
    ['ستيف ويتكوف', 'actor.person'],
    ['خليل الحية', 'actor.person'],
    ['حماس', 'actor.organisation'],
    ['تبادل الأسرى', 'demand.prisoners'],
    ['وقف إطلاق النار', 'demand.ceasefire'],
  ],
  Omar: [
    ['ستيف ويتكوف', 'actor.person'],
    ['خليل الحية', 'actor.organisation'],
    ['حماس', 'actor.organisation'],
    ['تبادل الأسرى', 'demand.prisoners'],
    ['اللقاء', 'event.meeting'],
  ],
};

const FIXTURE_PLAN: Plan = {
  سلمى: [
    ['وزير الخارجية', 'actor.state'],
    ['تبادل الأسرى', 'demand.prisoners'],
  ],
  Omar: [['وزير الخارجية', 'actor.state']],
};

/** The annotations of `plan` in `text` (first occurrence of each phrase), code point offsets. */
function layers(articleId: string, text: string, plan: Plan): Annotation[] {
  const points = [...text];
  const now = new Date().toISOString();
  return CODERS.flatMap((author) =>
    plan[author].map(([phrase, tag]): Annotation => {
      const at = text.indexOf(phrase);
      if (at < 0) throw new Error(`"${phrase}" is not in the text`);
      const start = [...text.slice(0, at)].length;
      const end = start + [...phrase].length;
      const quote = points.slice(start, end).join('');
      return {
        id: randomUUID(),
        articleId,
        start,
        end,
        tag,
        quote,
        prefix: '',
        suffix: '',
        author,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}

/** Writes the library into `dir` (closed again after) and each coder's export into `outDir`; returns their paths, in CODERS order. */
export async function writeTwoCoderLibrary(dir: string, outDir: string): Promise<string[]> {
  const library = await Library.open(dir, { dailyBackup: false });
  const sample = await library.addArticle({
    title: 'ويتكوف مستعد للقاء الحية',
    text: await readFile(SAMPLE_PATH, 'utf8'),
    source: 'الجزيرة',
    date: '2026-03-02',
  });
  const fixture = await library.addArticle({
    title: 'لقاء القاهرة',
    text: await readFile(join(REPO_ROOT, 'tests', 'fixtures', 'short-article.ar.txt'), 'utf8'),
    source: 'العربية',
    date: '2026-03-10',
  });
  for (const [meta, plan] of [
    [sample, SAMPLE_PLAN],
    [fixture, FIXTURE_PLAN],
  ] as const) {
    const { text } = await library.getArticle(meta.id);
    await library.restoreAnnotations(meta.id, layers(meta.id, text, plan));
  }
  await library.close();
  const whole = join(outDir, 'library.hamish.json');
  await hamish(['export', '--format', 'json', '--out', whole, '--library', dir]);
  const data = JSON.parse(await readFile(whole, 'utf8')) as HamishExport;
  const paths: string[] = [];
  for (const coder of CODERS) {
    const path = join(outDir, `${coder}.hamish.json`);
    const articles = data.articles.map((a) => ({
      ...a,
      annotations: a.annotations.filter((x) => x.author === coder),
    }));
    await writeFile(path, JSON.stringify({ ...data, articles }));
    paths.push(path);
  }
  return paths;
}

/** What `hamish agreement <files> …args` prints (its trailing newline left out, as the app's file is compared without it). */
export async function cliAgreement(files: readonly string[], args: string[]): Promise<string> {
  return (await hamish(['agreement', ...files, ...args])).replace(/\r?\n$/u, '');
}
