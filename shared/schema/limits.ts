/**
 * The limits every door holds values to (IPC, Hamish JSON import, the files
 * read at start-up), one named constant per meaning. String lengths are in
 * UTF-16 units (JavaScript's `length`, what zod's `max` counts), never code
 * points, unless the name says otherwise; sizes of files are in bytes.
 */

/** Largest article text, in UTF-16 units (about 5 MB of Arabic). */
export const MAX_TEXT_LENGTH = 5_000_000;

/**
 * The limit of each text field of an article's metadata, by field, in UTF-16
 * units: the title, the source (newspaper, site), the author (byline), the
 * URL, and the name of the file the article was imported from.
 */
export const ARTICLE_META_LENGTHS = {
  title: 500,
  source: 500,
  author: 500,
  url: 2000,
  importedFrom: 1000,
} as const;

/** Largest analyst's note on an annotation, in UTF-16 units. */
export const MAX_NOTE_LENGTH = 10_000;

/** Largest coder name recorded on an annotation, in UTF-16 units. */
export const MAX_CODER_NAME_LENGTH = 200;

/** Largest prefix or suffix of a quote, in UTF-16 units (32 code points are kept, at most 64 units). */
export const MAX_CONTEXT_LENGTH = 200;

/** Largest label of a tag type, subtype or entity name, per language, in UTF-16 units. */
export const MAX_LABEL_LENGTH = 120;

/** Largest alias of an entity, in UTF-16 units. */
export const MAX_ALIAS_LENGTH = 300;

/** Most aliases one entity may have. */
export const MAX_ALIASES = 200;

/** Most types in a tag scheme, and most subtypes in one type. */
export const MAX_SCHEME_ITEMS = 60;

/**
 * Most files one batch import takes (a folder's files, the paths dropped at
 * once), and so most articles one import report lists as added: the most ids
 * the renderer may ask about in one call (listedArticleIds).
 */
export const MAX_IMPORT_FILES = 20_000;

/** Most annotations one IPC call may create, restore or delete at once. */
export const MAX_ANNOTATIONS_PER_CALL = 10_000;

/** Largest article file (.txt, .md, .html) the article importer reads, in bytes. */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

/** Largest Hamish JSON file the annotation import reads, in bytes. */
export const MAX_HAMISH_JSON_BYTES = 200 * 1024 * 1024;

/**
 * Most annotations one Hamish JSON import may hold, all articles together.
 * A file past this is refused on its count, before its annotations are
 * validated, with nothing written. A million is refused; 200,000 merged
 * into an article already holding 200,000 took 4.3 s of merging and 57 s
 * in all on a shared 2-core machine (bench B15), most of it storage.
 */
export const MAX_IMPORT_ANNOTATIONS = 250_000;

/** Most annotations one claim may link (all roles together). */
export const MAX_CLAIM_MEMBERS = 50;

/** Most roles in one frame of the scheme, and most attributes, and most options of one attribute. */
export const MAX_FRAME_ITEMS = 20;
