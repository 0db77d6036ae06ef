/**
 * Renders an article's canonical text as plain block elements, one text node
 * each, in the article's own language and direction. Never renders HTML.
 * Only the first `mounted` blocks are rendered (see use-progressive-blocks),
 * in groups of BLOCKS_PER_GROUP (the unit of `content-visibility`).
 * Annotations never re-render a block: the painter highlights its text in place.
 */

import { memo } from 'react';
import type { Block } from '../../../shared/model';
import { countRender } from './render-probe';
import { BLOCK_ATTRIBUTE, BLOCKS_PER_GROUP } from './text-map';

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

/** Blocks `from` to `to` (exclusive) in one group; mounting more blocks renders only the last group. */
const BlockGroup = memo(function BlockGroup({
  blocks,
  texts,
  from,
  to,
}: {
  blocks: readonly Block[];
  texts: readonly string[];
  from: number;
  to: number;
}) {
  const children = [];
  for (let i = from; i < to; i++) {
    children.push(<TextBlock key={i} kind={blocks[i]?.kind ?? 'paragraph'} text={texts[i] ?? ''} i={i} />);
  }
  return <div className="block-group">{children}</div>;
});

export const ArticleText = memo(function ArticleText({ blocks, texts, language, dir, mounted, ref }: Props) {
  const shown = Math.min(mounted, blocks.length);
  const groups = [];
  for (let from = 0; from < shown; from += BLOCKS_PER_GROUP) {
    const to = Math.min(shown, from + BLOCKS_PER_GROUP);
    groups.push(<BlockGroup key={from} blocks={blocks} texts={texts} from={from} to={to} />);
  }
  return (
    <article ref={ref} className="article-text" lang={language} dir={dir} data-testid="article-text">
      {groups}
    </article>
  );
});
