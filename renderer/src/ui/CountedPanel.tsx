/**
 * A side panel with a titled header and a count badge (the reader's tabs:
 * the article's annotations, the library's entities): the section is
 * labelled by its title so screen readers announce it.
 */

import type { ReactNode } from 'react';

/** How one counted panel's section is named in the DOM. */
export interface PanelNames {
  /** Class of the section, for the feature's own styles. */
  className: string;
  /** Id of the title element; the section points to it with aria-labelledby. */
  titleId: string;
  testId: string;
}

interface Props {
  names: PanelNames;
  title: string;
  /** The number shown in the badge beside the title. */
  count: number;
  children: ReactNode;
}

/** A `<section>` named by `names` whose header shows `title` and a `count` badge, then `children`. */
export function CountedPanel({ names: { className, titleId, testId }, title, count, children }: Props) {
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
