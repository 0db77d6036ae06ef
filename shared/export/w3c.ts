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

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A URN for a Hamish UUID (articles, annotations, entities). */
export const urnOf = (id: string): string => `urn:uuid:${id}`;

export interface W3cBody {
  type: 'TextualBody' | 'SpecificResource';
  purpose: 'tagging' | 'classifying' | 'describing' | 'commenting' | 'identifying';
  value?: string;
  source?: string;
  format?: 'text/plain';
  language?: string;
}

export interface W3cSelector {
  type: 'TextPositionSelector' | 'TextQuoteSelector';
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'commenting';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: W3cBody[];
  target: {
    type: 'SpecificResource';
    source: { id: string; type: 'Text'; format: 'text/plain'; language: string; title: string };
    selector: W3cSelector[];
  };
}

export interface W3cCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

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

/** The whole export as one AnnotationCollection with its single page embedded. */
export function buildW3cCollection(data: HamishExport, collectionId: string): W3cCollection {
  const items = data.articles.flatMap((article) =>
    article.annotations.map((a) => toW3cAnnotation(article, a, data.taxonomy)),
  );
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
