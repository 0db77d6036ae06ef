/**
 * Renders an article's canonical text as plain block elements, one text node
 * each, in the article's own language and direction. Never renders HTML.
 * Only the first `mounted` blocks are rendered (see use-progressive-blocks).
 * Annotations never re-render a block: the painter highlights its text in place.
 */

import { memo } from 'react';
import type { Block } from '../../../shared/model';
import { countRender } from './render-probe';
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

/** One block: a heading, a quote or a paragraph holding its text node. Memoised: mounting more blocks renders only those. */
const TextBlock = memo(function TextBlock({
  kind,
  text,
  i,
}: {
  kind: Block['kind'];
  text: string;
  i: number;
}) {
  countRender('block', i);
  const props = { [BLOCK_ATTRIBUTE]: i, dir: 'auto' as const };
  if (kind === 'heading') return <h2 {...props}>{text}</h2>;
  if (kind === 'quote') return <blockquote {...props}>{text}</blockquote>;
  return <p {...props}>{text}</p>;
});

export const ArticleText = memo(function ArticleText({ blocks, texts, language, dir, mounted, ref }: Props) {
  return (
    <article ref={ref} className="article-text" lang={language} dir={dir} data-testid="article-text">
      {blocks.slice(0, mounted).map((block, i) => (
        <TextBlock key={i} kind={block.kind} text={texts[i] ?? ''} i={i} />
      ))}
    </article>
  );
});
