/**
 * The baselines B1–B3 compare against, run inside the page on a copy of the
 * rendered article: span wrapping (segment each block at every annotation
 * boundary and wrap segments in <span>s, as DOM-mutating annotators do) and
 * one CSS Highlight (plus one style rule) per annotation. Serialisable
 * functions for page.evaluate.
 */

export interface PageSpan {
  start: number;
  end: number;
  color: string;
}

/** Clones the rendered article next to it (original hidden) so baselines never touch the app's DOM. */
export function cloneArticle(): void {
  const original = document.querySelector<HTMLElement>('[data-testid="article-text"]');
  if (!original) throw new Error('no article');
  const copy = original.cloneNode(true) as HTMLElement;
  copy.id = 'bench-copy';
  copy.removeAttribute('data-testid');
  original.style.display = 'none';
  original.after(copy);
}

export function removeClone(): void {
  document.getElementById('bench-copy')?.remove();
  const original = document.querySelector<HTMLElement>('[data-testid="article-text"]');
  if (original) original.style.display = '';
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith('bench-')) CSS.highlights.delete(name);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
    (s) => !s.cssRules[0]?.cssText.includes('bench-'),
  );
}

/** Paints `spans` by splitting text nodes into wrapped segments; returns script ms, then ms to the next frame. */
export async function spanWrap(spans: PageSpan[]): Promise<{ script: number; frame: number }> {
  const t0 = performance.now();
  const root = document.getElementById('bench-copy');
  if (!root) throw new Error('no copy');
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-block]')];
  let offset = 0;
  let cursor = 0;
  for (const block of blocks) {
    const text = block.textContent;
    const start = offset;
    const end = offset + text.length;
    offset = end + 1;
    while (cursor < spans.length && (spans[cursor]?.end ?? 0) <= start) cursor++;
    const local: PageSpan[] = [];
    for (let i = cursor; i < spans.length && (spans[i]?.start ?? Infinity) < end; i++) {
      const s = spans[i] as PageSpan;
      if (s.end > start) local.push(s);
    }
    if (local.length === 0) continue;
    const cuts = new Set<number>([0, text.length]);
    for (const s of local) {
      cuts.add(Math.max(0, s.start - start));
      cuts.add(Math.min(text.length, s.end - start));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k] as number;
      const b = points[k + 1] as number;
      const piece = text.slice(a, b);
      const covering = local.filter((s) => s.start - start <= a && s.end - start >= b);
      if (covering.length === 0) {
        fragment.append(piece);
        continue;
      }
      let node: Node = document.createTextNode(piece);
      for (const s of covering) {
        const span = document.createElement('span');
        span.style.backgroundColor = `${s.color}44`;
        span.append(node);
        node = span;
      }
      fragment.append(node);
    }
    block.replaceChildren(fragment);
  }
  const script = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { script, frame: performance.now() - t0 };
}

/** Paints `spans` with one Highlight and one ::highlight rule per annotation. */
export async function highlightPerAnnotation(spans: PageSpan[]): Promise<{ script: number; frame: number }> {
  const t0 = performance.now();
  const root = document.getElementById('bench-copy');
  if (!root) throw new Error('no copy');
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-block]')];
  const starts: number[] = [];
  let offset = 0;
  for (const b of blocks) {
    starts.push(offset);
    offset += b.textContent.length + 1;
  }
  const locate = (cp: number): [Node, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= cp) lo = mid;
      else hi = mid - 1;
    }
    const node = blocks[lo]?.firstChild as Node;
    return [node, Math.min(cp - (starts[lo] as number), node.textContent?.length ?? 0)];
  };
  const rules: string[] = [];
  spans.forEach((s, i) => {
    const range = document.createRange();
    range.setStart(...locate(s.start));
    range.setEnd(...locate(s.end));
    CSS.highlights.set(`bench-${i}`, new Highlight(range));
    rules.push(`::highlight(bench-${i}) { background-color: ${s.color}44; }`);
  });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const script = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { script, frame: performance.now() - t0 };
}
