/**
 * W3C Web Annotation Data Model (JSON-LD) export, built from a Hamish JSON
 * export object: one AnnotationCollection whose first AnnotationPage holds
 * every annotation. Each target carries a TextPositionSelector (code points,
 * the W3C unit) and a TextQuoteSelector; the tag is a body with purpose
 * "tagging", its type one with "classifying", the tag's labels (Arabic and
 * English, "Demand: Prisoners") TextualBodies with "describing" and their
 * language, the note a TextualBody with "commenting" (its language told by
 * its own script, or left out), a linked entity a SpecificResource with "identifying".
 * Validated in tests by shared/schema/web-annotation.schema.json.
 */

import type { ExportedAnnotation, ExportedArticle, HamishExport } from '../export-format';
import { splitTag } from '../export-format';
import { scriptLanguage } from '../arabic-text';
import type { Taxonomy } from '../taxonomy';
import { articleClaims } from './claim-parts';
import { toW3cClaim } from './w3c-claims';
import {
  urnOf,
  W3C_CONTEXT,
  type W3cAnnotation,
  type W3cBody,
  type W3cCollection,
  type W3cItem,
} from './w3c-types';

export { urnOf, W3C_CONTEXT } from './w3c-types';
export type { W3cAnnotation, W3cBody, W3cCollection, W3cItem, W3cSelector } from './w3c-types';

/** The tag's name in each language of the scheme ("مطلب: الأسرى", "Demand: Prisoners"), none when it has no label there. */
function labelBodies(tag: string, taxonomy: Taxonomy | undefined): W3cBody[] {
  const { type, subtype } = splitTag(tag);
  const typeDef = taxonomy?.types.find((t) => t.id === type);
  const sub = typeDef?.subtypes.find((s) => s.id === subtype);
  if (!typeDef) return [];
  return (['ar', 'en'] as const).flatMap((lang) => {
    const value = [typeDef.label[lang], sub?.label[lang] ?? ''].filter((x) => x.trim() !== '').join(': ');
    return value
      ? [
          {
            type: 'TextualBody' as const,
            purpose: 'describing' as const,
            value,
            format: 'text/plain' as const,
            language: lang,
          },
        ]
      : [];
  });
}

/** The annotation's bodies: tag, type, labels, note (its `language` told by its own script, else left out) and entity. */
function bodies(a: ExportedAnnotation, taxonomy: Taxonomy | undefined): W3cBody[] {
  const out: W3cBody[] = [
    { type: 'TextualBody', purpose: 'tagging', value: a.tag, format: 'text/plain' },
    { type: 'TextualBody', purpose: 'classifying', value: splitTag(a.tag).type, format: 'text/plain' },
    ...labelBodies(a.tag, taxonomy),
  ];
  if (a.note !== undefined && a.note !== '') {
    const language = scriptLanguage(a.note);
    out.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: a.note,
      format: 'text/plain',
      ...(language === undefined ? {} : { language }),
    });
  }
  if (a.entityId !== undefined) {
    out.push({ type: 'SpecificResource', purpose: 'identifying', source: urnOf(a.entityId) });
  }
  return out;
}

/** One W3C Annotation for an annotation of `article`; `taxonomy` gives the tag's labels. */
export function toW3cAnnotation(
  article: ExportedArticle,
  a: ExportedAnnotation,
  taxonomy?: Taxonomy,
): W3cAnnotation {
  return {
    id: urnOf(a.id),
    type: 'Annotation',
    motivation: 'tagging',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(a.author ? { creator: { type: 'Person' as const, name: a.author } } : {}),
    body: bodies(a, taxonomy),
    target: {
      type: 'SpecificResource',
      source: {
        id: urnOf(article.id),
        type: 'Text',
        format: 'text/plain',
        language: article.language,
        title: article.title,
      },
      selector: [
        { type: 'TextPositionSelector', start: a.start, end: a.end },
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
      ],
    },
  };
}

/** The whole export as one AnnotationCollection with its single page embedded: per article its annotations, then its claims (w3c-claims.ts). */
export function buildW3cCollection(data: HamishExport, collectionId: string): W3cCollection {
  const items = data.articles.flatMap((article): W3cItem[] => [
    ...article.annotations.map((a) => toW3cAnnotation(article, a, data.taxonomy)),
    ...articleClaims(article).flatMap((claim) => toW3cClaim(article, claim, data.taxonomy) ?? []),
  ]);
  const id = urnOf(collectionId);
  return {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Hamish annotations, ${data.articles.length} article${data.articles.length === 1 ? '' : 's'}`,
    total: items.length,
    generated: data.exportedAt,
    generator: { type: 'Software', name: data.generator },
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
