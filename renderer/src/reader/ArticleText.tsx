/**
 * Renders an article's canonical text as plain block elements, one text node
 * each, in the article's own language and direction. Never renders HTML.
 * Only the first `mounted` blocks are rendered (see use-progressive-blocks).
 */

import { memo } from 'react';
import type { Block } from '../../../shared/model';
import { BLOCK_ATTRIBUTE } from './text-map';

interface Props {
  blocks: readonly Block[];
  texts: readonly string[];
  language: string;
  dir: 'rtl' | 'ltr';
  /** How many blocks, from the first, to render. */
  mounted: number;
  ref?: React.Ref<HTMLElement>;
}

export const ArticleText = memo(function ArticleText({ blocks, texts, language, dir, mounted, ref }: Props) {
  return (
    <article ref={ref} className="article-text" lang={language} dir={dir} data-testid="article-text">
      {blocks.slice(0, mounted).map((block, i) => {
        const props = { key: i, [BLOCK_ATTRIBUTE]: i, dir: 'auto' as const };
        const text = texts[i] ?? '';
        if (block.kind === 'heading') return <h2 {...props}>{text}</h2>;
        if (block.kind === 'quote') return <blockquote {...props}>{text}</blockquote>;
        return <p {...props}>{text}</p>;
      })}
    </article>
  );
});
