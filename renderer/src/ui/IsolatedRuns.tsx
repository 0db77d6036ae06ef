/**
 * A sentence whose isolated runs (a path, an id, a file name between
 * U+2066/2067/2068 and U+2069, as the messages put them) are each kept on one
 * line: a Latin run broken at a hyphen inside Arabic text reorders into
 * nonsense (“(id 8911b902-0d55-…” / “.520ee97c2631) › tag”, fresh-user test 3
 * #4). The isolate characters stay in the text (they keep isolating the run);
 * each run is a span (.isolated-run) in which a line may break at a space
 * only: each word of it (an id with its hyphens, a file name) is a span that
 * does not wrap (.run-word).
 */

import { Fragment } from 'react';
import './isolated-runs.css';

/** An isolate opener (LRI, RLI, FSI), the run, and its PDI; runs are not nested in our messages. */
const RUN = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/gu;

/**
 * `text` cut into plain pieces and isolated runs, in order; the pieces join
 * back to `text` exactly (UTF-16). An opener without its PDI stays plain.
 */
export function isolatedRuns(text: string): { text: string; isolated: boolean }[] {
  const out: { text: string; isolated: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index), isolated: false });
    out.push({ text: match[0], isolated: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), isolated: false });
  return out;
}

/** The words of a run, each unbreakable, with the spaces between them left breakable. */
function RunWords({ text }: { text: string }) {
  return text.split(/( +)/u).map((part, i) =>
    part.startsWith(' ') || part === '' ? (
      <Fragment key={i}>{part}</Fragment>
    ) : (
      <span key={i} className="run-word">
        {part}
      </span>
    ),
  );
}

/** `text` with each isolated run in a span whose words are never broken. */
export function IsolatedRuns({ text }: { text: string }) {
  return (
    <>
      {isolatedRuns(text).map((piece, i) =>
        piece.isolated ? (
          <span key={i} className="isolated-run">
            <RunWords text={piece.text} />
          </span>
        ) : (
          <Fragment key={i}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
}
