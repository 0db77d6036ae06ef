/**
 * Sanitiser: every payload of tests/fixtures/xss-payloads.txt is embedded in
 * an Arabic news page and imported as HTML. Nothing executable or remote may
 * reach the stored article (text, blocks, metadata on disk).
 */

import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFolder, importFiles } from '../../../../../electron/services/import/import-batch';
import { Library } from '../../../../../electron/services/library/library';
import { fixture, useTempDirs } from '../../../helpers';

const tempDir = useTempDirs();

const FORBIDDEN: [string, RegExp][] = [
  ['markup', /<\s*[a-z!/?]/iu],
  ['script word in markup', /<\s*script/iu],
  ['event handler', /\bon[a-z]+\s*=/iu],
  ['javascript: URL', /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/iu],
  ['vbscript: URL', /vbscript\s*:/iu],
  ['data: URL', /\bdata\s*:\s*[a-z]+\/[a-z]/iu],
  ['remote reference', /\b(?:https?|ftp)\s*:\s*\/\//iu],
  ['attribute', /\b(?:src|href|srcset|background|poster|action|formaction)\s*=/iu],
  ['css url()', /url\s*\(/iu],
];

/**
 * The one payload whose trick needs a script to run (document.write("<SCRI") then
 * "PT SRC=…"): scripts never run on import, so its second half is plain visible
 * text, as a browser with scripts off shows it. It is inert text, not markup.
 */
const INERT_TEXT_RESIDUE = 'PT SRC="httx://xss.example.com/xss.js">';

/** Elements whose content a page never shows as text (raw text, form controls, embeds, foreign content). */
const SWALLOWING =
  /<(script|iframe|svg|audio|video|object|select|textarea|plaintext|noscript|xmp|style|title)\b/giu;

/**
 * A payload that opens one of those elements and leaves it open (its closing
 * tag missing, or only inside a quoted attribute) swallows the rest of the
 * page, the closing paragraph too, as a browser's parser does with `<script>`
 * or `<textarea>`. Every other payload leaves the paragraph after it alone.
 */
function leavesOpen(payload: string): boolean {
  const unquoted = payload.replace(/"[^"]*"/gu, (quoted) => ' '.repeat(quoted.length)).toLowerCase();
  return [...payload.matchAll(SWALLOWING)].some(
    (match) => unquoted.lastIndexOf(`</${(match[1] ?? '').toLowerCase()}`) < match.index,
  );
}

function pageWith(payload: string, n: number): string {
  return `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>اختبار ${n}</title></head>
<body><article><h1>خبر رقم ${n}</h1>
<p>أعلن الوسطاء عن جولة جديدة من المفاوضات لتثبيت وقف إطلاق النار وتبادل الأسرى بين الطرفين، وفق مصادر مطلعة.</p>
${payload}
<p>وطالب الوفد بالإفراج عن الأسرى المرضى وكبار السن، وبإدخال المساعدات الإنسانية دون قيود، في الدفعة رقم ${n}.</p>
</article></body></html>`;
}

describe('HTML sanitising by construction', () => {
  it('leaves no script, handler, javascript: URL or remote reference from 100+ XSS payloads', async () => {
    const payloads = (await readFile(fixture('xss-payloads.txt'), 'utf8'))
      .split('\n')
      .filter((l) => l.trim());
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    const root = await tempDir();
    const pages = join(root, 'pages');
    await mkdir(pages);
    for (const [i, payload] of payloads.entries()) {
      await writeFile(join(pages, `p${String(i).padStart(3, '0')}.html`), pageWith(payload, i));
    }
    const library = await Library.open(join(root, 'library'));
    const report = await importFiles(library, await collectFolder(pages));
    expect(report.refused).toEqual([]);
    expect(report.added.length + report.duplicates.length).toBe(payloads.length);
    await library.close();

    // What is on disk is what counts: every article file and the index.
    const stored = [join(root, 'library', 'index.json')];
    for (const name of await readdir(join(root, 'library', 'articles'))) {
      stored.push(join(root, 'library', 'articles', name));
    }
    const offences: string[] = [];
    for (const path of stored) {
      const data = JSON.parse(await readFile(path, 'utf8')) as { text?: string; articles?: object[] };
      const strings = path.endsWith('index.json')
        ? (data.articles ?? []).flatMap((m) =>
            Object.entries(m)
              .filter(([k]) => k !== 'url')
              .map(([, v]) => String(v)),
          )
        : [data.text ?? ''];
      for (const value of strings) {
        const checked = value.replace(INERT_TEXT_RESIDUE, '');
        for (const [what, pattern] of FORBIDDEN)
          if (pattern.test(checked)) offences.push(`${path}: ${what}: ${value.slice(0, 120)}`);
      }
    }
    expect(offences).toEqual([]);
    // The article text around each payload is kept: the paragraph before it always, the one
    // after it unless the payload leaves open an element that swallows the rest of the page.
    // (This looked at one article in readdir order, a random uuid: it failed for ~1 run in 10.)
    const lost: string[] = [];
    for (const name of await readdir(join(root, 'library', 'articles'))) {
      const stored = JSON.parse(await readFile(join(root, 'library', 'articles', name), 'utf8')) as {
        text: string;
        meta: { importedFrom: string };
      };
      const n = Number(/\d+/u.exec(stored.meta.importedFrom)?.[0]);
      const payload = payloads[n] ?? '';
      if (!stored.text.includes('أعلن الوسطاء عن جولة جديدة')) lost.push(`${n} (before): ${payload}`);
      if (!leavesOpen(payload) && !stored.text.includes('وطالب الوفد بالإفراج عن الأسرى المرضى'))
        lost.push(`${n} (after): ${payload}`);
    }
    expect(lost).toEqual([]);
    expect(payloads.filter((payload) => !leavesOpen(payload)).length).toBeGreaterThanOrEqual(90);
  });
});
