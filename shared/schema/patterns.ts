/**
 * Patterns of single values that the renderer needs at run time as well as
 * the zod schemas (fields.ts builds on them). Kept apart from the schemas so
 * that the renderer can import them without bundling zod: zod builds its
 * fast path with `new Function`, which the renderer's CSP refuses
 * (tests/unit/house/renderer-no-zod.test.ts).
 */

/** The pattern of a type or subtype id of the tag scheme. */
export const SCHEME_ID = /^[a-z0-9_-]{1,40}$/u;
