/**
 * The closed lists of values the schemas accept, kept free of zod so that
 * the renderer can list them (menus, filters) without bundling the
 * validators. The zod enums in this folder are built from these.
 */

/** Where the user is with an article; absent means "new". */
export const ARTICLE_STATUSES = ['new', 'in-progress', 'done'] as const;

/** Kinds of canonical entity an Actor annotation can point to. */
export const ENTITY_KINDS = ['person', 'organisation', 'state', 'armed-group', 'other'] as const;

/** Kinds of block of canonical text. */
export const BLOCK_KINDS = ['heading', 'paragraph', 'quote'] as const;
