/**
 * Mentions as a keyword-in-context concordance: one row each, the text
 * before, the mention, the text after, in three grid columns shared by all
 * rows so every mention stands in one column. Each row is in its article's
 * direction (an Arabic article right to left); a click opens the article at
 * the mention.
 */

import type { AnalysisMention } from '../../../shared/analysis-types';
import type { TextSpan } from '../../../shared/search-passage';
import { kwicLine } from './kwic';

/** Code points of context kept on each side of the mention. */
const KWIC_WIDTH = 48;

interface Props {
  mentions: readonly AnalysisMention[];
  /** The article's direction: Arabic text runs right to left (the library's articles are Arabic first). */
  direction: (mention: AnalysisMention) => 'rtl' | 'ltr';
  onOpen: (articleId: string, focus: TextSpan) => void;
  label: string;
}

export function KwicRows({ mentions, direction, onOpen, label }: Props) {
  return (
    <ol className="kwic" aria-label={label}>
      {mentions.map((m) => {
        const line = kwicLine(m.kwic, KWIC_WIDTH);
        return (
          <li key={m.annotationId}>
            <button
              type="button"
              className="kwic-row"
              dir={direction(m)}
              data-annotation={m.annotationId}
              title={[m.title, m.date, m.source].filter(Boolean).join(' · ')}
              onClick={() => onOpen(m.articleId, { start: m.start, end: m.end })}
            >
              <span className="kwic-before">
                {line.cutBefore && '… '}
                {line.before}
              </span>
              <mark className="kwic-mention">{line.mention}</mark>
              <span className="kwic-after">
                {line.after}
                {line.cutAfter && ' …'}
              </span>
              <span className="kwic-article" dir="auto">
                {m.title}
                {m.date && ` · ${m.date}`}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
