/**
 * @vitest-environment node
 * Saved windows-1256 pages whose code outweighs their text: a charset
 * declared after 40 KB of inline script (a browser finds it while parsing),
 * and no declaration at all, are read as Arabic, not refused as binary.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset } from '../../../../../electron/services/import/decode';
import { readImportFile } from '../../../../../electron/services/import/import-file';
import { fixture, useTempDirs } from '../../../helpers';
import { encodeWindows1256 } from '../../../import-encoding';

const tempDir = useTempDirs();

/** 40 KB of a tracker's inline script, as a saved page's head carries it. */
const SCRIPT = `<script>${'window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}\n'.repeat(500)}</script>`;

async function page(declaration: string): Promise<{ html: string; bytes: Buffer }> {
  const lines = (await readFile(fixture('import/legacy-1256.source.txt'), 'utf8')).trim().split('\n');
  const [headline, ...body] = lines;
  const html = `<!doctype html><html lang="ar" dir="rtl"><head>${SCRIPT}${declaration}<title>${headline}</title></head>
<body><div class="article"><h1>${headline}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  return { html, bytes: encodeWindows1256(html) };
}

describe('decoding windows-1256 pages heavy with script', () => {
  it('reads a charset declared after 40 KB of inline script', async () => {
    const { html, bytes } = await page(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    );
    expect(bytes.indexOf('charset=')).toBeGreaterThan(40_000);
    expect(declaredCharset(bytes)).toBe('windows-1256');
    expect(decodeBytes(bytes, declaredCharset(bytes))).toEqual({ text: html, encoding: 'windows-1256' });
  });

  it('reads an undeclared page as windows-1256 from its visible text, and imports it', async () => {
    const { html, bytes } = await page('');
    expect(declaredCharset(bytes)).toBeNull();
    expect(decodeBytes(bytes)).toEqual({ text: html, encoding: 'windows-1256' });
    const path = join(await tempDir(), 'legacy.html');
    await writeFile(path, bytes);
    const article = await readImportFile(path);
    expect(article.encoding).toBe('windows-1256');
    expect(article.title).toBe('الاحتلال يعلن تمديد الهدنة');
    expect(article.canonical.text).toContain('أعلنت الحكومة، صباح اليوم، تمديد الهدنة الإنسانية');
  });

  it('takes no charset from the body (a page quoting markup) and still refuses bytes that are not text', () => {
    const bytes = Buffer.from(
      '<html><head></head><body><pre>&lt;meta charset="x"&gt; <meta charset="koi8-r"></pre></body></html>',
    );
    expect(declaredCharset(bytes)).toBeNull();
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toBeNull();
  });
});
