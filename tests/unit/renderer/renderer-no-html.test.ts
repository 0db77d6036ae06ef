/**
 * No imported content can run code in the renderer: nothing in renderer/
 * turns strings into HTML (dangerouslySetInnerHTML, innerHTML, DOMParser…),
 * and the lint rule that forbids it is in force (ESLint is run on a probe).
 * The e2e test data-safety.spec.ts shows hostile HTML in an article as text.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FORBIDDEN =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|createContextualFragment|new DOMParser|document\.write|\beval\(|new Function\(/;

describe('the renderer never parses strings as HTML', () => {
  it('no HTML-injection API appears anywhere in renderer/', async () => {
    const entries = await readdir(join(ROOT, 'renderer'), { recursive: true, withFileTypes: true });
    const sources = entries.filter((e) => e.isFile() && /\.(tsx?|html|js)$/.test(e.name));
    expect(sources.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const e of sources) {
      const path = join(e.parentPath, e.name);
      if (FORBIDDEN.test(await readFile(path, 'utf8'))) offenders.push(path);
    }
    expect(offenders).toEqual([]);
  });

  it('ESLint refuses dangerouslySetInnerHTML and innerHTML in renderer code', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const probe = [
      'export const A = (p: { html: string }) => <div dangerouslySetInnerHTML={{ __html: p.html }} />;',
      'export function b(el: HTMLElement, html: string) {',
      '  el.innerHTML = html;',
      "  el.insertAdjacentHTML('beforeend', html);",
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(probe, { filePath: join(ROOT, 'renderer/src/app/App.tsx') });
    const messages = (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.line);
    expect(messages).toEqual([1, 3, 4]);
  }, 60_000);
});
