/**
 * A side panel with a titled header and a count badge (the reader's
 * annotations, the library's entities): the section is labelled by its title
 * so screen readers announce it.
 */

import type { ReactNode } from 'react';

interface Props {
  /** Class of the section, for the feature's own styles. */
  className: string;
  /** Id of the title element; the section points to it with aria-labelledby. */
  titleId: string;
  title: string;
  /** The number shown in the badge beside the title. */
  count: number;
  testId: string;
  children: ReactNode;
}

/** A `<section>` whose header shows `title` and a `count` badge, then `children`. */
export function CountedPanel({ className, titleId, title, count, testId, children }: Props) {
  return (
    <section className={className} aria-labelledby={titleId} data-testid={testId}>
      <header className="panel-header">
        <h2 id={titleId}>{title}</h2>
        <span className="count-badge">{count}</span>
      </header>
      {children}
    </section>
  );
}
