/**
 * One mention as a keyword-in-context line: its article's title (with an
 * optional note) and the passage around it in the article's language and
 * direction, the mention marked. Plain text nodes only (see Highlighted).
 */

import { directionOf } from '../../../shared/model';
import type { LibraryMention } from '../../../shared/library-mentions';
import { Highlighted } from '../library/Highlighted';

/** The title and passage of `mention`; `note` follows the title (e.g. "this article"). */
export function MentionLine({ mention, note }: { mention: LibraryMention; note?: string | undefined }) {
  const { passage } = mention;
  return (
    <>
      <span className="mentions-article" dir="auto">
        {mention.title}
        {note && ` · ${note}`}
      </span>
      <span className="mentions-passage" lang={mention.language} dir={directionOf(mention.language)}>
        {passage.start > 0 && '… '}
        <Highlighted text={passage.text} hits={passage.hits} offset={passage.start} />
        {' …'}
      </span>
    </>
  );
}
