/** Bidi isolation of file paths shown inside Arabic (or English) sentences. */

/** Wraps a path in Unicode isolates (U+2066 … U+2069) so it reads left to right inside Arabic text. */
export const isolatePath = (path: string): string => `\u2066${path}\u2069`;
