/**
 * A render counter for tests: when the page has `window.__hamishRenders` (a
 * Map the e2e render-count spec puts there before the app starts), each
 * text block, panel row, the shell's top bar and the reader's legend and header adds one per render under
 * "<kind>:<id>", and
 * per-annotation work adds its count under "work:<kind>". Absent in the app,
 * so it costs one property read per render or per batch of work.
 */

/** Adds `n` under `key`, if a test is counting. */
function add(key: string, n: number): void {
  const counts = (globalThis as { __hamishRenders?: Map<string, number> }).__hamishRenders;
  if (counts) counts.set(key, (counts.get(key) ?? 0) + n);
}

/**
 * Counts one render of the `kind` row or block (or the shell's part, or a part of the reader around
 * the text and the list: "reader:legend", "reader:header") `id`, if a test is counting.
 */
export function countRender(
  kind: 'block' | 'card' | 'heading' | 'shell' | 'reader',
  id: string | number,
): void {
  add(`${kind}:${id}`, 1);
}

/**
 * Counts `n` items of per-annotation work of `kind` (the store indexing
 * annotations, the painter looking at them, the panel placing them in rows)
 * under "work:<kind>", if a test is counting: an edit must cost a few, not
 * one per annotation of the article.
 */
export function countWork(kind: 'store' | 'paint' | 'rows', n: number): void {
  if (n > 0) add(`work:${kind}`, n);
}
