/**
 * A Hamish export of the sample article (../shared/sample-article.ar.txt,
 * real Arabic news text) with hand-made annotations and the claims an analyst
 * would code in it: Hamas and al-Hayya demand a prisoner exchange from
 * Israel; the US envoy Witkoff seeks to stabilise the ceasefire; the UN
 * demands an end to the violations; and an event (an Israeli air strike on
 * Hamas leaders). Shared by the claim exporters' tests.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { quoteSelector } from '../../../../shared/anchoring';
import { canonicalize } from '../../../../shared/canonical-text';
import { CodePointIndex } from '../../../../shared/code-points';
import { buildExport, type HamishExport } from '../../../../shared/export-format';
import type { Annotation, ArticleMeta, Entity } from '../../../../shared/model';
import type { ExportedClaim } from '../../../../shared/schema/claim-schema';
import { DEFAULT_TAXONOMY, type Taxonomy } from '../../../../shared/taxonomy';
import { cpOffset } from '../../transfer-helpers';

/** The team kit's sample article, read in place. */
export const SAMPLE_ARTICLE_PATH = join(import.meta.dirname, '../../../../../shared/sample-article.ar.txt');

export const ARTICLE_ID = '3f1d2c4b-5a69-4e7d-8c1b-2a3e4f5a6b7c';
export const HAMAS_ENTITY = 'e0000000-0000-4000-8000-000000000001';
const AT = '2025-11-20T10:00:00.000Z';

/** Annotation key → [phrase in the text, tag]. Ids are a0…-<n> in this order. */
const SPANS = {
  hamas: ['حركة حماس', 'actor.organisation'],
  hayya: ['خليل الحية', 'actor.person'],
  prisoners: ['تبادل الأسرى', 'demand.prisoners'],
  israel: ['إسرائيل', 'actor.state'],
  witkoff: ['ستيف ويتكوف', 'actor.person'],
  ceasefire: ['تثبيت وقف إطلاق النار', 'demand.ceasefire'],
  un: ['الأمم المتحدة', 'actor.organisation'],
  violations: ['وقف فوري لهذه الانتهاكات', 'demand'],
  strike: ['غارة جوية إسرائيلية', 'event.attack'],
  leaders: ['قياديي حماس', 'actor'],
  meeting: ['اللقاء', 'event.meeting'],
} as const;

export type SpanKey = keyof typeof SPANS;

/** The annotation id of a span key. */
export function idOf(key: SpanKey): string {
  const n = Object.keys(SPANS).indexOf(key) + 1;
  return `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const claimId = (n: number): string => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A claim of `frame` with `members` (role, span key) and extra fields. */
function claim(
  n: number,
  frame: string,
  members: [string, SpanKey][],
  extra: Partial<ExportedClaim> = {},
): ExportedClaim {
  return {
    id: claimId(n),
    frame,
    members: members.map(([role, key]) => ({ role, annotationId: idOf(key) })),
    ...extra,
    createdAt: AT,
    updatedAt: AT,
  };
}

/** The claims coded in the sample article, all complete. */
export const SAMPLE_CLAIMS: ExportedClaim[] = [
  claim(
    1,
    'claim',
    [
      ['claimant', 'hamas'],
      ['demand', 'prisoners'],
      ['addressee', 'israel'],
      ['claimant', 'hayya'],
    ],
    {
      attributes: { stance: 'for' },
      note: '=HYPERLINK("http://x","y")\nالمطلب الأول للحركة',
      author: 'سلمى',
    },
  ),
  claim(2, 'claim', [
    ['claimant', 'witkoff'],
    ['demand', 'ceasefire'],
    ['form', 'meeting'],
  ]),
  claim(
    3,
    'claim',
    [
      ['claimant', 'un'],
      ['demand', 'violations'],
      ['addressee', 'israel'],
    ],
    { attributes: { stance: 'against' } },
  ),
  claim(4, 'event', [
    ['event', 'strike'],
    ['agent', 'israel'],
    ['target', 'leaders'],
  ]),
];

/** A claim whose demand was detached: the claim frame's required "demand" is empty. */
export const INCOMPLETE_CLAIM: ExportedClaim = claim(5, 'claim', [['claimant', 'witkoff']]);

/** Hamas as a library entity, linked to the "hamas" annotation. */
const HAMAS: Entity = {
  id: HAMAS_ENTITY,
  name: { ar: 'حماس', en: 'Hamas' },
  kind: 'organisation',
  aliases: ['حركة حماس'],
  createdAt: AT,
  updatedAt: AT,
};

/**
 * The export (with text) of the sample article, its annotations and
 * `claims` (default: SAMPLE_CLAIMS), under `taxonomy` (default scheme).
 */
export async function sampleExport(
  claims: ExportedClaim[] = SAMPLE_CLAIMS,
  taxonomy: Taxonomy = DEFAULT_TAXONOMY,
): Promise<HamishExport> {
  const { text, blocks } = canonicalize(await readFile(SAMPLE_ARTICLE_PATH, 'utf8'));
  const index = new CodePointIndex(text);
  const annotations: Annotation[] = Object.entries(SPANS).map(([key, [phrase, tag]]) => {
    const [start, end] = cpOffset(text, phrase);
    return {
      id: idOf(key as SpanKey),
      articleId: ARTICLE_ID,
      start,
      end,
      ...quoteSelector(index, start, end),
      tag,
      ...(key === 'hamas' ? { entityId: HAMAS_ENTITY } : {}),
      createdAt: AT,
      updatedAt: AT,
    };
  });
  const meta: ArticleMeta = {
    id: ARTICLE_ID,
    title: 'ويتكوف يستعد للقاء خليل الحية',
    source: 'وكالة الأنباء',
    date: '2025-11-20',
    language: 'ar',
    addedAt: AT,
    textSha256: '0'.repeat(64),
    length: index.length,
    annotationCount: annotations.length,
  };
  const data = buildExport([{ meta, annotations, text, blocks }], taxonomy, AT, 'test', {
    includeText: true,
    entities: [HAMAS],
  });
  return { ...data, articles: data.articles.map((a) => ({ ...a, claims })) };
}

/** The first item of `list`; throws when it is empty (a test set-up error). */
export function first<T>(list: readonly T[]): T {
  const [item] = list;
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}
