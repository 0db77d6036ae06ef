/**
 * With --json an error is `{ "error": { code, message, params } }`: code and
 * params stay English for scripts, and `message` is the sentence the CLI
 * prints without --json, in the language --lang (or the locale) picks. It was
 * the cause's English detail ("No Hamish library in …", "usage: needs-format")
 * whatever the language. Checked for a usage error, a failure and a file
 * `adopt` could not take, in Arabic and English.
 */

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, useTempDirs } from '../../helpers';
import { runCli } from './run-cli';

const tempDir = useTempDirs();
const ARABIC = /[\u0600-\u06ff]/u;

interface JsonError {
  error: { code: string; message: string; params: Record<string, unknown> };
}

describe('hamish --json errors follow --lang', () => {
  for (const lang of ['ar', 'en']) {
    it(`${lang}: a usage error's message is the sentence printed without --json`, async () => {
      const plain = await runCli(['export', '--out', 'x.csv', '--lang', lang]);
      const json = await runCli(['export', '--out', 'x.csv', '--lang', lang, '--json']);
      expect(json.code).toBe(2);
      expect(json.code).toBe(plain.code);
      const { error } = JSON.parse(json.stderr) as JsonError;
      expect(error.code).toBe('usage');
      expect(error.params).toEqual({ kind: 'needs-format' });
      expect(error.message).toBe(plain.stderr.split('\n')[0]);
      expect(ARABIC.test(error.message)).toBe(lang === 'ar');
    });

    it(`${lang}: a failure's message is the sentence printed without --json`, async () => {
      const dir = await tempDir();
      const lib = join(dir, 'no-library-here');
      const plain = await runCli(['list', '--library', lib, '--lang', lang]);
      const json = await runCli(['list', '--library', lib, '--lang', lang, '--json']);
      expect(json.code).toBe(1);
      const { error } = JSON.parse(json.stderr) as JsonError;
      expect(error).toEqual({ code: 'no-library', message: plain.stderr, params: { dir: lib, writing: 0 } });
      expect(ARABIC.test(error.message)).toBe(lang === 'ar');
    });

    it(`${lang}: adopt's notAdopted errors are worded too`, async () => {
      const lib = join(await tempDir(), 'lib');
      const made = await runCli(['import', fixture('short-article.ar.txt'), '--library', lib, '--create']);
      expect(made.code).toBe(0);
      const missing = randomUUID();
      const plain = await runCli(['adopt', missing, '--library', lib, '--lang', lang]);
      const json = await runCli(['adopt', missing, '--library', lib, '--lang', lang, '--json']);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as {
        notAdopted: { given: string; error: JsonError['error'] }[];
      };
      const [refused] = report.notAdopted;
      expect(refused?.error.code).toBe('not-found');
      expect(refused?.error.message).not.toBe('');
      expect(plain.stderr.endsWith(refused?.error.message ?? '?')).toBe(true);
      expect(ARABIC.test(refused?.error.message ?? '')).toBe(lang === 'ar');
    });
  }
});
