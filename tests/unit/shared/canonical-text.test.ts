import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../shared/canonical-text';
import { sliceCodePoints } from '../../../shared/code-points';
import { SAMPLE_PATH } from '../helpers';

describe('canonicalize', () => {
  it('composes to NFC', () => {
    // Alef + combining hamza above → U+0623; e + combining acute → é.
    const { text } = canonicalize('ا\u0654حمد cafe\u0301');
    expect(text).toBe('أحمد café');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('stays NFC when a control character separated a letter from its mark', () => {
    expect(canonicalize('ا\u0007\u0654').text).toBe('أ');
  });

  it('turns CRLF, CR and Unicode separators into "\\n"', () => {
    expect(canonicalize('السطر الأول.\r\nالسطر الثاني.\rالثالث.\u2029الرابع.').text).toBe(
      'السطر الأول.\nالسطر الثاني.\nالثالث.\nالرابع.',
    );
  });

  it('removes control characters and the BOM, keeps ZWNJ', () => {
    expect(canonicalize('\uFEFFنص\u0007 عربي\u0000 می\u200Cخواهم').text).toBe('نص عربي می\u200Cخواهم');
  });

  it('folds runs of spaces and tabs, trims lines', () => {
    expect(canonicalize('  كلمة \t\u00A0  أخرى  ').text).toBe('كلمة أخرى');
  });

  it('drops blank and trailing lines', () => {
    expect(canonicalize('أولى.\n\n   \n\nثانية.\n\n\n').text).toBe('أولى.\nثانية.');
  });

  it('returns empty text for whitespace only', () => {
    expect(canonicalize(' \n\t\r\n ')).toEqual({ text: '', blocks: [] });
  });

  it('gives block offsets in code points that slice to each line', () => {
    const raw = 'عنوان 🙂 قصير\nفقرة أولى فيها 𝕏 رمز.\n> اقتباس من المتحدث.';
    const { text, blocks } = canonicalize(raw);
    expect(text).toBe('عنوان 🙂 قصير\nفقرة أولى فيها 𝕏 رمز.\nاقتباس من المتحدث.');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'quote']);
    expect(blocks.map((b) => sliceCodePoints(text, b.start, b.end))).toEqual(text.split('\n'));
  });

  describe('the sample article', () => {
    const raw = readFileSync(SAMPLE_PATH, 'utf8');
    const { text, blocks } = canonicalize(raw);
    const lines = text.split('\n');

    it('keeps every non-empty line, in order, and drops the trailing blank lines', () => {
      const expected = raw
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines).toEqual(expected);
      expect(text.endsWith('\n')).toBe(false);
      expect(blocks).toHaveLength(12);
    });

    it('slices each block to its line', () => {
      expect(blocks.map((b) => sliceCodePoints(text, b.start, b.end))).toEqual(lines);
      for (let i = 1; i < blocks.length; i++) {
        expect(blocks[i]?.start).toBe((blocks[i - 1]?.end ?? 0) + 1);
      }
    });

    it('makes the two short lines headings and the long lines paragraphs', () => {
      const headings = blocks
        .filter((b) => b.kind === 'heading')
        .map((b) => sliceCodePoints(text, b.start, b.end));
      expect(headings).toEqual(['بحث وقف إطلاق النار بغزة', 'التحديات التي تواجه جهود الوساطة']);
      expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(10);
    });

    it('is idempotent', () => {
      expect(canonicalize(text).text).toBe(text);
    });
  });
});
