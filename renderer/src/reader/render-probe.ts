/**
 * A render counter for tests: when the page has `window.__hamishRenders` (a
 * Map the e2e render-count spec puts there before the app starts), each
 * text block and panel row adds one per render under "<kind>:<id>". Absent in
 * the app, so it costs one property read per render.
 */

/** Counts one render of the `kind` row or block `id`, if a test is counting. */
export function countRender(kind: 'block' | 'card' | 'heading', id: string | number): void {
  const counts = (window as { __hamishRenders?: Map<string, number> }).__hamishRenders;
  if (counts) counts.set(`${kind}:${id}`, (counts.get(`${kind}:${id}`) ?? 0) + 1);
}
