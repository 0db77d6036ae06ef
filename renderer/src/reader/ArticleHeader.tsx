/**
 * The reader's header over the article: its title and its source and date,
 * in the article's own language and direction. A date that is not a real
 * date is shown as stored and marked invalid (DateValue), never thrown on.
 */

import { memo } from 'react';
import { directionOf, type ArticleMeta } from '../../../shared/model';
import { DateValue } from '../ui/DateValue';
import { countRender } from './render-probe';

/** Title, then "source · date" (either may be empty). Memoised: an annotation edit leaves the article's meta as it is. */
export const ArticleHeader = memo(function ArticleHeader({ meta }: { meta: ArticleMeta }) {
  countRender('reader', 'header');
  return (
    <header className="article-header" lang={meta.language} dir={directionOf(meta.language)}>
      <h1 dir="auto">{meta.title}</h1>
      <p className="article-meta">
        {/* The source's own text sets its direction (a Latin source of an Arabic article). */}
        {meta.source && <bdi dir="auto">{meta.source}</bdi>}
        {meta.source && meta.date && ' · '}
        <DateValue value={meta.date} />
      </p>
    </header>
  );
});
