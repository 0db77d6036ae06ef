/**
 * What the parsers of other annotators' files produce, before labels are
 * mapped to tags and texts made canonical: documents with their own text and
 * spans in code points into it (parsers convert their format's unit), or, for
 * W3C Web Annotation and Hypothesis files, which carry no text, targets to
 * anchor in articles the library already has. Items a format has that Hamish
 * cannot take (relations, events, discontinuous spans…) are listed as skipped,
 * never dropped silently.
 */

import type { SkippedItem } from '../../../../shared/export/foreign-import-types';

export {
  FOREIGN_FORMATS,
  type ForeignFormat,
  type SkippedItem,
} from '../../../../shared/export/foreign-import-types';

/** One labelled span of a document: [start, end) in code points of the document's text as given. */
export interface ForeignSpan {
  /** The span's id in its file ("T3", a Label Studio region id), for messages. */
  ref: string;
  start: number;
  end: number;
  label: string;
  note?: string;
  author?: string;
  /** The entity Hamish's own export linked it to ("N… Reference T… Hamish:<id>" in brat): id and name as written. */
  entity?: ForeignEntityRef;
}

/** An entity a file names for a span: the id it had in the exporting library and its name there. */
export interface ForeignEntityRef {
  id: string;
  name: string;
}

/** A claim Hamish's own export wrote (brat: an event of a "Frame-…" type), members by their span's ref. */
export interface ForeignClaim {
  ref: string;
  frame: string;
  members: { role: string; ref: string }[];
  attributes: Record<string, string>;
  note?: string;
}

/** A document with its own text (brat .txt, a Label Studio task, a doccano line, a CoNLL document). */
export interface ForeignDocument {
  /** Where it came from, for messages and the article title ("task 12", "line 3", the file name). */
  name: string;
  /** The text as the file gives it (not yet canonical). */
  text: string;
  spans: ForeignSpan[];
  /** The claims among its spans (brat files Hamish wrote). */
  claims?: ForeignClaim[];
}

/** A W3C/Hypothesis annotation: where its target is and what it quotes, anchored later. */
export interface ForeignTarget {
  ref: string;
  /** The target's source: "urn:uuid:<article id>" or the page URL. */
  source: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector start and end, when given (a hint: its unit and text may differ from ours). */
  start?: number;
  end?: number;
  label: string;
  note?: string;
  author?: string;
}

/**
 * How Hamish's own export in this format names a tag ("actor.person" →
 * "actor-person" in brat), so that a label which is exactly that name of
 * one tag of the scheme maps to it without the user's mapping.
 */
export type ExportedTagName = (tag: string) => string;

/** A parsed file: documents with texts, or targets to anchor; plus what is left out. */
export type ForeignParse = (
  | { kind: 'documents'; documents: ForeignDocument[]; skipped: SkippedItem[] }
  | { kind: 'targets'; targets: ForeignTarget[]; skipped: SkippedItem[]; claims?: ForeignClaim[] }
) & { exportedName?: ExportedTagName };

/** The label used for a W3C or Hypothesis annotation that carries no tag. */
export const NO_LABEL = '(none)';
