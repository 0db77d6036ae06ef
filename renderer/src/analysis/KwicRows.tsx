/**
 * Mentions as a keyword-in-context concordance: one table row each, the
 * text before, the mention, the text after, so every mention stands in one
 * column (the table's). Each row is in its article's
 * direction (an Arabic article right to left); a click opens the article at
 * the mention (the mention is the row's button, for the keyboard).
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
    // The table's direction sets the column order: an Arabic concordance puts "before" on the right,
    // in the English interface too. Mixed libraries take the first mention's direction.
    <div className="kwic-scroll">
      <table className="kwic" aria-label={label} dir={mentions[0] ? direction(mentions[0]) : undefined}>
        <tbody>
          {mentions.map((m) => {
            const line = kwicLine(m.kwic, KWIC_WIDTH);
            const open = () => onOpen(m.articleId, { start: m.start, end: m.end });
            return (
              <tr
                key={m.annotationId}
                className="kwic-row"
                dir={direction(m)}
                data-annotation={m.annotationId}
                onClick={open}
              >
                <td className="kwic-before">
                  {line.cutBefore && '… '}
                  {line.before}
                </td>
                <td className="kwic-mention">
                  <button
                    type="button"
                    title={[m.title, m.date, m.source].filter(Boolean).join(' · ')}
                    onClick={(e) => {
                      e.stopPropagation();
                      open();
                    }}
                  >
                    {line.mention}
                  </button>
                </td>
                <td className="kwic-after">
                  {line.after}
                  {line.cutAfter && ' …'}
                </td>
                <td className="kwic-article" dir="auto">
                  {m.title}
                  {/* Isolated left to right: after an Arabic title, bidi would turn 2026-03-16 into «16-03-2026». */}
                  {m.date && (
                    <>
                      {' · '}
                      <bdi dir="ltr">{m.date}</bdi>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
