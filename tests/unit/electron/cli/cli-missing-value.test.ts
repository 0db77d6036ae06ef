/**
 * An option given without its value is bad usage (exit 2) said in the user's
 * language: `--lang` at the end, `--lang --json` (which took "--json" for a
 * language, and left --json off) and `--lang=` say "option --lang needs a
 * value (ar or en)"; any option followed by another option (`--out --json`)
 * likewise, while `--out=--name` is still a value. The language is the
 * locale's, since --lang gave none.
 */

import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../electron/cli/args';
import { runCli } from './run-cli';

const EN = { LANG: 'en_GB.UTF-8' };
const AR = { LANG: 'ar_EG.UTF-8' };

/** The sentence a usage error starts with, or (with --json) its message. */
function said(stderr: string): string | undefined {
  if (stderr.startsWith('{')) return (JSON.parse(stderr) as { error: { message: string } }).error.message;
  return stderr.split('\n')[0];
}

describe('an option without its value', () => {
  for (const line of [
    ['list', '--lang'],
    ['list', '--lang', '--json'],
    ['--lang', '--help'],
    ['list', '--lang='],
  ]) {
    it(`"${line.join(' ')}" says --lang needs ar or en, in English and Arabic, exit 2`, async () => {
      const en = await runCli(line, EN);
      expect(en.code).toBe(2);
      expect(en.stdout).toBe('');
      expect(said(en.stderr)).toBe('Option --lang needs a value (ar or en).');
      const ar = await runCli(line, AR);
      expect(ar.code).toBe(2);
      expect(said(ar.stderr)).toBe('الخيار ‎--lang يحتاج إلى قيمة (ar أو en).');
    });
  }

  it("with --json after it, the error is JSON, in the locale's language", async () => {
    const run = await runCli(['list', '--lang', '--json'], AR);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stderr)).toEqual({
      error: {
        code: 'usage',
        message: 'الخيار ‎--lang يحتاج إلى قيمة (ar أو en).',
        params: { kind: 'needs-value', name: 'lang', allowed: 'ar,en' },
      },
    });
  });

  it('"export --format csv --out --json" says --out needs a value (exit 2), in either language', async () => {
    const line = ['export', '--format', 'csv', '--out', '--json'];
    const en = await runCli(line, EN);
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stderr)).toMatchObject({
      error: {
        code: 'usage',
        message: 'Option --out needs a value.',
        params: { kind: 'needs-value', name: 'out' },
      },
    });
    const ar = await runCli([...line.slice(0, -1), '--lang', 'ar'], EN);
    expect(ar.code).toBe(2);
    expect(ar.stderr.split('\n')[0]).toBe('الخيار ‎--out يحتاج إلى قيمة.');
  });

  it('takes a value that starts with "--" when written with "="', () => {
    const parsed = parseArgs(['--out=--odd.csv', '--json'], { out: { value: true }, json: {} });
    expect(parsed.values.get('out')).toEqual(['--odd.csv']);
    expect(parsed.flags.has('json')).toBe(true);
  });
});
