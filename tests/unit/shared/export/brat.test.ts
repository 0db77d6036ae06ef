/**
 * brat export that brat accepts (issue 16): an export of real Arabic text
 * (astral characters, CRLF input made canonical) with nested, crossing and
 * identical spans, a span across a line break, multi-line notes and labels
 * holding "|" and "<…>" passes the checker written from brat's documented
 * rules (brat-checker.ts); without the "<OVERLAP>" declaration the same files
 * fail it, as they failed brat's verify_annotations. Notes keep their line
 * breaks in the documented escaped form.
 */

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  BRAT_OVERLAP_RULE,
  buildBrat,
  escapeNote,
  unescapeNote,
  visualLabel,
} from '../../../../shared/export/brat';
import { canonicalize } from '../../../../shared/canonical-text';
import { CodePointIndex } from '../../../../shared/code-points';
import { quoteSelector } from '../../../../shared/anchoring';
import { buildExport } from '../../../../shared/export-format';
import type { Annotation, ArticleMeta } from '../../../../shared/model';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../../shared/taxonomy';
import { fixture } from '../../helpers';
import { cpOffset } from '../../transfer-helpers';
import { checkBratAnn, checkBratConfig } from './brat-checker';

const ARTICLE = '0b7f5a52-6c1e-4e43-9f0a-2d5e8c1b7a10';

/** The default scheme with labels brat would misread unescaped. */
const SCHEME: Taxonomy = {
  version: 1,
  types: DEFAULT_TAXONOMY.types.map((t) =>
    t.id === 'actor' ? { ...t, label: { ar: 'فاعل | جهة', en: 'Actor <any>' } } : t,
  ),
};

/** An export of the fixture (read with CRLF line ends, made canonical) with overlapping spans and notes. */
async function overlappingExport() {
  const crlf = (await readFile(fixture('astral-lines.ar.txt'), 'utf8')).replace(/\n/gu, '\r\n');
  const { text, blocks } = canonicalize(crlf);
  const index = new CodePointIndex(text);
  const at = '2025-11-20T10:00:00.000Z';
  const spans: [string, string, string?][] = [
    ['ستيف ويتكوف إن المفاوضات', 'actor', 'سطر أول\r\nسطر ثان\\ مع \tجدولة'],
    ['ستيف ويتكوف', 'actor.person', 'داخل فاعل أطول'],
    ['المفاوضات حول تبادل', 'event'],
    ['المفاوضات حول تبادل', 'demand.prisoners'],
    ['صامد.\nوأكد خليل الحية', 'event', 'عبر السطر\nthen English'],
    ['المساعدات 🚑 إلى غزة', 'demand.other'],
  ];
  const annotations: Annotation[] = spans.map(([phrase, tag, note], i) => {
    const [start, end] = cpOffset(text, phrase);
    return {
      id: `a0000000-0000-4000-8000-00000000000${i}`,
      articleId: ARTICLE,
      start,
      end,
      ...quoteSelector(index, start, end),
      tag,
      ...(note === undefined ? {} : { note }),
      createdAt: at,
      updatedAt: at,
    };
  });
  const meta: ArticleMeta = {
    id: ARTICLE,
    title: 'رموز 🙂 وأسطر',
    source: '',
    date: '',
    language: 'ar',
    addedAt: at,
    textSha256: '0'.repeat(64),
    length: index.length,
    annotationCount: annotations.length,
  };
  return buildExport([{ meta, annotations, text, blocks }], SCHEME, at, 'test', { includeText: true });
}

describe('brat export checked against brat’s rules', () => {
  it('passes the checker with nested, crossing and identical spans', async () => {
    const files = buildBrat(await overlappingExport());
    const config = checkBratConfig(files.get('annotation.conf') ?? '', files.get('visual.conf') ?? '');
    expect(config.problems).toEqual([]);
    expect(files.get('annotation.conf')).toContain(`[relations]\n${BRAT_OVERLAP_RULE}\n`);
    const txt = files.get(`${ARTICLE}.txt`) ?? '';
    const ann = files.get(`${ARTICLE}.ann`) ?? '';
    expect(ann.split('\n').filter((l) => l.startsWith('T'))).toHaveLength(6);
    expect(checkBratAnn(txt, ann, config)).toEqual([]);
  });

  it('fails the checker without the <OVERLAP> declaration, as brat’s verifier did', async () => {
    const files = buildBrat(await overlappingExport());
    const conf = (files.get('annotation.conf') ?? '').replace(`${BRAT_OVERLAP_RULE}\n`, '');
    const config = checkBratConfig(conf, files.get('visual.conf') ?? '');
    const problems = checkBratAnn(
      files.get(`${ARTICLE}.txt`) ?? '',
      files.get(`${ARTICLE}.ann`) ?? '',
      config,
    );
    // actor ⊃ actor.person, actor × event, actor × demand, event = demand: each pair twice.
    expect(problems).toHaveLength(8);
    expect(problems.filter((p) => p.includes('identical span'))).toHaveLength(2);
    expect(problems.filter((p) => p.includes('containment'))).toHaveLength(2);
  });

  it('flags labels brat would split or read as macros, and text that does not match', () => {
    const raw = '[labels]\nactor | Actor | فاعل | جهة\nevent | <x> | حدث\n';
    const { problems } = checkBratConfig('[entities]\nactor\nevent\n', raw);
    expect(problems).toHaveLength(2);
    const config = checkBratConfig('[entities]\nactor\n', '');
    expect(
      checkBratAnn('أب\nجد', 'T1\tactor 0 4\tأب جد\nT2\tperson 0 2\tأب\nT3\tactor 0 2\tجد\n', config),
    ).toEqual([
      'ann T1: fragment crosses a line break',
      'ann T1: text "أب جد" is not "أب\nج" at its offsets',
      'ann T2: person is not a known textbound type',
      'ann T3: text "جد" is not "أب" at its offsets',
      'ann T1: containment with T2 not allowed',
      'ann T1: containment with T3 not allowed',
      'ann T2: containment with T1 not allowed',
      'ann T2: identical span with T3 not allowed',
      'ann T3: containment with T1 not allowed',
      'ann T3: identical span with T2 not allowed',
    ]);
  });

  it('keeps a note’s line breaks, tabs and backslashes in the escaped form, one line each', async () => {
    const ann = buildBrat(await overlappingExport()).get(`${ARTICLE}.ann`) ?? '';
    const notes = ann.split('\n').filter((l) => l.startsWith('#'));
    expect(notes).toEqual([
      '#1\tAnnotatorNotes T1\tسطر أول\\nسطر ثان\\\\ مع \\tجدولة',
      '#2\tAnnotatorNotes T2\tداخل فاعل أطول',
      '#3\tAnnotatorNotes T5\tعبر السطر\\nthen English',
    ]);
    expect(unescapeNote(escapeNote('سطر أول\r\nسطر ثان\\ مع \tجدولة'))).toBe('سطر أول\nسطر ثان\\ مع \tجدولة');
    expect(unescapeNote(escapeNote('a\\nb\\\\n'))).toBe('a\\nb\\\\n');
  });

  it('writes "|" and "<…>" of labels so brat reads one label each', async () => {
    const visual = buildBrat(await overlappingExport()).get('visual.conf') ?? '';
    expect(visual).toContain('actor | Actor ‹any› | فاعل ¦ جهة\n');
    expect(visualLabel('a|b<c>')).toBe('a¦b‹c›');
  });
});
