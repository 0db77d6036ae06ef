/**
 * @vitest-environment node
 * resolveLanguage: the language a source declares is kept unless the text's
 * script contradicts it (an Arabic article on a page declared "en-US").
 */

import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../shared/arabic-text';

const ARABIC = 'نشر موقع Middle East Eye البريطاني، أن خبراً يفيد بقيام لصوص بسرقة أغراض فاخرة.';
const PERSIAN = 'تحلیل روزنامه اصولگرا از دعوت اصلاح طلبان به حضور مردم در انتخابات';
const GERMAN = 'Die Bundesregierung hat am Montag neue Regeln beschlossen.';

describe('resolveLanguage', () => {
  it('replaces a Latin-script declaration on Arabic text', () => {
    expect(resolveLanguage('en-US', ARABIC)).toBe('ar');
    expect(resolveLanguage('en', ARABIC)).toBe('ar');
  });

  it('keeps a declaration that agrees with the script', () => {
    expect(resolveLanguage('fa', PERSIAN)).toBe('fa');
    expect(resolveLanguage('ar', ARABIC)).toBe('ar');
    expect(resolveLanguage('de', GERMAN)).toBe('de');
  });

  it('replaces an Arabic-script declaration on Latin text', () => {
    expect(resolveLanguage('ar', GERMAN)).toBe('en');
  });

  it('detects when nothing is declared', () => {
    expect(resolveLanguage('', ARABIC)).toBe('ar');
    expect(resolveLanguage('', GERMAN)).toBe('en');
  });
});
