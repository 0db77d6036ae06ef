/**
 * `hamish agreement` on real files: two libraries of real Arabic articles
 * (the sample, a fixture; one more only in the first), coded differently by
 * two coders, exported with `hamish export --format json`, then compared.
 * Expected values are worked out by hand in the comments. Bad input gets a
 * sentence in the CLI's language and exit code 1 (file) or 2 (usage).
 */

import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PATH, fixture, readUtf8 } from '../../helpers';
import { closeLibraries, cpOffset, openLibrary, parseCsv } from '../../transfer-helpers';
import { runCli } from './run-cli';

afterEach(closeLibraries);

type Plan = Record<string, [phrase: string, tag: string][]>;

/** A library in `dir` with the sample and the short fixture (and the astral one when `extra`), coded by `author` as `plan` says, exported to `out`. */
async function coderExport(dir: string, author: string, plan: Plan, extra: boolean): Promise<string> {
  const lib = join(dir, 'lib');
  const library = await openLibrary(lib, SAMPLE_PATH);
  await library.addArticle({ title: 'لقاء القاهرة', text: await readUtf8(fixture('short-article.ar.txt')) });
  if (extra)
    await library.addArticle({ title: 'رموز', text: await readUtf8(fixture('astral-lines.ar.txt')) });
  for (const meta of await library.listArticles()) {
    const key = Object.keys(plan).find((k) => meta.title.includes(k)) ?? '';
    const { text } = await library.getArticle(meta.id);
    for (const [phrase, tag] of plan[key] ?? []) {
      const [start, end] = cpOffset(text, phrase);
      await library.createAnnotation({ articleId: meta.id, start, end, tag });
    }
    await library.updateAnnotations(meta.id, (list) => list.map((a) => ({ ...a, author })));
  }
  await library.close();
  const out = join(dir, `${author}.hamish.json`);
  const run = await runCli(['export', '--format', 'json', '--out', out, '--library', lib]);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

let salma = '';
let omar = '';
let dir = '';

// One folder for the whole file: the two exports are made once and every test reads them.
afterAll(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hamish-agreement-'));
  // The sample's title holds "ويتكوف"; the fixture's is "لقاء القاهرة".
  salma = await coderExport(
    join(dir, 'a'),
    'سلمى',
    {
      ويتكوف: [
        ['ستيف ويتكوف', 'actor.person'],
        ['خليل الحية', 'actor.person'],
        ['حركة حماس', 'actor.organisation'],
        ['تبادل الأسرى', 'demand.prisoners'],
      ],
      القاهرة: [
        ['وزير الخارجية', 'actor.state'],
        ['تبادل الأسرى', 'demand.prisoners'],
      ],
      رموز: [['ستيف ويتكوف', 'actor']],
    },
    true,
  );
  omar = await coderExport(
    join(dir, 'b'),
    'Omar',
    {
      ويتكوف: [
        ['ستيف ويتكوف', 'actor.person'],
        ['خليل الحية', 'actor.organisation'],
        ['حماس', 'actor.organisation'],
        ['تبادل الأسرى', 'demand.prisoners'],
        ['وقف إطلاق النار', 'demand.other'],
      ],
      القاهرة: [['وزير الخارجية', 'actor.state']],
    },
    false,
  );
}, 60_000);

/** The JSON report of `hamish agreement salma omar …options`. */
async function jsonReport(...options: string[]) {
  const run = await runCli(['agreement', salma, omar, '--format', 'json', ...options]);
  expect(run.code, run.stderr).toBe(0);
  return {
    run,
    report: JSON.parse(run.stdout) as Record<string, unknown> & { overall: { measure: { value?: number } } },
  };
}

describe('hamish agreement', () => {
  it('names the coders by author, compares the articles both hold and names the one left out', async () => {
    const { run, report } = await jsonReport('--measure', 'alpha');
    expect(report['coders']).toEqual(['سلمى', 'Omar']);
    const titles = (report['articles'] as { title: string }[]).map((a) => a.title);
    expect(titles).toHaveLength(2);
    expect(titles).toContain('لقاء القاهرة');
    expect(titles.some((t) => t.includes('ويتكوف'))).toBe(true);
    expect(run.stderr).toBe(
      `Left out: article “رموز” (id ${(report['leftOut'] as { id: string }[])[0]?.id}) is not in ${omar}; only articles every file holds are compared.`,
    );
  });

  it('alpha, exact spans, untagged none: 8 units, α = 1 − 0.5 / (2/3) = 0.25', async () => {
    // Units: ويتكوف (a,a) الحية (a,a) «حركة حماس» (a,∅) «حماس» (∅,a) تبادل (d,d) وقف (∅,d) وزير (a,a) تبادل٢ (d,∅).
    // n = 16; margins a 8, d 4, ∅ 4; D_o = 8/16; D_e = (256 − 96)/240.
    const { report } = await jsonReport('--measure', 'alpha', '--unit', 'exact');
    expect(report.overall.measure.value).toBeCloseTo(0.25, 12);
    expect(report['overall']).toMatchObject({ units: 8, alone: [2, 2] });
  });

  it('alpha, overlapping spans: «حماس» joins «حركة حماس», 7 units, α = 1 − (4/14)/(112/182)', async () => {
    const { report } = await jsonReport('--measure', 'alpha', '--unit', 'overlap');
    expect(report.overall.measure.value).toBeCloseTo(1 - 4 / 14 / (112 / 182), 12);
    expect(report['overall']).toMatchObject({ units: 7, alone: [1, 1] });
  });

  it("kappa is Cohen's for two coders; --untagged missing keeps only units both tagged", async () => {
    const { report } = await jsonReport('--measure', 'kappa', '--untagged', 'missing', '--by', 'subtype');
    expect(report['measure']).toBe('cohen-kappa');
    // Both tagged: ويتكوف person/person, الحية person/organisation, تبادل prisoners/prisoners, وزير state/state.
    // p_o = 3/4; p_e = (2/4·1/4) [person] + (1/4·1/4) [prisoners] + (1/4·1/4) [state] = 4/16; κ = (3/4 − 1/4)/(3/4).
    expect(report.overall.measure.value).toBeCloseTo(2 / 3, 12);
  });

  it('alpha-u is the default and prints an aligned table in the language asked for', async () => {
    const run = await runCli(['agreement', salma, omar, '--lang', 'ar']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('الاتفاق بين المرمّزين: ألفا كريبندورف للتقطيع (αu)');
    expect(lines.some((l) => /^فاعل +-?[−\d]/u.test(l))).toBe(true);
    expect(run.stderr).toContain('تُرك المقال «رموز»');
  });

  it('writes CSV and a standalone Arabic HTML page with --out', async () => {
    const csvPath = join(dir, 'agreement.csv');
    const csv = await runCli([
      'agreement',
      salma,
      omar,
      '--measure',
      'alpha',
      '--format',
      'csv',
      '--out',
      csvPath,
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain(`Wrote the agreement report to ${csvPath}.`);
    const rows = parseCsv((await readFile(csvPath, 'utf8')).slice(1));
    const alpha = rows.find((r) => r[0] === 'overall' && r[6] === 'krippendorff-alpha-nominal');
    expect(Number(alpha?.[7])).toBeCloseTo(0.25, 12);
    const htmlPath = join(dir, 'agreement.html');
    expect(
      (await runCli(['agreement', salma, omar, '--format', 'html', '--out', htmlPath, '--lang', 'ar'])).code,
    ).toBe(0);
    const html = await readFile(htmlPath, 'utf8');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<bdi dir="rtl" lang="ar">فاعل</bdi>');
  });
});

describe('hamish agreement --article', () => {
  it('compares only the articles named, and names an id no compared article has', async () => {
    const all = await jsonReport('--measure', 'alpha');
    const cairo = (all.report['articles'] as { id: string; title: string; measure: unknown }[]).find(
      (a) => a.title === 'لقاء القاهرة',
    );
    const { run, report } = await jsonReport(
      '--measure',
      'alpha',
      '--article',
      cairo?.id ?? '',
      '--article',
      'a0000000-0000-4000-8000-000000000000',
    );
    expect((report['articles'] as unknown[]).length).toBe(1);
    // The fixture alone: وزير (a,a), تبادل (d,∅): the overall value is that article's own.
    expect(report['overall']).toMatchObject({ units: 2, measure: cairo?.measure });
    expect(run.stderr.split('\n')).toContain(
      '--article a0000000-0000-4000-8000-000000000000: no article with that id is in every file.',
    );
  });
});

describe('hamish agreement, bad input', () => {
  it('never writes the report over a file it compares, and names a folder that does not exist', async () => {
    const before = await readFile(omar, 'utf8');
    const over = await runCli(['agreement', salma, omar, '--out', omar]);
    expect(over.code).toBe(2);
    expect(over.stderr.split('\n')[0]).toBe(
      `--out ${omar} is one of the files to compare: write the report to another file.`,
    );
    expect(await readFile(omar, 'utf8')).toBe(before);
    const nowhere = join(dir, 'no-folder', 'r.html');
    const run = await runCli(['agreement', salma, omar, '--format', 'html', '--out', nowhere]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').pop()).toBe(`${nowhere} could not be written: its folder does not exist.`);
  });

  it('refuses one coder’s file given twice, however it is written (exit 2, both languages)', async () => {
    const again = `${dir}/./${relative(dir, salma)}`;
    const twice = await runCli(['agreement', salma, omar, again]);
    expect(twice.code).toBe(2);
    expect(twice.stderr.split('\n')[0]).toBe(`${again} is given twice: each coder's file once.`);
    expect(twice.stdout).toBe('');
    const ar = await runCli(['agreement', omar, omar, '--lang', 'ar']);
    expect(ar.code).toBe(2);
    expect(ar.stderr.split('\n')[0]).toBe(`${omar} مذكور مرتين: اذكر ملف كل مرمّز مرة واحدة.`);
  });

  it('names the first ten articles left out, then says how many more', async () => {
    const data = JSON.parse(await readFile(salma, 'utf8')) as { articles: Record<string, unknown>[] };
    const first = data.articles[0] ?? {};
    for (let i = 1; i <= 12; i++) {
      const text = `مقال رقم ${i} لا يملكه إلا ملف واحد.`;
      data.articles.push({
        ...first,
        id: `b0000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
        title: `مقال ${i}`,
        text,
        blocks: undefined,
        textSha256: createHash('sha256').update(text).digest('hex'),
        length: [...text].length,
        annotations: [],
      });
    }
    const more = join(dir, 'more.hamish.json');
    await writeFile(more, JSON.stringify(data));
    const run = await runCli(['agreement', more, omar]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    // رموز and the twelve: thirteen left out, ten named.
    expect(lines.filter((l) => l.startsWith('Left out: article'))).toHaveLength(10);
    expect(lines).toContain('… and 3 more articles left out the same way.');
  });

  it('needs two files and known option values (exit 2, in the language asked for)', async () => {
    const one = await runCli(['agreement', salma]);
    expect(one.code).toBe(2);
    expect(one.stderr.split('\n')[0]).toBe('agreement needs two or more Hamish JSON files, one per coder.');
    const measure = await runCli(['agreement', salma, omar, '--measure', 'alpha-x', '--lang', 'ar']);
    expect(measure.code).toBe(2);
    expect(measure.stderr.split('\n')[0]).toBe(
      '«alpha-x» ليست قيمة للخيار ‎--measure: استخدم alpha-u أو alpha أو kappa أو percent.',
    );
    expect((await runCli(['agreement', salma, omar, '--library', dir])).code).toBe(2);
  });

  it('refuses a missing file, a file that is not Hamish JSON and a tampered one, naming each (exit 1)', async () => {
    const missing = join(dir, 'nope.json');
    const gone = await runCli(['agreement', salma, missing]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(`${missing} could not be read: it does not exist.`);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"format": "hamish-annotations", "version": 1, ');
    const bad = await runCli(['agreement', salma, broken, '--lang', 'ar']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      `لا تمكن مقارنة «${broken}»: الملف ليس JSON صالحًا (ربما كان مبتورًا أو ليس ملف هامش).`,
    );
    // A quote that no longer matches its text is refused as an import would refuse it.
    const data = JSON.parse(await readFile(omar, 'utf8')) as {
      articles: { annotations: { quote: string }[] }[];
    };
    const first = data.articles.find((a) => a.annotations.length > 0)?.annotations[0];
    if (first) first.quote = 'نص آخر تمامًا';
    const tampered = join(dir, 'tampered.json');
    await writeFile(tampered, JSON.stringify(data));
    const run = await runCli(['agreement', salma, tampered]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^${tampered.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} cannot be compared: a quote does not match the text at its offsets \\(at articles\\[\\d\\]`,
        'u',
      ),
    );
  });

  it('says so when the files share no article (exit 1)', async () => {
    const data = JSON.parse(await readFile(omar, 'utf8')) as { articles: unknown[] };
    const empty = join(dir, 'empty.json');
    await writeFile(empty, JSON.stringify({ ...data, articles: [] }));
    const run = await runCli(['agreement', salma, empty, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').pop()).toBe(
      'The files have no article in common (articles are matched by the SHA-256 of their text): nothing to compare.',
    );
  });
});
