/**
 * @vitest-environment node
 * Markdown through mdast: code fences kept as text (not read as prose),
 * tables as one block per row without pipes or separator rows, nested lists
 * as one block per item, quotes, and exact code point offsets.
 */

import { describe, expect, it } from 'vitest';
import { blockTexts, canonicalizeBlocks } from '../../../../../shared/canonical-text';
import { codePointLength } from '../../../../../shared/code-points';
import { extractMarkdown } from '../../../../../electron/services/import/markdown';

const POST = `---
title: "حصيلة الأسبوع: أرقام ومواقف"
url: https://example.org/weekly
lang: ar-EG
---

مقدمة **قصيرة** عن حصيلة الأسبوع 🇵🇸 مع [رابط](https://example.org/x "عنوان")
تكمل السطر نفسه.

| المدينة | عدد الشاحنات |
| --- | ---: |
| رفح | 120 |
| كرم أبو سالم | 85 |

1. البند الأول
   - بند فرعي *مائل*
2. البند الثاني

\`\`\`json
{ "ceasefire": true,
  "days": 7 }
\`\`\`

> ## تصريح
> قال المتحدث: لا تراجع.

***

<div class="note">ملاحظة من المحرر</div>
`;

describe('extractMarkdown', () => {
  const doc = extractMarkdown(POST);
  const canonical = canonicalizeBlocks(doc.blocks);
  const blocks = blockTexts(canonical.text, canonical.blocks).map((text, i) => [
    canonical.blocks[i]?.kind,
    text,
  ]);

  it('reads the YAML front matter', () => {
    expect(doc).toMatchObject({
      title: 'حصيلة الأسبوع: أرقام ومواقف',
      url: 'https://example.org/weekly',
      language: 'ar',
    });
  });

  it('makes blocks of paragraphs, table rows, list items, code lines and quotes, without markup', () => {
    expect(blocks).toEqual([
      ['paragraph', 'مقدمة قصيرة عن حصيلة الأسبوع 🇵🇸 مع رابط تكمل السطر نفسه.'],
      ['paragraph', 'المدينة | عدد الشاحنات'],
      ['paragraph', 'رفح | 120'],
      ['paragraph', 'كرم أبو سالم | 85'],
      ['paragraph', 'البند الأول'],
      ['paragraph', 'بند فرعي مائل'],
      ['paragraph', 'البند الثاني'],
      ['paragraph', '{ "ceasefire": true,'],
      ['paragraph', '"days": 7 }'],
      ['quote', 'تصريح'],
      ['quote', 'قال المتحدث: لا تراجع.'],
      ['paragraph', 'ملاحظة من المحرر'],
    ]);
    expect(canonical.text).not.toMatch(/---|\*\*|```|https?:|<div/u);
  });

  it('gives block offsets in code points that slice the canonical text exactly', () => {
    const points = Array.from(canonical.text);
    for (const block of canonical.blocks) {
      const text = points.slice(block.start, block.end).join('');
      expect(codePointLength(text)).toBe(block.end - block.start);
      expect(text.trim()).toBe(text);
    }
    expect(canonical.blocks.at(-1)?.end).toBe(points.length);
  });
});
