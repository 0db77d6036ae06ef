/**
 * Adjudication's constants, apart from its zod schemas (adjudication-types.ts)
 * so the renderer can use them without bundling zod: zod builds its schemas'
 * fast path with `new Function`, which the renderer's CSP refuses and reports.
 */

/** The decisions file's name in the library folder. */
export const ADJUDICATION_FILE = 'adjudication.json';

/** The gold coder's name when the adjudicator keeps the default. */
export const DEFAULT_GOLD_CODER = 'gold';

/** The most articles one adjudication covers. */
export const MAX_ADJUDICATION_ARTICLES = 100_000;

/** The choices of a disagreement, one key each (adjudication-keys in the renderer). */
export const CHOICES = ['mine', 'theirs', 'both', 'neither', 'edit'] as const;
export type Choice = (typeof CHOICES)[number];
