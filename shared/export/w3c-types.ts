/**
 * The shapes of Hamish's W3C Web Annotation export (JSON-LD): annotations of
 * text spans, claims as linking annotations (w3c-claims.ts), and the
 * AnnotationCollection that holds them. Kept apart so both builders share them.
 */

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

/** One member of a claim: its annotation (by IRI) in a role. */
export interface W3cMemberTarget {
  type: 'SpecificResource';
  source: string;
  'hamish:role': string;
}

/** A claim as a linking Annotation. */
export interface W3cClaimAnnotation {
  '@context': [string, { hamish: string }];
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: W3cBody[];
  target: W3cMemberTarget[];
}

/** An item of the collection's page: a span's annotation or a claim's. */
export type W3cItem = W3cAnnotation | W3cClaimAnnotation;

/** The collection; `Item` narrows the page's items (an export without claims holds W3cAnnotation only). */
export interface W3cCollection<Item extends W3cItem = W3cItem> {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Item[] };
}
