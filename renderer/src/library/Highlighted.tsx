/** Renders text with some code point spans marked (search hits), as plain text nodes: never HTML. */

import { CodePointIndex } from '../../../shared/code-points';
import type { TextSpan } from '../../../shared/search-passage';

interface Props {
  text: string;
  /** Spans in code points, relative to `text` after subtracting `offset`. */
  hits: readonly TextSpan[];
  offset?: number;
}

export function Highlighted({ text, hits, offset = 0 }: Props) {
  const index = new CodePointIndex(text);
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const hit of hits) {
    const start = index.toUtf16(Math.max(0, hit.start - offset));
    const end = index.toUtf16(Math.max(0, hit.end - offset));
    if (start < at || end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
