/**
 * The interface translations stay complete in both languages: Arabic and
 * English have the same feature files, the same sections in each, the same
 * keys (Arabic adds plural forms English has no use for), and the same
 * {{placeholders}} per message; no section is defined in two feature files.
 */

import { describe, expect, it } from 'vitest';
import { FEATURE_FILES, RESOURCES } from '../../../../renderer/src/i18n/resources';

const PLURAL = /_(zero|one|two|few|many|other)$/u;

/** Every message of a nested translation object, by dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const e of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(...e);
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)/gu)].map((m) => m[1]).sort();
/** Keys with their plural suffix taken off: "taggedAll_few" and "taggedAll_other" are one message. */
const bases = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));

describe('interface translations', () => {
  const ar = flatten(RESOURCES.ar.translation);
  const en = flatten(RESOURCES.en.translation);

  it('has the same feature files, each with the same sections, in Arabic and English', () => {
    expect(Object.keys(FEATURE_FILES.ar)).toEqual(Object.keys(FEATURE_FILES.en));
    for (const [name, file] of Object.entries(FEATURE_FILES.ar)) {
      expect(Object.keys(file), name).toEqual(
        Object.keys(FEATURE_FILES.en[name as keyof typeof FEATURE_FILES.en]),
      );
    }
  });

  it('defines each section in one feature file only', () => {
    for (const files of [FEATURE_FILES.ar, FEATURE_FILES.en]) {
      const sections = Object.values(files).flatMap((f) => Object.keys(f));
      expect(sections.length).toBe(new Set(sections).size);
    }
  });

  it('has the same messages in both languages', () => {
    expect([...bases(ar.keys())].sort()).toEqual([...bases(en.keys())].sort());
    expect(ar.size).toBeGreaterThan(300);
  });

  it('gives every plural message in English its Arabic "other" form', () => {
    const plurals = [...en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    for (const base of plurals) expect(ar.has(`${base}_other`), base).toBe(true);
  });

  it('gives every Arabic plural message its dual and its 3–10 and 11–99 forms (CLDR two, few, many)', () => {
    const plurals = bases([...ar.keys()].filter((k) => PLURAL.test(k)));
    const missing = [...plurals].flatMap((base) =>
      ['one', 'two', 'few', 'many', 'other']
        .filter((form) => !ar.has(`${base}_${form}`))
        .map((f) => `${base}_${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('says in Arabic how many with a plural message wherever a count is followed by the counted noun', () => {
    // "{{count}} توسيمًا" reads wrong for 1, 2 and 3–10: such a message must have plural forms
    // ("{{count}} من التوسيمات" and "{{count}} أخرى" read right for every number).
    const counted = [...ar.entries()].filter(
      ([k, v]) => !PLURAL.test(k) && /\{\{count\}\} (?!من |أخرى)[\u0621-\u064A]/u.test(v),
    );
    expect(counted.map(([k]) => k)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const byBase = (messages: Map<string, string>) => {
      const out = new Map<string, Set<string>>();
      for (const [k, v] of messages) {
        const base = k.replace(PLURAL, '');
        const set = out.get(base) ?? new Set<string>();
        for (const p of placeholders(v)) if (p) set.add(p);
        out.set(base, set);
      }
      return out;
    };
    const arVars = byBase(ar);
    for (const [base, vars] of byBase(en)) {
      // Arabic may leave {{count}} out of a plural form whose word already says the number ("توسيمان").
      const want = [...vars].filter((v) => v !== 'count').sort();
      const got = [...(arVars.get(base) ?? [])].filter((v) => v !== 'count').sort();
      expect(got, base).toEqual(want);
    }
  });
});
