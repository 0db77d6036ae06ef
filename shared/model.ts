/**
 * The data model shared by main, renderer, CLI and tests: articles with their
 * immutable canonical text, and annotations anchored into it by code points.
 */

export type BlockKind = 'heading' | 'paragraph' | 'quote';

/** One block of canonical text; offsets in code points, `end` exclusive, no trailing "\n". */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export type TextDirection = 'rtl' | 'ltr';

export interface ArticleMeta {
  id: string;
  title: string;
  source: string;
  /** Publication date as given by the user (ISO yyyy-mm-dd when known), or "". */
  date: string;
  /** BCP 47 language tag, e.g. "ar" or "en". */
  language: string;
  /** When the article entered the library (ISO timestamp). */
  addedAt: string;
  /** SHA-256 hex digest of the canonical text (UTF-8). */
  textSha256: string;
  /** Length of the canonical text in code points. */
  length: number;
  annotationCount: number;
  /** Author or byline, when the imported page named one. */
  author?: string;
  /** Canonical URL of the original page (http or https only). */
  url?: string;
  /** Name of the file the article was imported from. */
  importedFrom?: string;
  /** Reading status set by the user; absent means "new". */
  status?: ArticleStatus;
  /** When the article was moved to the trash (ISO timestamp); absent when it is in the library. */
  deletedAt?: string;
  /** Annotation counts per top-level taxonomy type id (e.g. { actor: 3 }). */
  annotationCounts?: Record<string, number>;
}

/** Where the user is with an article. */
export type ArticleStatus = 'new' | 'in-progress' | 'done';
export const ARTICLE_STATUSES = ['new', 'in-progress', 'done'] as const satisfies readonly ArticleStatus[];

/** Metadata the user may edit after import. */
export interface ArticleMetaPatch {
  title?: string;
  source?: string;
  date?: string;
  language?: string;
  author?: string;
  url?: string;
  status?: ArticleStatus;
}

export interface Article {
  meta: ArticleMeta;
  text: string;
  blocks: Block[];
}

/** Text quote selector: the quote and up to CONTEXT_LENGTH code points either side. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Kinds of canonical entity an Actor annotation can point to. */
export type EntityKind = 'person' | 'organisation' | 'state' | 'armed-group' | 'other';

/**
 * A canonical actor kept in the library (entities.json), so that several
 * spellings and descriptions of one actor count as one.
 */
export interface Entity {
  id: string;
  name: { ar: string; en: string };
  kind: EntityKind;
  /** Other surface forms, e.g. "ويتكوف", "المبعوث الخاص للرئيس الأمريكي". */
  aliases: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Annotation extends QuoteSelector {
  id: string;
  articleId: string;
  /** Offsets in Unicode code points into the canonical text; `end` exclusive. */
  start: number;
  end: number;
  /** Tag id from the taxonomy, e.g. "actor" or "demand.prisoners". */
  tag: string;
  /** Free-text note of the analyst. */
  note?: string;
  /** Canonical entity (Entity.id) an Actor annotation refers to. */
  entityId?: string;
  /** Who made it (the OS user name or a name set in preferences). */
  author?: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Set when the quote could no longer be found in the text on load: the
   * annotation is kept (offsets untouched) for the user to review, and left out of exports.
   */
  orphaned?: boolean;
}

/** What the UI sends to create an annotation; the service fills in the rest. */
export interface NewAnnotation {
  articleId: string;
  start: number;
  end: number;
  tag: string;
  note?: string;
  entityId?: string;
}

/** A change to an annotation; omitted fields stay, null or "" clears note and entity. */
export interface AnnotationPatch {
  tag?: string;
  note?: string | null;
  entityId?: string | null;
  /** New span (code points); quote and context are taken again from the text. */
  start?: number;
  end?: number;
}

/** What the UI sends to create (no id) or change (id) an entity. */
export interface EntityInput {
  id?: string;
  name: { ar: string; en: string };
  kind: EntityKind;
  aliases: string[];
}

/** An entity with how often annotations across the library point to it. */
export interface EntitySummary {
  entity: Entity;
  /** Annotations linked to it, across the library. */
  mentions: number;
  /** Articles with at least one of them. */
  articles: number;
}

/**
 * What to do with the annotations of tags a new scheme removes: each removed
 * tag id maps to the tag they move to, or to null to delete them.
 */
export type TagReassignment = Record<string, string | null>;

export interface NewArticle {
  title: string;
  text: string;
  source?: string;
  date?: string;
  language?: string;
}

/** Number of code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Largest article text accepted, in UTF-16 units (about 5 MB of Arabic). */
export const MAX_TEXT_LENGTH = 5_000_000;

export function directionOf(language: string): TextDirection {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'ckb', 'yi', 'dv', 'sd', 'ug'].includes(primary)
    ? 'rtl'
    : 'ltr';
}
